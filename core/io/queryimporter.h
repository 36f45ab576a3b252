// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/fileerror.h"
#include "model/query.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::io {

enum class QueryFormat { Auto, Json, Jsonl, Csv, Text, JustEval };

// A query set read from a file plus the non-fatal problems met on the way.
struct QueryImport {
    model::QuerySet set;
    QList<FileError> warnings;
};

// Reads queries from our QuerySet JSON, a JSON array of objects, JSONL, CSV, plain text
// (one query a line) or just-eval-instruct records. Auto picks by extension and content.
// Queries without an id get "q1", "q2", ... by position; duplicate ids are an error.
// defaultCategory is given to queries that name none (e.g. "harmful" for mal_train.txt).
std::optional<QueryImport> importQueries(
    const QString &path, QueryFormat format, FileError *error, const QString &defaultCategory = {});
// The same for bytes already read; path names them in messages and picks the format by extension.
std::optional<QueryImport> importQueriesFromData(const QString &path, const QByteArray &data, QueryFormat format,
    FileError *error, const QString &defaultCategory = {});

} // namespace drpo::io
