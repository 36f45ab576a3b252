#include "io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace drpo::io {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("drpo::io::AtomicFile", s);
}
} // namespace

bool writeFileAtomic(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name was given."));
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return fail(tr("the folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    if (info.isDir())
        return fail(tr("a folder with that name exists."));

    QSaveFile file(path);
    // Without a temporary file there is no atomicity, so never fall back to writing in place.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace drpo::io
