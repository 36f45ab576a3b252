// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"

#include <QString>

namespace drpo::sim {

// The simulated optimizer's other job (stage 1): rewrite an example answer to address the
// judge's critiques (structure, depth, refusal, caveats, no repetition...). Works on any text.
class ExampleRewriter {
public:
    explicit ExampleRewriter(quint64 seed)
        : m_seed(seed)
    {}

    // The improved answer alone.
    QString rewrite(const QString &query, const QString &category, const QString &answer,
        const QList<model::CriterionScore> &scores, int sample) const;
    // Purpose::RewriteExample: a short note, then the answer between "<answer>" and "</answer>".
    QString respond(const llm::payload::RewriteExample &payload, int sample) const;

private:
    quint64 m_seed;
};

} // namespace drpo::sim
