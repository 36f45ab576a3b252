// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartwidget.h"

#include "charts/chartlegend.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace drpo::ui {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_legend(new ChartLegend(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide(); // the ChartLegend below names every series in full
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    applyTheme();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void ChartWidget::setAxisTitles(const QString &x, const QString &y)
{
    m_xTitle = x;
    m_yTitle = y;
    const auto h = m_chart->axes(Qt::Horizontal);
    const auto v = m_chart->axes(Qt::Vertical);
    if (!h.isEmpty())
        h.first()->setTitleText(x);
    if (!v.isEmpty())
        v.first()->setTitleText(y);
}

void ChartWidget::setYRange(double min, double max)
{
    m_yMin = min;
    m_yMax = max;
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
}

void ChartWidget::clearSeries()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartWidget::rebuildAxes(double xMin, double xMax, const QStringList &categories)
{
    QAbstractAxis *x = nullptr;
    if (!categories.isEmpty()) {
        auto *cat = new QBarCategoryAxis;
        cat->append(categories);
        // Many categories side by side were cut to "Helpfu…" in a narrow chart: upright and
        // never truncated, every name is read in full.
        if (categories.size() > 4) {
            // Upright: slanted, Qt Charts drops a label whose box overlaps its neighbour's.
            cat->setLabelsAngle(-90);
            cat->setTruncateLabels(false);
        }
        x = cat;
    } else {
        auto *val = new QValueAxis;
        val->setRange(xMin, std::max(xMax, xMin + 1));
        val->setLabelFormat(QStringLiteral("%d"));
        const int span = int(std::ceil(std::max(xMax, xMin + 1) - xMin));
        val->setTickCount(std::clamp(span + 1, 2, 11));
        x = val;
    }
    x->setTitleText(m_xTitle);
    auto *y = new QValueAxis;
    y->setRange(m_yMin, m_yMax);
    // Scores run over whole numbers (0-5, 1-5): a tick per score, not QValueAxis's default five.
    if (const double span = m_yMax - m_yMin; span >= 1 && span <= 10 && span == std::floor(span))
        y->setTickCount(int(span) + 1);
    y->setTitleText(m_yTitle);
    y->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ChartWidget::setLines(const QList<Series> &series)
{
    clearSeries();
    m_kind = Kind::Lines;
    double xMin = 0, xMax = 1;
    bool first = true;
    m_lineStyles.clear();
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(s.style == Series::Style::Normal || s.style == Series::Style::Emphasized);
        m_lineStyles.append(s.style);
        line->append(s.points);
        m_chart->addSeries(line);
        for (const QPointF &p : s.points) {
            xMin = first ? p.x() : std::min(xMin, p.x());
            xMax = first ? p.x() : std::max(xMax, p.x());
            first = false;
        }
    }
    rebuildAxes(xMin, xMax, {});
    applyTheme();
}

void ChartWidget::setScatter(const QList<Series> &series)
{
    clearSeries();
    m_kind = Kind::Scatter;
    double xMin = 0, xMax = 1;
    bool first = true;
    for (const Series &s : series) {
        auto *scatter = new QScatterSeries;
        scatter->setName(s.name);
        scatter->setMarkerSize(7);
        scatter->append(s.points);
        m_chart->addSeries(scatter);
        for (const QPointF &p : s.points) {
            xMin = first ? p.x() : std::min(xMin, p.x());
            xMax = first ? p.x() : std::max(xMax, p.x());
            first = false;
        }
    }
    rebuildAxes(xMin - 0.5, xMax + 0.5, {});
    applyTheme();
}

void ChartWidget::setBars(const QStringList &categories, const QList<BarSet> &sets)
{
    clearSeries();
    m_kind = Kind::Bars;
    auto *bars = new QBarSeries;
    for (const BarSet &s : sets) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            set->append(v);
        bars->append(set);
    }
    m_chart->addSeries(bars);
    rebuildAxes(0, 0, categories.isEmpty() ? QStringList{QString()} : categories);
    applyTheme();
}

int ChartWidget::seriesCount() const
{
    if (m_kind == Kind::Bars) {
        const auto s = m_chart->series();
        return s.isEmpty() ? 0 : int(static_cast<QBarSeries *>(s.first())->count());
    }
    return int(m_chart->series().size());
}

int ChartWidget::pointCount(int series) const
{
    const auto all = m_chart->series();
    if (m_kind == Kind::Bars) {
        if (all.isEmpty())
            return 0;
        const auto sets = static_cast<QBarSeries *>(all.first())->barSets();
        return series >= 0 && series < sets.size() ? int(sets[series]->count()) : 0;
    }
    if (series < 0 || series >= all.size())
        return 0;
    return int(static_cast<QXYSeries *>(all[series])->count());
}

bool ChartWidget::exportPng(const QString &path, QString *error) const
{
    const QPixmap pixmap = const_cast<ChartWidget *>(this)->grab(); // the chart with its legend
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartWidget::exportSvg(const QString &path, QString *error) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(m_chart->title());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write the drawing to %1.").arg(path);
        return false;
    }
    const_cast<ChartWidget *>(this)->render(&painter); // the chart with its legend
    painter.end();
    return true;
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartWidget::applyTheme()
{
    // Follow the application palette so the charts match a dark or a light desktop.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    styleLines();
    updateLegend();
}

void ChartWidget::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) // QBarSet::color() is not const in Qt 6.4
                entries.append({set->label(), set->color(), ChartLegend::Mark::Box});
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            entries.append({scatter->name(), scatter->color(), ChartLegend::Mark::Box});
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const QPen pen = line->pen();
            entries.append({line->name(), pen.color(),
                pen.style() == Qt::DashLine ? ChartLegend::Mark::Dashed : ChartLegend::Mark::Line});
        }
    }
    m_legend->setEntries(entries);
}

QStringList ChartWidget::legendNames() const
{
    return m_legend->names();
}

void ChartWidget::styleLines()
{
    if (m_kind != Kind::Lines)
        return;
    const QList<QAbstractSeries *> all = m_chart->series();
    for (qsizetype i = 0; i < all.size() && i < m_lineStyles.size(); ++i) {
        auto *line = qobject_cast<QLineSeries *>(all[i]);
        if (!line)
            continue;
        QPen pen = line->pen();
        switch (m_lineStyles[i]) {
        case Series::Style::Normal: break;
        case Series::Style::Emphasized: pen.setWidthF(3.5); break;
        case Series::Style::Faint: {
            QColor c = pen.color();
            c.setAlphaF(0.45);
            pen.setColor(c);
            pen.setWidthF(1.2);
            break;
        }
        case Series::Style::Dashed:
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(2);
            break;
        }
        line->setPen(pen);
    }
}

} // namespace drpo::ui
