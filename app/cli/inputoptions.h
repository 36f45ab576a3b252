// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QCommandLineParser>

#include <optional>

namespace drpo::cli {

// Options shared by commands that need a project: --demo or a PROJECT.drpo argument,
// search settings overrides and the simulated latency.
// gridAxes: leave out --search, --criteria and --k-inference, which drpo ablate takes as lists.
void addSearchOptions(QCommandLineParser &parser, bool gridAxes = false);
// Applies the search options to settings; returns an error sentence or an empty string.
QString applySearchOptions(const QCommandLineParser &parser, model::SearchSettings &settings, bool gridAxes = false);
// Loads --demo or the positional project file; *error names the file and the problem.
std::optional<model::Project> loadInputProject(const QCommandLineParser &parser, QString *error);

} // namespace drpo::cli
