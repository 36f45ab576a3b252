#include "io/queryimporter.h"

#include "io/jsonerrors.h"

namespace drpo::io {

std::optional<QueryImport> importQueries(const QString &path, QueryFormat format, FileError *error,
                                         const QString &defaultCategory)
{
    Q_UNUSED(format);
    Q_UNUSED(defaultCategory);
    detail::setError(error, FileError{path, 0, 0, {}, detail::tr("importing queries is not available yet.")});
    return std::nullopt;
}

} // namespace drpo::io
