// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"

#include <QString>
#include <QStringList>

namespace drpo::sim {

// A system prompt in the shape DRPO asks for: a short opening paragraph, then "- " bullets.
struct PromptShape {
    QString opening;
    QStringList bullets;

    static PromptShape parse(const QString &prompt);
    QString render() const;
};

// The simulated optimizer: reads the judge's critiques and proposes prompt edits that address
// the named problems, in varied wordings of uneven strength, within the bullet rules.
class SimOptimizer {
public:
    explicit SimOptimizer(quint64 seed)
        : m_seed(seed)
    {}

    // Purpose::OptimizePrompt: n choices, each a reasoning paragraph then the new prompt
    // between "<prompt>" and "</prompt>" lines. Choices differ from each other.
    QStringList optimizePrompt(const llm::payload::OptimizePrompt &payload, int n, int sample) const;

private:
    QString proposal(const llm::payload::OptimizePrompt &payload, int choice, int salt, QString *prompt) const;
    quint64 m_seed;
};

} // namespace drpo::sim
