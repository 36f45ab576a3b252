// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/pricetable.h"
#include "model/roleconfig.h"
#include "model/searchsettings.h"

#include <QMap>
#include <QString>

namespace drpo::llm {

// Expected calls, tokens and dollars for one role.
struct RoleForecast {
    qint64 calls = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    bool priceKnown = true; // false: the role's model is not in the price table (cost 0)
};

// A forecast before a run, from the call-count formulas; an upper bound (no early skip,
// no cache hits) with token counts estimated from typical prompt sizes.
struct CostForecast {
    QMap<model::Role, RoleForecast> byRole;
    qint64 totalCalls = 0;
    double totalCostUsd = 0;
    bool allPricesKnown = true;
    QString note; // what the figures assume, for the user
};

// Stage 2, per level: level 0 has b respond + b judge + up to b select calls; each later
// level with W beam nodes has W optimizer calls (one with n = A, or A without n support),
// W·A·b respond, W·A·b judge and the new queries' select calls. Stage 1: per example up to
// T rounds of (judge + rewrite) + 1 select. Validation re-scores the final beam. With an
// embedder, stage 2 embeds every example query and query once (64 texts a call).
CostForecast forecast(const model::ModelSettings &models, const model::SearchSettings &search, int queryCount,
    int exampleCount, const PriceTable &prices = PriceTable::user());

} // namespace drpo::llm
