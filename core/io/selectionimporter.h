#pragma once

#include "io/fileerror.h"
#include "model/runrecord.h"

#include <QMap>
#include <QString>

#include <optional>

namespace drpo::io {

// Reads the reference code's metrics_cache.json: query text -> cached criteria selection.
std::optional<QMap<QString, model::Selection>> importSelections(const QString &path, FileError *error);

} // namespace drpo::io
