// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/profile.h"

#include <QString>

#include <optional>

namespace drpo::io {

// Loads an exported alignment profile (format "drpo-profile").
std::optional<model::AlignmentProfile> loadProfile(const QString &path, FileError *error);
// A profile file, or the profile of a finished run record (drpo ask, serve and export take
// either). Null with a user-facing *error naming the file otherwise.
std::optional<model::AlignmentProfile> loadProfileOrRun(const QString &path, QString *error);
// The same for bytes already read (path names them in messages).
std::optional<model::AlignmentProfile> profileFromData(const QString &path, const QByteArray &data, FileError *error);
// Saves an alignment profile atomically.
bool saveProfile(const QString &path, const model::AlignmentProfile &profile, QString *error);

} // namespace drpo::io
