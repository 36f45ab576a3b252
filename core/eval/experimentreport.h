// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/aspects.h"
#include "eval/experiment.h"
#include "eval/reportwriter.h"
#include "eval/summary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace drpo::eval {

// One row of an experiment table: a setting and the figures of the system that stands for it.
struct ExperimentRow {
    QString label;
    QString cellKey;              // the cell the figures come from
    QString system;               // the system's name in that cell's evaluation ("" when missing)
    int k = -1;                   // examples per query (-1: prompt only, K does not apply)
    std::optional<double> reward; // the cell's best training reward (the run's own judge)
    std::array<std::optional<double>, kAspectCount> aspects{};
    std::optional<double> avg;
    std::optional<Interval> avgInterval;
    double lengthWords = 0;
    int items = 0;
    int unscored = 0;
};

// A table in the paper's layout: Table 3 (components), 4 (search), 5 (criteria), or the
// overview of every cell.
struct ExperimentTable {
    QString id; // "components", "search", "criteria", "cells"
    QString title;
    QString caption; // what is held fixed
    QList<ExperimentRow> rows;
};

// The K curve (the paper's Figure 4): avg against K at inference, one series per system kind.
struct KCurveSeries {
    QString name;
    QList<std::optional<double>> avg; // parallel to KCurve::ks
};
struct KCurve {
    QList<int> ks;
    QList<KCurveSeries> series;
};

// Every figure an experiment report shows, derived from the cells' verdicts by analyze(), so
// the Markdown, HTML and CSV reports (and a GUI) agree. Tables appear for the axes the grid
// varies; the overview of every cell always.
struct ExperimentTables {
    QList<ExperimentTable> tables;
    std::optional<KCurve> curve; // when the grid has more than one K
    int referenceK = 0;
    QString referenceCell; // the cell key the component table and the curve come from
};

ExperimentTables experimentTables(const Experiment &experiment);

// md, html and csv (one row per table row and per curve point); json gives the file itself.
std::optional<QByteArray> renderExperimentReport(const Experiment &experiment, ReportFormat format, QString *error);
QString experimentMarkdown(const Experiment &experiment, const ExperimentTables &tables);
QString experimentHtml(const Experiment &experiment, const ExperimentTables &tables);
QString experimentCsv(const ExperimentTables &tables);

} // namespace drpo::eval
