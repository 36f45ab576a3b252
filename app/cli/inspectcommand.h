// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo inspect RUN.json: the run's summary and its best path as a table.
int runInspect(const QStringList &args);

} // namespace drpo::cli
