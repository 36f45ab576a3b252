// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo report: writes an evaluation's results as Markdown, HTML, CSV, JSON or just-eval outputs.
int runReport(const QStringList &args);

} // namespace drpo::cli
