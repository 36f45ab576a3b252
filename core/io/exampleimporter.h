// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/example.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::io {

// Reads ICL examples: the reference format (object query -> "<START>...<END>" answer),
// a JSON array of {query, answer[, id, category]}, JSONL, or CSV with query and answer
// columns. Examples without an id get "e1", "e2", ... by position.
std::optional<QList<model::Example>> importExamples(const QString &path, FileError *error);
// The same for bytes already read; path names them in messages and picks the format by extension.
std::optional<QList<model::Example>> importExamplesFromData(
    const QString &path, const QByteArray &data, FileError *error);

} // namespace drpo::io
