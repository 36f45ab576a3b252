// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QCommandLineParser>
#include <QString>

namespace drpo::cli {

// --<role>-kind/-url/-model/-key-env for base, selector, judge, optimizer and embedder,
// plus --base-api, --concurrency, and the provider settings: --cache, --no-cache, --budget,
// --allow-insecure-http, --timeout-ms and --stream.
void addModelOptions(QCommandLineParser &p);

// Applies the flags on top of `models` (from a project file, a run record or defaults):
// a flag that is set overrides the stored value, one that is not leaves it alone. Returns
// false with *error for an invalid value or a cache file that cannot be used.
bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, QString *error);

} // namespace drpo::cli
