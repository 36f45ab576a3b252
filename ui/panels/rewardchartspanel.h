// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QTabWidget;

namespace drpo::ui {

class ChartWidget;
class RunSession;

// Reward charts: best and mean per level (live), per-criterion averages of the selected node
// against the root, and the distribution of node rewards per level; PNG/SVG export.
class RewardChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RewardChartsPanel(RunSession *session, QWidget *parent = nullptr);

    ChartWidget *progressChart() const { return m_progress; }
    ChartWidget *criteriaChart() const { return m_criteria; }
    ChartWidget *distributionChart() const { return m_distribution; }
    // Writes the visible chart; the format follows the extension (.svg, else PNG).
    bool exportCurrent(const QString &path, QString *error) const;

public slots:
    void refresh();

private:
    void updateProgress();
    void updateCriteria();
    void updateDistribution();
    void exportInteractive();

    RunSession *m_session;
    QTabWidget *m_tabs;
    ChartWidget *m_progress;
    ChartWidget *m_criteria;
    ChartWidget *m_distribution;
    QTimer m_coalesce;
};

} // namespace drpo::ui
