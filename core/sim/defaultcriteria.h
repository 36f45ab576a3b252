// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"

namespace drpo::sim {

// The default criteria library (the 14 criteria, descriptions written for this project),
// read from the core's resource :/drpo/criteria/default.json.
model::CriteriaLibrary defaultCriteria();

} // namespace drpo::sim
