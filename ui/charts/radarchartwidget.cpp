// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/radarchartwidget.h"

#include "charts/chartlegend.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QPolarChart>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace drpo::ui {

RadarChartWidget::RadarChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QPolarChart)
    , m_view(new QChartView(m_chart))
    , m_legend(new ChartLegend(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide(); // the ChartLegend below names every series in full
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    applyTheme();
}

RadarChartWidget::~RadarChartWidget() = default;

void RadarChartWidget::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString RadarChartWidget::title() const
{
    return m_chart->title();
}

void RadarChartWidget::setRange(double min, double max)
{
    m_min = min;
    m_max = max;
}

int RadarChartWidget::seriesCount() const
{
    return int(m_chart->series().size());
}

void RadarChartWidget::setData(const QStringList &spokes, const QList<Series> &series)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_spokes = spokes;
    const int n = int(spokes.size());
    if (n < 3) { // a radar needs three spokes to mean anything; nothing is drawn
        updateLegend();
        return;
    }
    // Spoke i sits at angular value i; the first spoke's label goes at n (= 360°), since a
    // category axis needs increasing end values.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 1; i < n; ++i)
        angular->append(spokes[i], i);
    angular->append(spokes[0], n);
    auto *radial = new QValueAxis;
    radial->setRange(m_min, m_max);
    radial->setTickCount(int(m_max - m_min) + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        for (int i = 0; i <= n; ++i) {
            const double v = i % n < s.values.size() ? s.values[i % n] : m_min;
            line->append(i, std::clamp(v, m_min, m_max));
        }
        m_chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        QPen pen = line->pen();
        pen.setWidthF(2.2);
        line->setPen(pen);
    }
    applyTheme();
}

bool RadarChartWidget::exportPng(const QString &path, QString *error) const
{
    if (!const_cast<RadarChartWidget *>(this)->grab().save(path, "PNG")) { // with its legend
        if (error)
            *error = tr("Could not write the image to %1.").arg(path);
        return false;
    }
    return true;
}

void RadarChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void RadarChartWidget::applyTheme()
{
    // Follow the application palette, as ChartWidget does.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes())
        axis->setLabelsColor(palette().color(QPalette::Text));
    updateLegend();
}

void RadarChartWidget::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (QAbstractSeries *series : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            entries.append({line->name(), line->pen().color(), ChartLegend::Mark::Line});
    m_legend->setEntries(entries);
}

QStringList RadarChartWidget::legendNames() const
{
    return m_legend->names();
}

} // namespace drpo::ui
