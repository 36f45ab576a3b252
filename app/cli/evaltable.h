// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalevents.h"
#include "eval/evalforecast.h"
#include "eval/evalresults.h"

#include <QTextStream>

namespace drpo::cli {

// The aspect table (Table 1 layout: one row per system) with the avg's interval, length,
// items and unscored counts, and each system's avg difference to the first system.
void printAspectTable(QTextStream &out, const eval::EvalResults &results, const eval::Analysis &analysis);
// One progress line for stderr.
QString progressLine(const eval::EvalProgress &p);
// The forecast before a run starts.
QString forecastLine(const eval::EvalForecast &f);

} // namespace drpo::cli
