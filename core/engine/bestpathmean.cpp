#include "engine/bestpathmean.h"

#include <algorithm>

namespace drpo::engine {

double bestPathMeanSoFar(const model::RunRecord &record)
{
    double best = record.rootReward.value_or(0);
    for (const model::Node &n : record.nodes) {
        const std::optional<double> mean = n.pathReward ? n.pathReward : n.parentId.isEmpty() ? n.reward : std::nullopt;
        if (mean)
            best = std::max(best, *mean);
    }
    return best;
}

} // namespace drpo::engine
