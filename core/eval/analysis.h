// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/bootstrap.h"
#include "eval/evalresults.h"
#include "eval/summary.h"

#include <QList>

namespace drpo::eval {

// Everything derived from the per-item verdicts: one summary per system (parallel to
// results.systems) and the paired comparison of every two systems. Reports, the results
// JSON and the GUI all compute their figures here, so they never disagree.
struct Analysis {
    QList<SystemSummary> summaries;
    QList<PairedComparison> comparisons; // a = each system, b = each one listed before it: (1,0), (2,0), (2,1), ...

    const PairedComparison *comparison(const QString &a, const QString &b) const;
};

// withIntervals = false skips the bootstrap (for the saves between batches).
Analysis analyze(const EvalResults &results, bool withIntervals = true);

} // namespace drpo::eval
