// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "io/fileerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// One stored answer from a just-eval output file.
struct StoredOutput {
    QString id;
    QString instruction;
    QString category; // "regular" or "safety"
    QString output;
    QString sourceId;
    QString dataset;
    QString datasplit;
};

// A just-eval output file (*.to_eval.json): one generator's answers, to be judged without
// generating them again.
struct OutputsImport {
    QString file;
    QString generator; // the records' "generator", else the file name without ".to_eval.json"
    QList<StoredOutput> items;
};

// Reads a JSON list (or JSON Lines) of {id, instruction, source_id, dataset, category, output,
// generator, datasplit}. id, instruction and output are required; category must be regular
// or safety; one file holds one generator. Errors name file, line, record and field.
std::optional<OutputsImport> importOutputs(const QString &path, io::FileError *error);

// The benchmark the outputs answer, when no other is given (tasks and topics unknown).
Benchmark benchmarkFromOutputs(const OutputsImport &outputs);

// "gpt-4-0613" from "results/gpt-4-0613.to_eval.json" or "just_results//gpt-4-0613.json".
QString generatorFromPath(const QString &path);

} // namespace drpo::eval
