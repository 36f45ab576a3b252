// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QStringList>
#include <QTextStream>

namespace drpo::cli {

// `drpo models test`: checks every configured endpoint (each replica) and prints what works
// and what to fix. Returns 0 when all are reachable, 1 otherwise.
int runModelsTest(const model::ModelSettings &models, QTextStream &out);

// `drpo models <test|presets|forecast> [model flags]`; args[0] is the program name.
int runModels(const QStringList &args);

} // namespace drpo::cli
