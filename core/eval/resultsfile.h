// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalresults.h"
#include "io/fileerror.h"
#include "model/jsonsupport.h"

#include <QString>

#include <optional>

namespace drpo::eval {

// The results JSON (format "drpo-eval-results", documented in the README): the benchmark,
// the settings, per system its spec, the figures of `analysis` and every item's verdicts,
// and the paired comparisons. Only the inputs and verdicts are read back; the figures are
// recomputed from them.
model::Json resultsToJson(const EvalResults &results, const Analysis &analysis);

// Reads the inputs and verdicts of a results JSON (the figures are recomputed by analyze());
// throws on a malformed document, like every from_json.
void from_json(const model::Json &j, EvalResults &results);

// Loads a results file; errors name the file, the line and the field.
std::optional<EvalResults> loadResults(const QString &path, io::FileError *error);
// Writes atomically: an interrupted save leaves the previous batch's file.
bool saveResults(const QString &path, const EvalResults &results, const Analysis &analysis, QString *error);

} // namespace drpo::eval
