// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace drpo::ui {

class EvalItemDetailView;
class EvalItemFilterProxy;
class EvalItemModel;
class EvalSession;

// Every benchmark item with each system's score, filterable by category and tag and sorted
// by disagreement at first; the chosen item's answers side by side below.
class EvalItemBrowser : public QWidget {
    Q_OBJECT
public:
    explicit EvalItemBrowser(const EvalSession *session, QWidget *parent = nullptr);

    EvalItemModel *model() const { return m_model; }
    EvalItemFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    EvalItemDetailView *detail() const { return m_detail; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *tagFilter() const { return m_tag; }

private:
    void refillTags();
    void showCurrent();

    EvalItemModel *m_model;
    EvalItemFilterProxy *m_proxy;
    QComboBox *m_category;
    QComboBox *m_tag;
    QTableView *m_table;
    EvalItemDetailView *m_detail;
};

} // namespace drpo::ui
