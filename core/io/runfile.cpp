// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/runfile.h"

#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonfile.h"

namespace drpo::io {

std::optional<model::RunRecord> loadRunRecord(const QString &path, FileError *error)
{
    return detail::loadVersioned<model::RunRecord>(
        path, "drpo-run", model::RunRecord::kFormatVersion, IoText::tr("run record"), error);
}

std::optional<model::RunRecord> runRecordFromData(const QString &path, const QByteArray &data, FileError *error)
{
    return detail::parseVersioned<model::RunRecord>(
        path, data, "drpo-run", model::RunRecord::kFormatVersion, IoText::tr("run record"), error);
}

bool saveRunRecord(const QString &path, const model::RunRecord &record, QString *error)
{
    return writeJsonFile(path, model::Json(record), error);
}

} // namespace drpo::io
