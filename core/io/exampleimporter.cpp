#include "io/exampleimporter.h"

#include "io/jsonerrors.h"

namespace drpo::io {

std::optional<QList<model::Example>> importExamples(const QString &path, FileError *error)
{
    detail::setError(error, FileError{path, 0, 0, {}, detail::tr("importing examples is not available yet.")});
    return std::nullopt;
}

} // namespace drpo::io
