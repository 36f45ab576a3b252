// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo evaluate: judges systems on a benchmark (just-eval protocol), prints the aspect table.
int runEvaluate(const QStringList &args);

} // namespace drpo::cli
