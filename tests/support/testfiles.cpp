// SPDX-License-Identifier: GPL-3.0-or-later
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>

namespace drpo::test {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    return f.write(data) == data.size();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    return writeFile(path, data) ? path : QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace drpo::test
