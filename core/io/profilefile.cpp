#include "io/profilefile.h"

#include "io/jsonerrors.h"
#include "io/jsonfile.h"

namespace drpo::io {

namespace {
constexpr int kProfileFormatVersion = 1; // written by model::to_json(AlignmentProfile)
}

std::optional<model::AlignmentProfile> loadProfile(const QString &path, FileError *error)
{
    return detail::loadVersioned<model::AlignmentProfile>(
        path, "drpo-profile", kProfileFormatVersion, detail::tr("alignment profile"), error);
}

std::optional<model::AlignmentProfile> profileFromData(const QString &path, const QByteArray &data, FileError *error)
{
    return detail::parseVersioned<model::AlignmentProfile>(
        path, data, "drpo-profile", kProfileFormatVersion, detail::tr("alignment profile"), error);
}

bool saveProfile(const QString &path, const model::AlignmentProfile &profile, QString *error)
{
    return writeJsonFile(path, model::Json(profile), error);
}

} // namespace drpo::io
