// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonfile.h"

#include "io/atomicfile.h"
#include "io/jsonerrors.h"

namespace drpo::io {

std::optional<model::Json> readJsonFile(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return detail::parseJson(*data, path, error);
}

bool writeJsonFile(const QString &path, const model::Json &j, QString *error)
{
    // replace: a stray invalid UTF-8 sequence must not make a save fail.
    std::string text = j.dump(2, ' ', false, model::Json::error_handler_t::replace);
    text += '\n';
    return writeFileAtomic(path, QByteArray::fromStdString(text), error);
}

} // namespace drpo::io
