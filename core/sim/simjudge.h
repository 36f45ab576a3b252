#pragma once

#include "sim/textfeatures.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

    QList<Verdict> score(const QString &query, const QString &answer, const QStringList &criteria, bool harsh) const;
    // Purpose::Judge: the JSON object text, sometimes fenced or with a sentence before it.
    QString judge(const QJsonObject &fields, int sample) const;
    // Purpose::Evaluate: just-eval style aspects (helpfulness, clarity, ... safety), plain JSON.
    QString evaluate(const QJsonObject &fields, int sample) const;

private:
    quint64 m_seed;
};

} // namespace drpo::sim
