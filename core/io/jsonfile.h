// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/jsonsupport.h"

#include <QString>

#include <optional>

namespace drpo::io {

// Reads and parses a JSON file; a syntax error reports its line and column.
std::optional<model::Json> readJsonFile(const QString &path, FileError *error);
// Writes j pretty-printed (indent 2) and atomically.
bool writeJsonFile(const QString &path, const model::Json &j, QString *error);

} // namespace drpo::io
