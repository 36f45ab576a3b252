// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/node.h"

#include <QMap>
#include <QString>

namespace drpo::ui {

// Mean score per criterion over a node's evaluations; "N/A" verdicts are left out.
QMap<QString, double> criterionMeans(const model::Node &node);

} // namespace drpo::ui
