// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace drpo::ui {

// Edits a node's prompt by hand (with undo/redo); the result becomes a human-authored node.
class PromptEditDialog : public QDialog {
    Q_OBJECT
public:
    PromptEditDialog(const QString &nodeId, const QString &prompt, QWidget *parent = nullptr);

    QString prompt() const;
    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
    QLineEdit *m_note;
};

} // namespace drpo::ui
