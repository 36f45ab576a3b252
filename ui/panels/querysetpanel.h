// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace drpo::ui {

class ProjectDocument;
class QueryFilterProxy;
class QuerySetModel;
class RunSession;

// The query set: filter by category, tag and text; add, edit, delete, import; split into
// training and validation; the selector's chosen criteria and reason for the current query.
class QuerySetPanel : public QWidget {
    Q_OBJECT
public:
    QuerySetPanel(ProjectDocument *document, RunSession *session, QWidget *parent = nullptr);

    QuerySetModel *model() const { return m_model; }
    QueryFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString detailText() const;

    // Imports a file into the set through one undoable command; on failure returns false
    // and sets *error to a sentence naming the file, line and problem.
    bool importFile(const QString &path, QString *error);
    // Marks every n-th query (by position) as validation so about `percent` are held out.
    void splitValidation(int percent);

public slots:
    void addQuery();
    void editCurrent();
    void deleteSelected();

private:
    void reload();
    void refillFilters();
    void showCurrent();
    int currentSourceRow() const;
    void importInteractive();
    void splitInteractive();

    ProjectDocument *m_document;
    RunSession *m_session;
    QuerySetModel *m_model;
    QueryFilterProxy *m_proxy;
    QComboBox *m_category;
    QComboBox *m_tag;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    QPlainTextEdit *m_detail;
};

} // namespace drpo::ui
