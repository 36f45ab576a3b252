// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QCommandLineParser>

#include <optional>

namespace drpo::cli {

// Options shared by commands that need a project: --demo or a PROJECT.drpo argument,
// search settings overrides and the simulated latency.
void addSearchOptions(QCommandLineParser &parser);
// Applies the search options to settings; returns an error sentence or an empty string.
QString applySearchOptions(const QCommandLineParser &parser, model::SearchSettings &settings);
// Loads --demo or the positional project file; *error names the file and the problem.
std::optional<model::Project> loadInputProject(const QCommandLineParser &parser, QString *error);

} // namespace drpo::cli
