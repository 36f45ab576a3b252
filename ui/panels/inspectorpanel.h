// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace drpo::ui {

class RunSession;

// Everything about the selected node: prompt, answers per query, per-criterion scores with
// rationales, origin and lineage, tokens and cost. Model text is shown as plain text only.
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(RunSession *session, QWidget *parent = nullptr);

    void setCanSteer(bool canSteer); // editing and branching are possible while paused
    QString shownNode() const { return m_nodeId; }
    QString promptText() const;
    QString headerText() const;
    int scoreRowCount() const;

signals:
    void editPromptRequested(const QString &nodeId);
    void branchRequested(const QString &nodeId);
    void compareWithParentRequested(const QString &nodeId);

private:
    void showNode(const QString &id);
    void showEvaluation(int index);

    RunSession *m_session;
    QString m_nodeId;
    QLabel *m_header;
    QPushButton *m_edit;
    QPushButton *m_branch;
    QPushButton *m_compare;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_prompt;
    QLabel *m_note;
    QComboBox *m_query;
    QPlainTextEdit *m_answer;
    QLabel *m_selection;
    QTableWidget *m_scores;
    QListWidget *m_lineage;
    QLabel *m_usage;
    bool m_canSteer = false;
};

} // namespace drpo::ui
