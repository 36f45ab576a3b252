// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/serveconfig.h"

#include "serve/servetext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace drpo::serve {

QString ServeConfig::validate() const
{
    if (profiles.isEmpty())
        return ServeText::tr("no profile to serve");
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"));
    QSet<QString> seen;
    for (const ServedProfile &p : profiles) {
        if (!name.match(p.name).hasMatch())
            return ServeText::tr("\"%1\" cannot be a model name: use letters, digits and . _ : / - (at most 128)")
                .arg(p.name);
        if (seen.contains(p.name))
            return ServeText::tr("two profiles are served as \"%1\": give them different names (--profile NAME=PATH)")
                .arg(p.name);
        seen.insert(p.name);
    }
    if (!address.isLoopback()) {
        if (!allowRemote)
            return ServeText::tr(
                "%1 is not a loopback address: serving other machines needs --allow-remote (and a key)")
                .arg(address.toString());
        if (apiKey.isEmpty())
            return ServeText::tr(
                "serving %1 needs a bearer key: put it in an environment variable and give --api-key-env VAR")
                .arg(address.toString());
    }
    if (maxConcurrent < 1 || maxQueue < 0 || totalTimeoutMs < 100)
        return ServeText::tr("the limits must be positive (concurrency at least 1, timeout at least 100 ms)");
    return {};
}

} // namespace drpo::serve
