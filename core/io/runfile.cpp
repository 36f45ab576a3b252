#include "io/runfile.h"

#include "io/jsonerrors.h"
#include "io/jsonfile.h"

namespace drpo::io {

std::optional<model::RunRecord> loadRunRecord(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    const auto j = detail::parseJson(*data, path, error);
    if (!j)
        return std::nullopt;
    if (!detail::checkFormat(*j, "drpo-run", model::RunRecord::kFormatVersion, detail::tr("run record"), path, error)) {
        detail::locate(error, *data);
        return std::nullopt;
    }
    try {
        return j->get<model::RunRecord>();
    } catch (const std::exception &e) {
        detail::setError(error, detail::errorFromException(path, e));
        detail::locate(error, *data);
        return std::nullopt;
    }
}

bool saveRunRecord(const QString &path, const model::RunRecord &record, QString *error)
{
    return writeJsonFile(path, model::Json(record), error);
}

} // namespace drpo::io
