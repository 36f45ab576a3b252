// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/runrecord.h"

#include <QString>

#include <optional>

namespace drpo::io {

// Loads a run record (format "drpo-run"); errors name the file and the field.
std::optional<model::RunRecord> loadRunRecord(const QString &path, FileError *error);
// The same for bytes already read (path names them in messages).
std::optional<model::RunRecord> runRecordFromData(const QString &path, const QByteArray &data, FileError *error);
// Saves atomically, so an interrupted write keeps the previous level's record.
bool saveRunRecord(const QString &path, const model::RunRecord &record, QString *error);

} // namespace drpo::io
