#include "io/queryexporter.h"

#include "io/jsonerrors.h"

namespace drpo::io {

bool exportQueries(const QString &path, const model::QuerySet &set, QueryFormat format, QString *error)
{
    Q_UNUSED(path);
    Q_UNUSED(set);
    Q_UNUSED(format);
    if (error)
        *error = detail::tr("exporting queries is not available yet.");
    return false;
}

} // namespace drpo::io
