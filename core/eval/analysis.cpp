// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/analysis.h"

namespace drpo::eval {

const PairedComparison *Analysis::comparison(const QString &a, const QString &b) const
{
    for (const PairedComparison &c : comparisons)
        if (c.a == a && c.b == b)
            return &c;
    return nullptr;
}

Analysis analyze(const EvalResults &results, bool withIntervals)
{
    Analysis out;
    const NaPolicy policy = results.settings.naPolicy;
    BootstrapSettings boot = results.settings.bootstrap;
    if (!withIntervals)
        boot.samples = 0;
    for (const SystemResult &s : results.systems) {
        SystemSummary summary = summarize(results.benchmark, s.items, policy);
        if (withIntervals)
            addIntervals(summary, results.benchmark, s.items, policy, boot);
        out.summaries.push_back(summary);
    }
    // Each system against every one listed before it: the first is usually the baseline, so a
    // row reads "how much better than the baseline".
    for (qsizetype j = 1; j < results.systems.size(); ++j)
        for (qsizetype i = 0; i < j; ++i)
            out.comparisons.push_back(comparePaired(results.systems[j].spec.name, results.systems[j].items,
                results.systems[i].spec.name, results.systems[i].items, results.benchmark, policy, boot));
    return out;
}

} // namespace drpo::eval
