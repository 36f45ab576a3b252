// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/evaluation.h"

namespace drpo::model {

std::optional<double> Evaluation::meanScore(const QList<CriterionScore> &scores)
{
    double sum = 0;
    int n = 0;
    for (const CriterionScore &s : scores) {
        if (s.score) {
            sum += *s.score;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

bool Evaluation::allFives() const
{
    bool any = false;
    for (const CriterionScore &s : scores) {
        if (!s.score)
            continue;
        any = true;
        if (*s.score < 5.0)
            return false;
    }
    return any;
}

void to_json(Json &j, const CriterionScore &s)
{
    j = Json{{"criterion", s.criterion}, {"score", s.score}, {"rationale", s.rationale}};
}

void from_json(const Json &j, CriterionScore &s)
{
    s = CriterionScore{};
    j.at("criterion").get_to(s.criterion);
    readOptional(j, "score", s.score);
    readOptional(j, "rationale", s.rationale);
}

void to_json(Json &j, const Evaluation &e)
{
    j = Json{{"query_id", e.queryId}, {"query", e.query}, {"answer", e.answer}, {"criteria", e.criteria},
        {"selection_reason", e.selectionReason}, {"scores", e.scores}, {"reward", e.reward}};
    if (!e.error.isEmpty())
        j["error"] = e.error;
}

void from_json(const Json &j, Evaluation &e)
{
    e = Evaluation{};
    readOptional(j, "query_id", e.queryId);
    readOptional(j, "query", e.query);
    readOptional(j, "answer", e.answer);
    readOptional(j, "criteria", e.criteria);
    readOptional(j, "selection_reason", e.selectionReason);
    readOptional(j, "scores", e.scores);
    readOptional(j, "reward", e.reward);
    readOptional(j, "error", e.error);
}

} // namespace drpo::model
