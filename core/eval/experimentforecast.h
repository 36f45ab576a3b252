// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalforecast.h"
#include "eval/experiment.h"
#include "llm/costforecast.h"
#include "llm/pricetable.h"

namespace drpo::eval {

// What the cells still to do will spend: the optimizations from the run forecast (an upper
// bound: no early skip, no cache), the evaluations from the evaluation forecast (a cell not
// yet optimized is forecast with its starting prompt and seed examples standing in for the
// profile, which have the sizes the optimized ones will have).
struct ExperimentForecast {
    int cellsToOptimize = 0;
    int cellsToEvaluate = 0;
    qint64 runCalls = 0;
    double runCostUsd = 0;
    EvalForecast evaluation; // summed over the cells
    bool allPricesKnown = true;
    bool simulated = true;

    qint64 calls() const { return runCalls + evaluation.calls(); }
    double costUsd() const { return runCostUsd + evaluation.costUsd; }
};

ExperimentForecast forecastExperiment(
    const Experiment &experiment, const llm::PriceTable &prices = llm::PriceTable::user());

} // namespace drpo::eval
