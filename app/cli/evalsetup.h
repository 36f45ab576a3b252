// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "model/runrecord.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::cli {

// What drpo evaluate was asked to do, from its flags.
struct EvalRequest {
    QString benchmarkPath;
    bool demo = false;
    QStringList runPaths;
    QStringList systemFlags;
    QStringList outputsPaths;
    QStringList judgementPaths;
    eval::EvalSettings settings; // models (judge, base default endpoint, provider) already from the flags
    QString runFileForDemo;      // where the demo optimization's run record goes (may be empty)
    bool quiet = false;
};

// Builds a new evaluation: the benchmark, the systems (with --demo and none named: the demo
// run's starting prompt and best profile, URIAL-style and the instruct-like sim), stored
// outputs and published judgements matched to the benchmark by id. Warnings go to *notes.
std::optional<eval::EvalResults> buildEvaluation(const EvalRequest &request, QStringList *notes, QString *error);

// Runs the bundled demo project's optimization (simulated, a few seconds) for a profile.
std::optional<model::RunRecord> runDemoOptimization(quint64 seed, const QString &runFile, QString *error);

} // namespace drpo::cli
