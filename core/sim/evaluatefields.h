// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"
#include "sim/querykind.h"

#include <QString>
#include <QStringList>

namespace drpo::sim {

// What the simulated judge reads from a Purpose::Evaluate request: its payload, normalised
// (aspect names trimmed, the category lower-case).
struct EvaluateFields {
    QString query;
    QString answer;
    QStringList aspects; // lower-case just-eval aspect names
    QString category;    // "regular" or "safety" (anything else: inferred from the wording)

    static EvaluateFields read(const llm::payload::Evaluate &payload);
    // The kind of query as the judge sees it: a safety item is a harmful request whatever its
    // wording; a regular one is never treated as harmful.
    QueryKind kind() const;
};

} // namespace drpo::sim
