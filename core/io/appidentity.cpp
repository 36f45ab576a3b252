// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/appidentity.h"

#include "drpo_version.h"

#include <QCoreApplication>

namespace drpo::io {

QString AppIdentity::organisation()
{
    return QStringLiteral("DRPO Studio");
}

QString AppIdentity::application()
{
    return QStringLiteral("drpo-studio");
}

QString AppIdentity::displayName()
{
    return QStringLiteral("DRPO Studio");
}

QString AppIdentity::version()
{
    return QStringLiteral(DRPO_VERSION);
}

QString AppIdentity::buildType()
{
    return QStringLiteral(DRPO_BUILD_TYPE);
}

QString AppIdentity::licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString AppIdentity::appId()
{
    return QStringLiteral(DRPO_APP_ID);
}

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(organisation());
    QCoreApplication::setApplicationName(application());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace drpo::io
