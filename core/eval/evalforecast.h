// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "llm/pricetable.h"

#include <QString>

namespace drpo::eval {

// Calls, tokens and dollars an evaluation will spend on the items it still has to do,
// printed before it starts. An upper bound for one pass: nothing from the cache; repairs of
// unreadable verdicts (at most one per item) are not included.
struct EvalForecast {
    qint64 generateCalls = 0;
    qint64 judgeCalls = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    bool allPricesKnown = true;
    bool simulated = true; // every call goes to the simulated world (and costs nothing)

    qint64 calls() const { return generateCalls + judgeCalls; }
};

EvalForecast forecastEvaluation(const EvalResults &results, const llm::PriceTable &prices = llm::PriceTable::user());

} // namespace drpo::eval
