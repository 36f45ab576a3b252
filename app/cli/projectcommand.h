// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace drpo::cli {

// drpo project new OUT.drpo --queries FILE [--examples FILE] [--criteria FILE] [--validation-split F]
// drpo project check FILE.drpo
// Builds a project from a user's own files through the GUI's importers, and validates one.
int runProject(const QStringList &args);

} // namespace drpo::cli
