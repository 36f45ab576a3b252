// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>

namespace drpo::test {

QString referenceDataDir()
{
    const QString dir = qEnvironmentVariable("DRPO_REFERENCE_DATA");
    return QDir::cleanPath(dir.isEmpty() ? QStringLiteral("../shared/reference-data") : dir);
}

QString referenceFile(const QString &name)
{
    return referenceDataDir() + QStringLiteral("/drpo-official/") + name;
}

bool hasReferenceData()
{
    return QFileInfo(referenceDataDir() + QStringLiteral("/drpo-official")).isDir();
}

QString sourceDir()
{
    return qEnvironmentVariable("DRPO_SOURCE_DIR");
}

} // namespace drpo::test
