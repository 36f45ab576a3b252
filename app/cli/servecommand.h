// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo serve --profile PROFILE.json [--profile NAME=PATH ...] [--host H] [--port P] ...
int runServe(const QStringList &args);

} // namespace drpo::cli
