// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentresultsview.h"

#include "charts/chartwidget.h"
#include "eval/experimentsession.h"
#include "eval/experimenttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

ExperimentResultsView::ExperimentResultsView(const ExperimentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("experimentTables"));
    m_empty = new QLabel(tr("The tables fill in as cells finish."), this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs->addTab(m_empty, tr("Tables"));

    m_curve = new ChartWidget(this);
    m_curve->setObjectName(QStringLiteral("experimentKCurve"));
    m_curve->setTitle(tr("Avg against K (examples per query)"));
    m_curve->setAxisTitles(tr("K at inference"),
        tr("Avg (1\u2013"
           "5)"));
    m_curve->setYRange(1, 5);
    m_curve->setEmptyText(tr("Choose two or more values of K to see the curve."));

    // The tables have eleven columns and the curve a legend per series: each gets the width.
    m_tabs->addTab(m_curve, tr("Avg against K (Figure 4)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(session, &ExperimentSession::figuresChanged, this, &ExperimentResultsView::refresh);
    connect(session, &ExperimentSession::reset, this, &ExperimentResultsView::refresh);
    refresh();
}

ExperimentTableModel *ExperimentResultsView::tableModel(const QString &id) const
{
    const auto it = m_pages.constFind(id);
    return it == m_pages.cend() ? nullptr : it->model;
}

void ExperimentResultsView::refresh()
{
    const eval::ExperimentTables &t = m_session->figures().tables;
    QStringList ids;
    for (const eval::ExperimentTable &table : t.tables)
        ids << table.id;
    // A new grid may vary other axes: pages of tables it has not are dropped.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        m_tabs->removeTab(m_tabs->indexOf(it->widget));
        it->widget->deleteLater();
        it = m_pages.erase(it);
    }
    for (int i = 0; i < t.tables.size(); ++i) {
        const eval::ExperimentTable &table = t.tables[i];
        Page &page = m_pages[table.id];
        if (!page.widget) {
            page.widget = new QWidget(m_tabs);
            page.caption = new QLabel(page.widget);
            page.caption->setTextFormat(Qt::PlainText);
            page.caption->setWordWrap(true);
            page.model = new ExperimentTableModel(page.widget);
            page.view = new QTableView(page.widget);
            page.view->setObjectName(table.id + QStringLiteral("Table"));
            page.view->setModel(page.model);
            page.view->setAlternatingRowColors(true);
            page.view->setSelectionBehavior(QAbstractItemView::SelectRows);
            page.view->setWordWrap(false);
            page.view->verticalHeader()->hide();
            page.view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            page.view->horizontalHeader()->setSectionResizeMode(ExperimentTableModel::Setting, QHeaderView::Stretch);
            auto *layout = new QVBoxLayout(page.widget);
            layout->addWidget(page.caption);
            layout->addWidget(page.view, 1);
        }
        page.model->setTable(table);
        page.caption->setText(table.caption);
        const int at = m_tabs->indexOf(page.widget);
        if (at < 0)
            m_tabs->insertTab(i, page.widget, table.title);
        else
            m_tabs->setTabText(at, table.title);
    }
    const int emptyAt = m_tabs->indexOf(m_empty);
    if (t.tables.isEmpty() && emptyAt < 0) {
        m_tabs->insertTab(0, m_empty, tr("Tables"));
        m_tabs->setCurrentIndex(0);
    } else if (!t.tables.isEmpty() && emptyAt >= 0) {
        const bool wasCurrent = m_tabs->currentWidget() == m_empty;
        m_tabs->removeTab(m_tabs->indexOf(m_empty));
        if (wasCurrent) // the first table, rather than whichever tab moved into its place
            m_tabs->setCurrentIndex(0);
    }
    refreshCurve();
}

void ExperimentResultsView::refreshCurve()
{
    const std::optional<eval::KCurve> &curve = m_session->figures().tables.curve;
    QList<ChartWidget::Series> series;
    if (curve) {
        for (const eval::KCurveSeries &in : curve->series) {
            ChartWidget::Series out;
            out.name = in.name;
            // Prompt only does not use K: a flat reference level the others are read against.
            out.style = in.name.startsWith(eval::componentLabel(eval::Component::Prompt))
                ? ChartWidget::Series::Style::Dashed
                : ChartWidget::Series::Style::Normal;
            for (int i = 0; i < curve->ks.size() && i < in.avg.size(); ++i)
                if (in.avg[i])
                    out.points << QPointF(curve->ks[i], *in.avg[i]);
            if (!out.points.isEmpty())
                series << out;
        }
    }
    if (!curve)
        m_curve->setEmptyText(tr("Choose two or more values of K to see the curve."));
    else
        m_curve->setEmptyText(tr("The curve appears as the reference cell is evaluated."));
    m_curve->setLines(series);
}

} // namespace drpo::ui
