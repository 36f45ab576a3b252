// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "eval/itemresult.h"
#include "io/fileerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::eval {

// One published judgement: the answer and its verdicts (or unscored when the file has none).
struct ImportedItem {
    QString instruction;
    QString category; // from the record, else "safety" when it judges safety alone
    ItemResult result;
};

// The judgements of one generator, merged over its files (a multi-aspect file for the
// regular items and a safety file): a read-only system beside the user's own.
struct ImportedJudgements {
    QString generator;
    QStringList files;
    QList<ImportedItem> items; // in file order
};

// Reads just-eval judgement files: JSON lists of {id, parsed_result: {aspect: {reason, score}},
// output_cand | output, input | instruction, generator | generator_cand, ...} with scores
// "1".."5" or "N/A". Files of the same generator merge into one system; an id judged twice
// on the same aspect is an error. A record whose parsed_result is empty or null (the judge's
// answer was unreadable) is imported as unscored and reported in *warnings.
std::optional<QList<ImportedJudgements>> importJudgements(
    const QStringList &paths, io::FileError *error, QList<io::FileError> *warnings = nullptr);

// The benchmark the judgements cover, when no other is given (tasks and topics unknown).
Benchmark benchmarkFromJudgements(const QList<ImportedJudgements> &systems);

} // namespace drpo::eval
