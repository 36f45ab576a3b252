// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "eval/judgementimporter.h"
#include "model/roleconfig.h"
#include "model/runrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::ui {

// What the user ticked in the Evaluation workspace: a benchmark and the systems. The GUI's
// counterpart of drpo evaluate's flags; buildEvaluation() turns it into the results the
// runner starts from (the systems in the order of the checkboxes).
struct EvalPlan {
    eval::Benchmark benchmark;
    model::ModelSettings models;           // the judge and the default base endpoint (the project's)
    const model::RunRecord *run = nullptr; // the finished run whose prompts are evaluated (may be null)
    QString runLabel;                      // where the run came from, for the systems' source
    bool startingPrompt = true;
    bool bestProfile = true;
    bool urial = true;
    bool basic = false;
    bool instructSim = true;
    QList<eval::ImportedJudgements> imported; // published judgements, read-only systems
    quint64 seed = 42;

    // The demo comparison: starting prompt, best profile, URIAL-style, the instruct-like sim.
    static EvalPlan demo(const eval::Benchmark &benchmark, const model::RunRecord &run);
};

// The evaluation to start, or nothing and *error (e.g. the run's systems are ticked but no
// run has finished). Items of imported files missing from the benchmark go to *notes.
std::optional<eval::EvalResults> buildEvaluation(const EvalPlan &plan, QStringList *notes, QString *error);

} // namespace drpo::ui
