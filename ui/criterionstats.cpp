// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterionstats.h"

namespace drpo::ui {

QMap<QString, double> criterionMeans(const model::Node &node)
{
    QMap<QString, double> sums;
    QMap<QString, int> counts;
    for (const model::Evaluation &e : node.evaluations)
        for (const model::CriterionScore &s : e.scores)
            if (s.score) {
                sums[s.criterion] += *s.score;
                ++counts[s.criterion];
            }
    for (auto it = sums.begin(); it != sums.end(); ++it)
        it.value() /= counts.value(it.key(), 1);
    return sums;
}

} // namespace drpo::ui
