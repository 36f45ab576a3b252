// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTextEdit;

namespace drpo::ui {

class RunSession;

// Two prompt states side by side: word-level diff of the prompts, per-criterion scores and
// their deltas, and both answers to the same query.
class ComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparePanel(RunSession *session, QWidget *parent = nullptr);

    QString diffPlainText() const;
    int scoreRowCount() const;
    QString scoreCell(int row, int column) const;
    QString leftAnswer() const;
    QString rightAnswer() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncCombos();
    void refresh();
    void showAnswers();

    RunSession *m_session;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_summary;
    QTextEdit *m_diff;
    QTableWidget *m_scores;
    QComboBox *m_query;
    QPlainTextEdit *m_leftAnswer;
    QPlainTextEdit *m_rightAnswer;
    bool m_syncing = false;
};

} // namespace drpo::ui
