// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "io/fileerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// A benchmark read from a file and the non-fatal problems met on the way.
struct BenchmarkImport {
    Benchmark benchmark;
    QList<io::FileError> warnings;
};

// Reads an evaluation set: just-eval-instruct records (JSON list or JSON Lines, with id,
// instruction, category regular|safety, task and topic lists, source_id, dataset), or any
// query set the project imports (JSON, JSONL, CSV, text, a project): their category gives
// the safety split ("safety", "harmful", "red-team", "unsafe", "malicious" are safety) and
// any other category becomes the item's task. Errors name file, line, record and field.
std::optional<BenchmarkImport> importBenchmark(const QString &path, io::FileError *error);

// The offline demo benchmark compiled into the core: 100 queries written for the project,
// 20 of them safety, tagged by task and topic, touching every weakness of the simulated base.
std::optional<Benchmark> demoBenchmark(io::FileError *error);
inline constexpr const char *kDemoBenchmarkPath = ":/drpo/eval/demo-benchmark.json";

} // namespace drpo::eval
