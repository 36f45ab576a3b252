// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QPlainTextEdit;

namespace drpo::ui {

class EvalSession;

// One benchmark item, every system's answer side by side with its scores and the judge's
// reasons. Model text is shown in read-only plain-text editors, never as rich text.
class EvalItemDetailView : public QWidget {
    Q_OBJECT
public:
    explicit EvalItemDetailView(const EvalSession *session, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    QString itemId() const { return m_itemId; }
    // The text of each column (question first), for tests.
    QStringList columnTexts() const;

private:
    void rebuild();

    const EvalSession *m_session;
    QString m_itemId;
    QPlainTextEdit *m_question;
    QWidget *m_columns;
    QHBoxLayout *m_layout;
};

} // namespace drpo::ui
