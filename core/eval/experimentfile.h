// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/experiment.h"
#include "io/fileerror.h"
#include "model/jsonsupport.h"

#include <QString>

#include <optional>

namespace drpo::eval {

// The experiment file (format "drpo-experiment", documented in the README): the grid, the
// run input, the benchmark and evaluation settings, and per cell its settings, state, run
// file, evaluation working file and its evaluation in the results format of drpo evaluate
// (figures included; they are recomputed when read back).
model::Json experimentToJson(const Experiment &experiment);
void to_json(model::Json &j, const Experiment &experiment);
void from_json(const model::Json &j, Experiment &experiment);

// Loads an experiment file; errors name the file, the line and the field.
std::optional<Experiment> loadExperiment(const QString &path, io::FileError *error);
// Writes atomically: an interrupted save leaves the previous file.
bool saveExperiment(const QString &path, const Experiment &experiment, QString *error);

// The "format" of a JSON file of ours ("drpo-experiment", "drpo-eval-results", ...), or an
// empty string when it cannot be read or has none; *error says why it could not be read.
QString fileFormat(const QString &path, io::FileError *error);

} // namespace drpo::eval
