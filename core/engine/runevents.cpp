// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runevents.h"

#include <QCoreApplication>

namespace drpo::engine {

BestNode bestOf(const model::RunRecord &record)
{
    return BestNode{record.bestNodeId, record.bestReward, record.rootReward, record.bestMeasure, record.bestQueries};
}

QString measureText(model::BestMeasure measure)
{
    switch (measure) {
    case model::BestMeasure::PathMean: return QCoreApplication::translate("RunEvents", "path mean");
    case model::BestMeasure::LastReward: return QCoreApplication::translate("RunEvents", "last-level reward");
    case model::BestMeasure::Validation: return QCoreApplication::translate("RunEvents", "held-out score");
    }
    return {};
}

} // namespace drpo::engine
