// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace drpo::ui {

class ChartLegend;

// The one adapter over Qt Charts: panels speak in series and bar sets, never in QtCharts
// types, so moving to Qt Graphs later touches this file only.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    struct Series {
        // Emphasized: the line a viewer should follow; Faint: noisy context; Dashed: a
        // reference level.
        enum class Style { Normal, Emphasized, Faint, Dashed };
        QString name;
        QList<QPointF> points;
        Style style = Style::Normal;
    };
    struct BarSet {
        QString name;
        QList<double> values; // one per category
    };
    enum class Kind { None, Lines, Scatter, Bars };

    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString &title);
    void setAxisTitles(const QString &x, const QString &y);
    void setYRange(double min, double max);
    void setEmptyText(const QString &text); // shown while there is nothing to plot

    void setLines(const QList<Series> &series);
    void setScatter(const QList<Series> &series);
    void setBars(const QStringList &categories, const QList<BarSet> &sets);

    Kind kind() const { return m_kind; }
    int seriesCount() const;
    int pointCount(int series) const;
    QString xTitle() const { return m_xTitle; }
    QString yTitle() const { return m_yTitle; }

    // The names under the chart, in full (the legend never cuts them).
    QStringList legendNames() const;

    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildAxes(double xMin, double xMax, const QStringList &categories);
    void applyTheme();
    void clearSeries();
    void styleLines(); // after the theme, which resets the pens
    void updateLegend();

    QChart *m_chart;
    QChartView *m_view;
    ChartLegend *m_legend;
    Kind m_kind = Kind::None;
    QString m_xTitle;
    QString m_yTitle;
    double m_yMin = 0;
    double m_yMax = 5;
    QString m_emptyText;
    QList<Series::Style> m_lineStyles;
};

} // namespace drpo::ui
