#pragma once

#include "model/runrecord.h"

namespace drpo::engine {

// The "best" figure of a running search: the best path mean seen so far, never below the
// root's. The root's path is the root alone, so its path mean is its level-0 reward; it counts
// even when the record holds no path mean for it (the search scores the root before adding it
// to the record). Without that floor, "best" could read below the root at level 1, when the
// only path means are those of the root's children, averaged with a weaker child reward.
// Returns 0 while nothing is scored.
double bestPathMeanSoFar(const model::RunRecord &record);

} // namespace drpo::engine
