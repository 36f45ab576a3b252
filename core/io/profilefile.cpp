// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/profilefile.h"

#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonfile.h"
#include "io/runfile.h"

namespace drpo::io {

namespace {
constexpr int kProfileFormatVersion = 1; // written by model::to_json(AlignmentProfile)
}

std::optional<model::AlignmentProfile> loadProfile(const QString &path, FileError *error)
{
    return detail::loadVersioned<model::AlignmentProfile>(
        path, "drpo-profile", kProfileFormatVersion, IoText::tr("alignment profile"), error);
}

std::optional<model::AlignmentProfile> loadProfileOrRun(const QString &path, QString *error)
{
    FileError fe;
    if (std::optional<model::AlignmentProfile> p = loadProfile(path, &fe))
        return p;
    FileError runError;
    if (std::optional<model::RunRecord> r = loadRunRecord(path, &runError)) {
        if (r->status != model::RunState::Finished) {
            if (error)
                *error = IoText::tr("%1: the run has not finished, so it has no profile yet").arg(path);
            return std::nullopt;
        }
        return r->profile;
    }
    if (error)
        *error = fe.toString();
    return std::nullopt;
}

std::optional<model::AlignmentProfile> profileFromData(const QString &path, const QByteArray &data, FileError *error)
{
    return detail::parseVersioned<model::AlignmentProfile>(
        path, data, "drpo-profile", kProfileFormatVersion, IoText::tr("alignment profile"), error);
}

bool saveProfile(const QString &path, const model::AlignmentProfile &profile, QString *error)
{
    return writeJsonFile(path, model::Json(profile), error);
}

} // namespace drpo::io
