// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/rewardchartspanel.h"

#include "charts/chartwidget.h"
#include "criterionstats.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "runsession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace drpo::ui {

RewardChartsPanel::RewardChartsPanel(RunSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_progress(new ChartWidget(this))
    , m_criteria(new ChartWidget(this))
    , m_distribution(new ChartWidget(this))
{
    m_progress->setAxisTitles(tr("Level"), tr("Reward (1–5)"));
    m_criteria->setAxisTitles(tr("Criterion"), tr("Mean score (1–5)"));
    m_distribution->setAxisTitles(tr("Level"), tr("Reward (1–5)"));
    for (ChartWidget *c : {m_progress, m_criteria, m_distribution})
        c->setYRange(0, 5.2);
    m_tabs->addTab(m_progress, tr("Progress"));
    m_progress->setToolTip(tr("Thick line: the search's leader after each level, by the figure it is ranked by. Thin "
                              "lines: each level's best and mean reward on that level's few queries (noisy). Dashed: "
                              "the held-out scores of the best and of the starting prompt, once validated."));
    m_tabs->addTab(m_criteria, tr("Criteria: selected vs root"));
    m_tabs->addTab(m_distribution, tr("Reward distribution"));

    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setToolTip(tr("Save the visible chart as PNG or SVG"));
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    m_tabs->setCornerWidget(exportButton);
    delete top;

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150); // many node events arrive in bursts: redraw once per burst
    connect(&m_coalesce, &QTimer::timeout, this, &RewardChartsPanel::refresh);
    auto later = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };
    connect(session, &RunSession::levelFinished, this, later);
    connect(session, &RunSession::nodeUpdated, this, later);
    connect(session, &RunSession::recordLoaded, this, later);
    connect(session, &RunSession::bestChanged, this, later);
    connect(session, &RunSession::cleared, this, later);
    connect(session, &RunSession::currentNodeChanged, this, &RewardChartsPanel::updateCriteria);
    connect(exportButton, &QPushButton::clicked, this, &RewardChartsPanel::exportInteractive);
    refresh();
}

void RewardChartsPanel::refresh()
{
    updateProgress();
    updateCriteria();
    updateDistribution();
}

void RewardChartsPanel::updateProgress()
{
    // The line to follow is the engine's own: the leader's ranking figure after each level
    // (smooth, since it is a mean along a path). Each level's best and mean rewards on its
    // own few queries are noisy context. After validation, the held-out scores of the start
    // and of the winner are drawn as reference levels.
    using Style = ChartWidget::Series::Style;
    const model::RunRecord &r = m_session->record();
    const bool byLast = r.input.settings.ranking == model::Ranking::Last;
    ChartWidget::Series leader{byLast ? tr("Leader (reward)") : tr("Leader (path mean)"), {}, Style::Emphasized};
    ChartWidget::Series best{tr("Level best"), {}, Style::Faint};
    ChartWidget::Series mean{tr("Level mean"), {}, Style::Faint};
    int last = 0;
    for (const model::LevelSummary &l : r.levels) {
        if (l.bestFigure)
            leader.points.append({double(l.level), *l.bestFigure});
        if (l.bestReward)
            best.points.append({double(l.level), *l.bestReward});
        if (l.meanReward)
            mean.points.append({double(l.level), *l.meanReward});
        last = std::max(last, l.level);
    }
    QList<ChartWidget::Series> lines{leader, best, mean};
    const engine::BestNode b = m_session->best();
    if (b.measure == model::BestMeasure::Validation && last > 0) {
        if (b.figure)
            lines.append({tr("Best, held-out"), {{0, *b.figure}, {double(last), *b.figure}}, Style::Dashed});
        if (b.rootFigure)
            lines.append(
                {tr("Start, held-out"), {{0, *b.rootFigure}, {double(last), *b.rootFigure}}, Style::Dashed});
    }
    m_progress->setLines(lines);
}

void RewardChartsPanel::updateCriteria()
{
    const auto &nodes = m_session->record().nodes;
    const model::Node *root = nodes.isEmpty() ? nullptr : &nodes.first();
    const model::Node *selected = m_session->record().node(m_session->currentNodeId());
    if (!selected)
        selected = m_session->record().node(m_session->best().nodeId);
    const QMap<QString, double> rootMeans = root ? criterionMeans(*root) : QMap<QString, double>();
    const QMap<QString, double> selMeans = selected ? criterionMeans(*selected) : QMap<QString, double>();
    QStringList names = rootMeans.keys();
    for (const QString &k : selMeans.keys())
        if (!names.contains(k))
            names.append(k);
    ChartWidget::BarSet rootSet{tr("Root"), {}};
    ChartWidget::BarSet selSet{selected ? tr("Node %1").arg(selected->id) : tr("Selected"), {}};
    for (const QString &k : names) {
        rootSet.values.append(rootMeans.value(k, 0));
        selSet.values.append(selMeans.value(k, 0));
    }
    m_criteria->setBars(names, {rootSet, selSet});
}

void RewardChartsPanel::updateDistribution()
{
    ChartWidget::Series kept{tr("Kept in beam"), {}}, pruned{tr("Other nodes"), {}};
    for (const model::Node &n : m_session->record().nodes)
        if (n.reward)
            (n.inBeam ? kept : pruned).points.append({double(n.level), *n.reward});
    m_distribution->setScatter({pruned, kept});
}

bool RewardChartsPanel::exportCurrent(const QString &path, QString *error) const
{
    const auto *chart = static_cast<const ChartWidget *>(m_tabs->currentWidget());
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? chart->exportSvg(path, error)
                                                                      : chart->exportPng(path, error);
}

void RewardChartsPanel::exportInteractive()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrent(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace drpo::ui
