// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/worddiff.h"

namespace drpo::ui {

// The Compare panel's diff is the core's (also used by `drpo inspect`).
using align::DiffChunk;
using align::wordDiff;

} // namespace drpo::ui
