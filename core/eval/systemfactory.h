// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "eval/systemspec.h"
#include "model/profile.h"
#include "model/runrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// The basic prompt: "You are a helpful assistant."
QString basicPrompt();
// The URIAL-style static alignment: a fixed prompt and three fixed examples (our wording),
// given in full to every query.
QString urialPrompt();
QList<model::Example> urialExamples();

// What a table shows for an endpoint: "sim-base", "sim-instruct", or the model's name.
QString modelLabel(const model::RoleConfig &endpoint);

// A generating system. The DRPO methods take their prompt and examples from `profile`
// (required for them); k < 0 means the profile's K. `label` replaces the method's label in
// the default name "<model> + <label>".
std::optional<SystemSpec> makeSystem(Method method, const model::RoleConfig &endpoint,
    const model::AlignmentProfile *profile, QString *error, int k = -1, const QString &label = {});

// The two systems a run contributes: its starting prompt (the root's prompt, no examples)
// and its best profile (prompt + K retrieved optimized examples). The run must be finished.
std::optional<QList<SystemSpec>> systemsFromRun(
    const model::RunRecord &run, const model::RoleConfig &endpoint, const QString &runPath, QString *error);
// Any node of a run: its prompt and the run's optimized examples, K retrieved per query.
std::optional<SystemSpec> systemFromNode(const model::RunRecord &run, const QString &nodeId,
    const model::RoleConfig &endpoint, const QString &runPath, QString *error);

// Judge the answers of a just-eval output file.
SystemSpec storedOutputsSystem(const OutputsImport &outputs);
// Published judgements, read-only.
SystemSpec importedSystem(const ImportedJudgements &judgements);

} // namespace drpo::eval
