// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalresults.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace drpo::eval {

enum class ReportFormat {
    Markdown, // the aspect table, paired differences, per task and topic, the systems
    Html,     // the same, self-contained: charts as inline SVG, every model text escaped
    Csv,      // one row per system and item: scores, reasons, length, state
    Json,     // the results JSON's figures without the per-item lists
    JustEval, // one system's answers in just-eval's output format (*.to_eval.json)
};
std::optional<ReportFormat> reportFormatFromName(const QString &name); // md, html, csv, json, just-eval

struct ReportOptions {
    QString system; // JustEval: which system (may be left out when there is one generating system)
};

// The report's bytes; nothing and *error when it cannot be made (e.g. an unknown system).
std::optional<QByteArray> renderReport(const EvalResults &results, const Analysis &analysis, ReportFormat format,
    const ReportOptions &options, QString *error);

QString markdownReport(const EvalResults &results, const Analysis &analysis);
QString htmlReport(const EvalResults &results, const Analysis &analysis);
QString csvReport(const EvalResults &results);
// A JSON list of {id, instruction, source_id, dataset, category, output, generator, datasplit}.
QByteArray justEvalOutputs(const EvalResults &results, const SystemResult &system);

} // namespace drpo::eval
