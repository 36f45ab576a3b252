// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLabel>
#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::ui {

// The key under a chart: a coloured mark and the full name of every series, wrapped onto as
// many lines as the width needs. Qt Charts' own legend cuts long names ("sim-bas…") when a
// chart is narrow; system and series names are what a viewer reads a chart by, so they are
// never cut. Names may come from imported files: they are shown as plain text.
class ChartLegend : public QLabel {
    Q_OBJECT
public:
    enum class Mark { Box, Line, Dashed };
    struct Entry {
        QString name;
        QColor color;
        Mark mark = Mark::Box;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;

private:
    QList<Entry> m_entries;
};

} // namespace drpo::ui
