// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalsummaryview.h"

#include "charts/chartwidget.h"
#include "charts/radarchartwidget.h"
#include "eval/evalsession.h"
#include "eval/evalstory.h"
#include "eval/evaltablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {
QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// One radar series per system over the groups (tasks or topics) any system has.
void fillRadar(RadarChartWidget *radar, const eval::EvalResults &results, const eval::Analysis &analysis, bool byTask)
{
    QStringList spokes;
    for (const eval::SystemSummary &s : analysis.summaries)
        for (const QString &k : (byTask ? s.byTask : s.byTopic).keys())
            if (!spokes.contains(k))
                spokes << k;
    QList<RadarChartWidget::Series> series;
    for (qsizetype i = 0; i < analysis.summaries.size() && i < results.systems.size(); ++i) {
        const auto &groups = byTask ? analysis.summaries[i].byTask : analysis.summaries[i].byTopic;
        RadarChartWidget::Series s{results.systems[i].spec.name, {}};
        for (const QString &k : std::as_const(spokes))
            s.values << groups.value(k).avg.value_or(0);
        series << s;
    }
    radar->setData(spokes, series);
}
} // namespace

EvalSummaryView::EvalSummaryView(const EvalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EvalTableModel(session, this))
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evalAspectTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvalTableModel::System, QHeaderView::Stretch);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true);
    m_legend->setText(tr("Means from 1 to 5 \u00b1 half their 95% interval. \u25b2 / \u25bc: clearly better / "
                         "worse than the first system (the paired difference's interval excludes zero)."));

    m_bars = new ChartWidget(this);
    m_bars->setObjectName(QStringLiteral("evalAspectBars"));
    m_bars->setTitle(tr("Mean score per aspect"));
    m_bars->setYRange(0, 5);
    m_taskRadar = new RadarChartWidget(this);
    m_taskRadar->setObjectName(QStringLiteral("evalTaskRadar"));
    m_taskRadar->setTitle(tr("By task"));
    m_topicRadar = new RadarChartWidget(this);
    m_topicRadar->setObjectName(QStringLiteral("evalTopicRadar"));
    m_topicRadar->setTitle(tr("By topic"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_legend);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_bars);
    charts->addWidget(m_taskRadar);
    charts->addWidget(m_topicRadar);
    charts->setSizes({400, 300, 300});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(charts);
    // A handful of systems need few rows; the charts need the height.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({190, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(session, &EvalSession::analysisChanged, this, &EvalSummaryView::refreshCharts);
    refreshCharts();
}

void EvalSummaryView::refreshCharts()
{
    const eval::EvalResults &r = m_session->results();
    const eval::Analysis &a = m_session->analysis();
    QStringList categories;
    for (eval::Aspect asp : eval::kAllAspects)
        categories << capitalized(EvalStory::aspectName(asp));
    QList<ChartWidget::BarSet> sets;
    for (qsizetype i = 0; i < a.summaries.size() && i < r.systems.size(); ++i) {
        ChartWidget::BarSet set{r.systems[i].spec.name, {}};
        for (eval::Aspect asp : eval::kAllAspects)
            set.values << a.summaries[i].aspect(asp).mean.value_or(0);
        sets << set;
    }
    m_bars->setBars(categories, sets);
    fillRadar(m_taskRadar, r, a, true);
    fillRadar(m_topicRadar, r, a, false);
}

} // namespace drpo::ui
