// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "eval/bootstrap.h"
#include "eval/itemresult.h"
#include "eval/summary.h"
#include "eval/systemspec.h"
#include "model/node.h"
#include "model/roleconfig.h"

#include <QList>
#include <QString>

namespace drpo::eval {

// How an evaluation judges and aggregates; stored with its results so a resume and a report
// use the same settings.
struct EvalSettings {
    NaPolicy naPolicy = NaPolicy::AsFive;
    BootstrapSettings bootstrap;
    int batchSize = 50;          // benchmark items per batch (a safe point and a save after each)
    quint64 seed = 42;           // the simulated models' seed
    model::ModelSettings models; // the judge role and the provider settings (cache, budget, ...)
    friend bool operator==(const EvalSettings &, const EvalSettings &) = default;
};

// One system and its answers and verdicts so far.
struct SystemResult {
    SystemSpec spec;
    ItemsById items;
    model::Usage usage; // generation calls
    friend bool operator==(const SystemResult &, const SystemResult &) = default;
};

// An evaluation: benchmark, settings, systems and every item's verdicts. Rewritten
// atomically after every batch, so it is always a valid, resumable file.
struct EvalResults {
    static constexpr int kFormatVersion = 1;

    QString created; // ISO 8601 UTC
    QString updated;
    bool finished = false;
    Benchmark benchmark;
    EvalSettings settings;
    QList<SystemResult> systems;
    model::Usage judgeUsage;

    SystemResult *system(const QString &name);
    const SystemResult *system(const QString &name) const;
    // Some figure comes from the simulated world (the judge or a generating system).
    bool simulated() const;
    // Items (over all systems) judged or unscored, and the number wanted: every benchmark
    // item for a generating system, the items of its file for the others.
    int doneCount() const;
    int totalCount() const;
};

} // namespace drpo::eval
