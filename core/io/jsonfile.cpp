#include "io/jsonfile.h"

#include "io/atomicfile.h"
#include "io/jsonerrors.h"

#include <QFile>

namespace drpo::io {

std::optional<model::Json> readJsonFile(const QString &path, FileError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        detail::setError(error, FileError{path, 0, 0, {}, detail::tr("could not open the file: %1.").arg(file.errorString())});
        return std::nullopt;
    }
    return detail::parseJson(file.readAll(), path, error);
}

bool writeJsonFile(const QString &path, const model::Json &j, QString *error)
{
    // replace: a stray invalid UTF-8 sequence must not make a save fail.
    std::string text = j.dump(2, ' ', false, model::Json::error_handler_t::replace);
    text += '\n';
    return writeFileAtomic(path, QByteArray::fromStdString(text), error);
}

} // namespace drpo::io
