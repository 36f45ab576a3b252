// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"
#include "sim/evaluatefields.h"
#include "sim/textfeatures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::sim {

// One criterion's verdict: a score 1..5 (0 = "N/A") and a rationale naming what was seen.
struct Verdict {
    int score = 0;
    QString rationale;
    QString scoreText() const { return score > 0 ? QString::number(score) : QStringLiteral("N/A"); }
};

// The simulated judge: scores any answer text on named criteria from what it can detect
// (repetition, structure, length, refusals, browsing claims, tone...), plus small seeded noise.
class SimJudge {
public:
    explicit SimJudge(quint64 seed)
        : m_seed(seed)
    {}

    // kind: how the query is read; by default inferred from its wording.
    QList<Verdict> score(const QString &query, const QString &answer, const QStringList &criteria, bool harsh,
        std::optional<QueryKind> kind = std::nullopt) const;
    // Purpose::Judge: the JSON object text, sometimes fenced or with a sentence before it.
    QString judge(const llm::payload::Judge &payload, int sample) const;
    // Purpose::Evaluate: the aspects (helpfulness, clarity, ... safety) as a JSON object of
    // {"reason", "score"} with the score a string "1".."5" or "N/A" (factuality does not apply
    // to a poem or small talk). Fenced or prefaced now and then, and about 1 in 40 answers is
    // cut off mid-way, as a real judge's can be: the reader must repair or retry.
    QString evaluate(const EvaluateFields &fields, int sample) const;

private:
    quint64 m_seed;
};

} // namespace drpo::sim
