#include "io/profilefile.h"

#include "io/jsonerrors.h"
#include "io/jsonfile.h"

namespace drpo::io {

namespace {
constexpr int kProfileFormatVersion = 1; // written by model::to_json(AlignmentProfile)
}

std::optional<model::AlignmentProfile> loadProfile(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    const auto j = detail::parseJson(*data, path, error);
    if (!j)
        return std::nullopt;
    if (!detail::checkFormat(*j, "drpo-profile", kProfileFormatVersion, detail::tr("alignment profile"), path,
                             error)) {
        detail::locate(error, *data);
        return std::nullopt;
    }
    try {
        return j->get<model::AlignmentProfile>();
    } catch (const std::exception &e) {
        detail::setError(error, detail::errorFromException(path, e));
        detail::locate(error, *data);
        return std::nullopt;
    }
}

bool saveProfile(const QString &path, const model::AlignmentProfile &profile, QString *error)
{
    return writeJsonFile(path, model::Json(profile), error);
}

} // namespace drpo::io
