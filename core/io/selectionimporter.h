// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/runrecord.h"

#include <QMap>
#include <QString>

#include <optional>

namespace drpo::io {

// Reads the reference code's metrics_cache.json: query text -> cached criteria selection.
std::optional<QMap<QString, model::Selection>> importSelections(const QString &path, FileError *error);
// The same for bytes already read (path names them in messages).
std::optional<QMap<QString, model::Selection>> importSelectionsFromData(
    const QString &path, const QByteArray &data, FileError *error);

} // namespace drpo::io
