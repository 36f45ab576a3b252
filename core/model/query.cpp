// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/query.h"

#include <algorithm>

namespace drpo::model {

QList<Query> QuerySet::training() const
{
    QList<Query> out;
    for (const Query &q : queries)
        if (!isValidation(q.id))
            out.push_back(q);
    return out;
}

QList<Query> QuerySet::validation() const
{
    QList<Query> out;
    for (const Query &q : queries)
        if (isValidation(q.id))
            out.push_back(q);
    return out;
}

void QuerySet::splitValidation(int percent)
{
    validationIds.clear();
    percent = std::clamp(percent, 0, 90);
    if (percent <= 0)
        return;
    const double step = 100.0 / percent;
    for (double i = step - 1; i < queries.size(); i += step)
        validationIds.append(queries[int(i)].id);
}

const Query *QuerySet::find(const QString &id) const
{
    for (const Query &q : queries)
        if (q.id == id)
            return &q;
    return nullptr;
}

void to_json(Json &j, const Query &q)
{
    j = Json{{"id", q.id}, {"text", q.text}};
    if (!q.category.isEmpty())
        j["category"] = q.category;
    if (!q.tags.isEmpty())
        j["tags"] = q.tags;
    if (!q.reference.isEmpty())
        j["reference"] = q.reference;
}

void from_json(const Json &j, Query &q)
{
    q = Query{};
    j.at("id").get_to(q.id);
    j.at("text").get_to(q.text);
    readOptional(j, "category", q.category);
    readOptional(j, "tags", q.tags);
    readOptional(j, "reference", q.reference);
}

void to_json(Json &j, const QuerySet &s)
{
    j = Json{{"name", s.name}, {"queries", s.queries}};
    if (!s.validationIds.isEmpty())
        j["validation_ids"] = s.validationIds;
}

void from_json(const Json &j, QuerySet &s)
{
    s = QuerySet{};
    readOptional(j, "name", s.name);
    j.at("queries").get_to(s.queries);
    readOptional(j, "validation_ids", s.validationIds);
}

} // namespace drpo::model
