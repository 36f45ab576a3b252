// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace drpo::ui {

class CriteriaModel;
class ProjectDocument;
class RunSession;

// The criteria library: list and editor, enable/disable, pin/ban, dynamic vs static mode,
// and how often the selector chose each criterion in the current run. Edits are undoable.
class CriteriaPanel : public QWidget {
    Q_OBJECT
public:
    CriteriaPanel(ProjectDocument *document, RunSession *session, QWidget *parent = nullptr);

    CriteriaModel *model() const { return m_model; }
    void selectRow(int row);
    void setEnabledAt(int row, bool enabled);
    void togglePin(int row);
    void toggleBan(int row);
    void applyEdit(int row, const QString &name, const QString &description);

private:
    void reload();
    int currentRow() const;
    void showCurrent();

    ProjectDocument *m_document;
    RunSession *m_session;
    CriteriaModel *m_model;
    QTableView *m_view;
    QComboBox *m_mode;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace drpo::ui
