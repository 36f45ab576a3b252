// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo ask --profile PROFILE.json [--demo] "query"
int runAsk(const QStringList &args);

} // namespace drpo::cli
