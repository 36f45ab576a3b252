// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace drpo::ui {

class ChartWidget;
class ExperimentSession;
class ExperimentTableModel;

// An experiment's results as they come in: the paper's tables (components, search, criteria,
// every cell; only those the grid varies) and the avg against K, in tabs. Filled
// from the session's figures, so it agrees with the exported report.
class ExperimentResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentResultsView(const ExperimentSession *session, QWidget *parent = nullptr);

    // The model of a table by its id ("components", "search", "criteria", "cells"); null when
    // the grid has no such table.
    ExperimentTableModel *tableModel(const QString &id) const;
    QTabWidget *tabs() const { return m_tabs; }
    ChartWidget *curve() const { return m_curve; }

private:
    void refresh();
    void refreshCurve();

    const ExperimentSession *m_session;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    ChartWidget *m_curve;
    struct Page {
        QWidget *widget = nullptr;
        QLabel *caption = nullptr;
        QTableView *view = nullptr;
        ExperimentTableModel *model = nullptr;
    };
    QHash<QString, Page> m_pages;
};

} // namespace drpo::ui
