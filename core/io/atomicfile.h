// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace drpo::io {

// Writes data through QSaveFile: the target holds either its old or its new content,
// never half a file. Creates the parent folder. On failure returns false and, when error
// is given, says why; the old file is left untouched.
bool writeFileAtomic(const QString &path, const QByteArray &data, QString *error);

} // namespace drpo::io
