// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo optimize (--demo | PROJECT.drpo | --resume RUN.json) [options]
int runOptimize(const QStringList &args);

} // namespace drpo::cli
