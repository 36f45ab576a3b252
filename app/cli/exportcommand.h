// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo export --profile PROFILE.json --format ollama|openai-messages|markdown [--out FILE]
int runExport(const QStringList &args);

} // namespace drpo::cli
