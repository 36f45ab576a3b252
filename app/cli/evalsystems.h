// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/systemspec.h"
#include "model/roleconfig.h"

#include <QString>

#include <optional>

namespace drpo::cli {

// Parses one --system flag: a method, then key=value settings separated by commas.
//   urial | basic | none                         on the default base endpoint
//   basic,model=sim-instruct                     another model (any --base-* key below)
//   drpo,run=RUN.json  drpo-prompt,profile=P.json  drpo-examples,run=RUN.json,k=2
//   node,run=RUN.json,node=n12                   any node of a run (prompt + its examples)
//   custom,prompt-file=P.txt,examples=EX.json,k=3   or custom,prompt=TEXT (last: takes the rest)
// Keys: name, model, kind, url, key-env, api, k, run, profile, node, prompt-file, examples, prompt.
std::optional<eval::SystemSpec> parseSystemFlag(
    const QString &flag, const model::RoleConfig &defaultEndpoint, QString *error);

// The help text for --system.
QString systemFlagHelp();

} // namespace drpo::cli
