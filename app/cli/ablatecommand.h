// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo ablate: the ablation grid (search x criteria per stage, components, K), resumable.
int runAblate(const QStringList &args);

} // namespace drpo::cli
