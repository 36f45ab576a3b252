// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QPolarChart;
QT_END_NAMESPACE

namespace drpo::ui {

class ChartLegend;

// A radar chart (one spoke per category, one closed line per series) over Qt Charts'
// QPolarChart. Like ChartWidget, panels give it plain values and never see QtCharts types.
class RadarChartWidget : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<double> values; // one per spoke; missing values are drawn at the minimum
    };

    explicit RadarChartWidget(QWidget *parent = nullptr);
    ~RadarChartWidget() override;

    void setTitle(const QString &title);
    void setRange(double min, double max);
    void setData(const QStringList &spokes, const QList<Series> &series);

    int spokeCount() const { return int(m_spokes.size()); }
    int seriesCount() const;
    QString title() const;
    // The names under the chart, in full (the legend never cuts them).
    QStringList legendNames() const;
    bool exportPng(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void updateLegend();

    QPolarChart *m_chart;
    QChartView *m_view;
    ChartLegend *m_legend;
    QStringList m_spokes;
    double m_min = 0;
    double m_max = 5;
};

} // namespace drpo::ui
