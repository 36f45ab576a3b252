// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/example.h"

namespace drpo::model {

void to_json(Json &j, const ExampleVersion &v)
{
    j = Json{{"answer", v.answer}, {"evaluation", v.evaluation}, {"origin", v.origin}};
}

void from_json(const Json &j, ExampleVersion &v)
{
    v = ExampleVersion{};
    j.at("answer").get_to(v.answer);
    readOptional(j, "evaluation", v.evaluation);
    readOptional(j, "origin", v.origin);
}

void to_json(Json &j, const Example &e)
{
    j = Json{{"id", e.id}, {"query", e.query}, {"answer", e.answer}};
    if (!e.category.isEmpty())
        j["category"] = e.category;
    if (!e.history.isEmpty()) {
        j["history"] = e.history;
        j["best_version"] = e.bestVersion;
    }
}

void from_json(const Json &j, Example &e)
{
    e = Example{};
    readOptional(j, "id", e.id);
    j.at("query").get_to(e.query);
    j.at("answer").get_to(e.answer);
    readOptional(j, "category", e.category);
    readOptional(j, "history", e.history);
    readOptional(j, "best_version", e.bestVersion);
}

} // namespace drpo::model
