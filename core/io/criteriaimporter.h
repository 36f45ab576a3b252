// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/criterion.h"

#include <QString>

#include <optional>

namespace drpo::io {

// Reads a criteria library: our own JSON ({"criteria": [...], "pinned", "banned"}, also a
// project's "criteria"), a JSON list of {name, description[, enabled]}, a JSON object
// name -> description, or CSV with name and description columns. Names must be unique
// (case-insensitive) and non-empty; pins and bans must name criteria of the file.
std::optional<model::CriteriaLibrary> importCriteria(const QString &path, FileError *error);
// The same for bytes already read; path names them in messages and picks the format by extension.
std::optional<model::CriteriaLibrary> importCriteriaFromData(
    const QString &path, const QByteArray &data, FileError *error);

} // namespace drpo::io
