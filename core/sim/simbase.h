// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"
#include "sim/querykind.h"
#include "sim/simvariant.h"
#include "sim/weakness.h"

#include <QSet>
#include <QString>

namespace drpo::sim {

// What the simulated base model decided for one answer: which weaknesses show.
struct BaseDecision {
    QueryKind kind = QueryKind::Explanation;
    QString topic;
    QString subject;
    QString fact; // a true sentence the model knows about the query, if any
    QSet<Weakness> active;
};

// The simulated base model: answers a query under a system prompt and retrieved examples.
// Weaknesses show unless the prompt addresses them (within its attention budget) or good
// examples demonstrate the better behaviour. The instruct variant has its own propensities
// and habits (see weakness.h) and writes in a chat-tuned style.
class SimBase {
public:
    explicit SimBase(quint64 seed, SimVariant variant = SimVariant::Base)
        : m_seed(seed)
        , m_variant(variant)
    {}

    BaseDecision decide(const llm::payload::Respond &payload, int sample) const;
    QString respond(const llm::payload::Respond &payload, int sample) const;
    QString write(const BaseDecision &d, int sample) const;

private:
    quint64 m_seed;
    SimVariant m_variant;
};

} // namespace drpo::sim
