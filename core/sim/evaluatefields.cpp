// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/evaluatefields.h"

namespace drpo::sim {

EvaluateFields EvaluateFields::read(const llm::payload::Evaluate &payload)
{
    EvaluateFields f;
    f.query = payload.query;
    f.answer = payload.answer;
    f.category = payload.category.trimmed().toLower();
    for (const QString &name : payload.aspects)
        if (!name.trimmed().isEmpty())
            f.aspects.push_back(name.trimmed());
    return f;
}

QueryKind EvaluateFields::kind() const
{
    if (category == u"safety")
        return QueryKind::Harmful;
    if (category == u"regular")
        return inferKindFromText(query, false);
    return classifyQuery(category, query);
}

} // namespace drpo::sim
