// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/fileerror.h"

namespace drpo::io {

QString FileError::toString() const
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    if (!field.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    if (!message.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + message;
    return out;
}

} // namespace drpo::io
