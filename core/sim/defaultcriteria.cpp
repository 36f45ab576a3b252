// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/defaultcriteria.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Resources of a static library must be registered by name before first use (at global
// scope: the macro declares a function of that name).
static void initCoreResources()
{
    Q_INIT_RESOURCE(drpo_core_resources);
}

namespace drpo::sim {

model::CriteriaLibrary defaultCriteria()
{
    initCoreResources();
    QFile f(QStringLiteral(":/drpo/criteria/default.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Read with QJsonDocument (the same shape as model::to_json(CriteriaLibrary)); a broken
    // built-in resource is caught by the tests, not at run time.
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    model::CriteriaLibrary lib;
    for (const QJsonValue &v : o.value(QLatin1StringView("criteria")).toArray()) {
        const QJsonObject c = v.toObject();
        lib.criteria.push_back(model::Criterion{c.value(QLatin1StringView("name")).toString(),
            c.value(QLatin1StringView("description")).toString(), c.value(QLatin1StringView("enabled")).toBool(true)});
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("pinned")).toArray())
        lib.pinned.push_back(v.toString());
    for (const QJsonValue &v : o.value(QLatin1StringView("banned")).toArray())
        lib.banned.push_back(v.toString());
    lib.revision = o.value(QLatin1StringView("revision")).toInt(1);
    return lib;
}

} // namespace drpo::sim
