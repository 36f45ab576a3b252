// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace drpo::ui {

class ChartWidget;
class EvalSession;
class EvalTableModel;
class RadarChartWidget;

// The evaluation at a glance: the aspect table with intervals and significance marks, a bar
// chart of the aspect means, and radar charts by task and by topic. Follows the session.
class EvalSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit EvalSummaryView(const EvalSession *session, QWidget *parent = nullptr);

    EvalTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    ChartWidget *bars() const { return m_bars; }
    RadarChartWidget *taskRadar() const { return m_taskRadar; }
    RadarChartWidget *topicRadar() const { return m_topicRadar; }

private:
    void refreshCharts();

    const EvalSession *m_session;
    EvalTableModel *m_model;
    QTableView *m_table;
    QLabel *m_legend;
    ChartWidget *m_bars;
    RadarChartWidget *m_taskRadar;
    RadarChartWidget *m_topicRadar;
};

} // namespace drpo::ui
