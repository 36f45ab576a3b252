// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/project.h"

#include <QString>

#include <optional>

namespace drpo::io {

// Loads a *.drpo project; errors name the file, the field (JSON path) and the problem.
std::optional<model::Project> loadProject(const QString &path, FileError *error);
// The same for bytes already read (path names them in messages).
std::optional<model::Project> projectFromData(const QString &path, const QByteArray &data, FileError *error);
// Saves atomically: a failed save leaves the previous file as it was.
bool saveProject(const QString &path, const model::Project &project, QString *error);
// The bundled demo project from the Qt resource ":/drpo/demo/demo.drpo".
std::optional<model::Project> loadDemoProject(FileError *error);

} // namespace drpo::io
