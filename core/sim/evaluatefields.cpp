// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/evaluatefields.h"

#include <QJsonArray>

namespace drpo::sim {

EvaluateFields EvaluateFields::read(const QJsonObject &fields)
{
    EvaluateFields f;
    f.query = fields.value(QLatin1StringView("query")).toString();
    f.answer = fields.value(QLatin1StringView("answer")).toString();
    f.category = fields.value(QLatin1StringView("category")).toString().trimmed().toLower();
    for (const QJsonValue &a : fields.value(QLatin1StringView("aspects")).toArray()) {
        const QString name = a.isString() ? a.toString() : a.toObject().value(QLatin1StringView("name")).toString();
        if (!name.trimmed().isEmpty())
            f.aspects.push_back(name.trimmed());
    }
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
