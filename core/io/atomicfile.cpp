// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/atomicfile.h"

#include "io/iotext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace drpo::io {

namespace {} // namespace

bool writeFileAtomic(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = IoText::tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(IoText::tr("no file name was given."));
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return fail(IoText::tr("the folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    if (info.isDir())
        return fail(IoText::tr("a folder with that name exists."));

    // Qt's own text for these cases is "Unknown error" (a full disk met while flushing) or
    // names only the file; say what the user can act on.
    auto diskReason = [&](const QString &qtReason) {
        const QStorageInfo disk(dir);
        if (disk.isValid() && disk.isReadOnly())
            return IoText::tr("the disk %1 is read-only.").arg(QDir::toNativeSeparators(disk.rootPath()));
        if (disk.isValid() && disk.bytesAvailable() < data.size() + 4096)
            return IoText::tr("the disk %1 is full (%2 KiB free, %3 KiB needed).")
                .arg(QDir::toNativeSeparators(disk.rootPath()))
                .arg(disk.bytesAvailable() / 1024)
                .arg((data.size() + 1023) / 1024);
        if (!QFileInfo(dir).isWritable())
            return IoText::tr("you may not write in the folder %1.").arg(QDir::toNativeSeparators(dir));
        return qtReason;
    };
    QSaveFile file(path);
    // Without a temporary file there is no atomicity, so never fall back to writing in place.
    file.setDirectWriteFallback(false);
    // Unbuffered: a failing write reports the system's reason at once, not at commit.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(diskReason(file.errorString()));
    if (file.write(data) != data.size()) {
        const QString why = diskReason(file.errorString());
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(diskReason(file.errorString()));
    return true;
}

} // namespace drpo::io
