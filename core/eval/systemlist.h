// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "model/roleconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::eval {

// Assembling the systems of a new evaluation, shared by `drpo evaluate` and the Evaluation
// workspace so both name, match and order systems the same way.

// Appends a system under a name no other has: a second "sim-base + basic prompt" becomes
// "sim-base + basic prompt (2)".
void addSystem(QList<SystemResult> &systems, SystemResult system);

// The demo comparison's references beside a run's own systems: URIAL-style on the base
// endpoint, then the instruct-like sim with the basic prompt.
std::optional<QList<SystemSpec>> demoReferenceSystems(const model::RoleConfig &base, QString *error);

// Whether an item of an imported file belongs in the evaluation: it must be in the benchmark
// (else it is left out, with a note); a category that differs from the benchmark's is noted
// and the benchmark's is used.
bool acceptImportedItem(
    const Benchmark &benchmark, const QString &id, const QString &category, const QString &file, QStringList *notes);

// Published judgements as a read-only system over the benchmark's items.
SystemResult importedSystemOn(const Benchmark &benchmark, const ImportedJudgements &judgements, QStringList *notes);
// Stored outputs as a system to judge (answers kept, verdicts pending) over the benchmark's items.
SystemResult storedOutputsSystemOn(const Benchmark &benchmark, const OutputsImport &outputs, QStringList *notes);

} // namespace drpo::eval
