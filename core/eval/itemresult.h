// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/aspects.h"
#include "model/jsonsupport.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// The judge's verdict on one aspect of one answer: a whole score 1..5, or N/A.
struct AspectScore {
    Aspect aspect = Aspect::Helpfulness;
    std::optional<int> score; // empty: N/A
    QString reason;

    bool isNa() const { return !score.has_value(); }
    QString scoreText() const { return score ? QString::number(*score) : QStringLiteral("N/A"); }
    friend bool operator==(const AspectScore &, const AspectScore &) = default;
};

// Where an item stands for one system. Pending: the answer exists (stored outputs, or an
// interrupted batch) but is not judged; Unscored: the verdict could not be read after the
// retries, or the answer could not be produced. Unscored items are counted and shown,
// never averaged in as a 0 or a 5.
enum class ItemState { Pending, Judged, Unscored };
QString itemStateName(ItemState s);

// One system's answer to one benchmark item and the judge's verdicts on it.
struct ItemResult {
    QString id;
    QString output;
    ItemState state = ItemState::Pending;
    QList<AspectScore> scores;
    QString error; // why it is unscored

    const AspectScore *score(Aspect a) const;
    bool isDone() const { return state != ItemState::Pending; }
    friend bool operator==(const ItemResult &, const ItemResult &) = default;
};

// Whitespace-separated words, as just-eval counts output length.
int wordCount(const QString &text);

void to_json(model::Json &j, const AspectScore &s);
void from_json(const model::Json &j, AspectScore &s);
// Per item: {"id", "output", "state", "scores": {"helpfulness": {"score": "4", "reason": ...}}, "error"}
void to_json(model::Json &j, const ItemResult &r);
void from_json(const model::Json &j, ItemResult &r);

} // namespace drpo::eval
