// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/criterion.h"

namespace drpo::model {

QList<Criterion> CriteriaLibrary::selectable() const
{
    QList<Criterion> out;
    for (const Criterion &c : criteria)
        if (c.enabled && !banned.contains(c.name, Qt::CaseInsensitive))
            out.push_back(c);
    return out;
}

const Criterion *CriteriaLibrary::find(const QString &name) const
{
    for (const Criterion &c : criteria)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QStringList CriteriaLibrary::normalizeSelection(const QStringList &chosen, int minCount, int maxCount) const
{
    const QList<Criterion> pool = selectable();
    auto wanted = [&](const Criterion &c) {
        return chosen.contains(c.name, Qt::CaseInsensitive) || pinned.contains(c.name, Qt::CaseInsensitive);
    };
    QStringList out;
    for (const Criterion &c : pool)
        if (pinned.contains(c.name, Qt::CaseInsensitive))
            out.push_back(c.name);
    for (const Criterion &c : pool)
        if (wanted(c) && !out.contains(c.name))
            out.push_back(c.name);
    // Too few: fill from the library order so the judge always has enough to score.
    for (const Criterion &c : pool) {
        if (out.size() >= minCount)
            break;
        if (!out.contains(c.name))
            out.push_back(c.name);
    }
    while (out.size() > maxCount && out.size() > pinned.size())
        out.removeLast();
    return out;
}

void to_json(Json &j, const Criterion &c)
{
    j = Json{{"name", c.name}, {"description", c.description}, {"enabled", c.enabled}};
}

void from_json(const Json &j, Criterion &c)
{
    c = Criterion{};
    j.at("name").get_to(c.name);
    readOptional(j, "description", c.description);
    readOptional(j, "enabled", c.enabled);
}

void to_json(Json &j, const CriteriaLibrary &l)
{
    j = Json{{"criteria", l.criteria}, {"pinned", l.pinned}, {"banned", l.banned}, {"revision", l.revision}};
}

void from_json(const Json &j, CriteriaLibrary &l)
{
    l = CriteriaLibrary{};
    j.at("criteria").get_to(l.criteria);
    readOptional(j, "pinned", l.pinned);
    readOptional(j, "banned", l.banned);
    readOptional(j, "revision", l.revision);
}

QString criteriaModeName(CriteriaMode m)
{
    return m == CriteriaMode::Static ? QStringLiteral("static") : QStringLiteral("dynamic");
}

CriteriaMode criteriaModeFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = (s == u"static" || s == u"dynamic");
    return s == u"static" ? CriteriaMode::Static : CriteriaMode::Dynamic;
}

} // namespace drpo::model
