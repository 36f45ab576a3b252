// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/querykind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace drpo::sim {

// What the simulated judge reads from a Purpose::Evaluate request: the one place that knows
// the request's structured fields (see llm::LlmRequest), so typed payloads replace it alone.
struct EvaluateFields {
    QString query;
    QString answer;
    QStringList aspects; // lower-case just-eval aspect names
    QString category;    // "regular" or "safety" (anything else: inferred from the wording)

    static EvaluateFields read(const QJsonObject &fields);
    // The kind of query as the judge sees it: a safety item is a harmful request whatever its
    // wording; a regular one is never treated as harmful.
    QueryKind kind() const;
};

} // namespace drpo::sim
