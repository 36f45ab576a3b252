// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simvariant.h"

namespace drpo::sim {

QString simModelName(model::Role role, SimVariant variant)
{
    if (role == model::Role::Base && variant == SimVariant::Instruct)
        return QStringLiteral("sim-instruct");
    return u"sim-" + model::roleName(role);
}

SimVariant simVariantFromModel(const QString &model, bool *ok)
{
    const QString m = model.trimmed().toLower();
    if (ok)
        *ok = true;
    if (m.isEmpty() || m == u"sim-base" || m == u"base" || m == u"sim")
        return SimVariant::Base;
    if (m == u"sim-instruct" || m == u"instruct")
        return SimVariant::Instruct;
    if (ok)
        *ok = false;
    return SimVariant::Base;
}

QStringList simBaseModelNames()
{
    return {QStringLiteral("sim-base"), QStringLiteral("sim-instruct")};
}

} // namespace drpo::sim
