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
    m_tabs->addTab(m_progress, tr("Reward per level"));
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
    ChartWidget::Series best{tr("Best"), {}}, mean{tr("Mean"), {}};
    const auto &levels = m_session->levels()->levels();
    const auto &nodes = m_session->nodes()->nodes();
    const bool hasLevelZero = !levels.isEmpty() && levels.first().level == 0;
    if (!hasLevelZero && !nodes.isEmpty() && nodes.first().reward) {
        best.points.append({0, *nodes.first().reward});
        mean.points.append({0, *nodes.first().reward});
    }
    for (const model::LevelSummary &l : levels) {
        best.points.append({double(l.level), l.bestReward});
        mean.points.append({double(l.level), l.meanReward});
    }
    m_progress->setLines({best, mean});
}

void RewardChartsPanel::updateCriteria()
{
    const auto &nodes = m_session->nodes()->nodes();
    const model::Node *root = nodes.isEmpty() ? nullptr : &nodes.first();
    const model::Node *selected = m_session->nodes()->node(m_session->currentNodeId());
    if (!selected)
        selected = m_session->nodes()->node(m_session->nodes()->bestNodeId());
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
    for (const model::Node &n : m_session->nodes()->nodes())
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
