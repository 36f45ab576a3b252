// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/queryimporter.h"
#include "model/query.h"

#include <QString>

namespace drpo::io {

// Writes a query set atomically so that importQueries reads it back unchanged.
// Json, Jsonl and Csv keep every field; Text keeps only the query texts; Auto picks by the
// extension (.json, .jsonl, .csv, .txt). JustEval is not an export format.
bool exportQueries(const QString &path, const model::QuerySet &set, QueryFormat format, QString *error);

} // namespace drpo::io
