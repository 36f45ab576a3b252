#include "io/selectionimporter.h"

#include "io/jsonerrors.h"

namespace drpo::io {

std::optional<QMap<QString, model::Selection>> importSelections(const QString &path, FileError *error)
{
    detail::setError(error, FileError{path, 0, 0, {}, detail::tr("importing selections is not available yet.")});
    return std::nullopt;
}

} // namespace drpo::io
