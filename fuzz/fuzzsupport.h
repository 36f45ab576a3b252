// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: a Qt core application (translations want one), the input as
// a QByteArray (a copy: a raw view would not end in the NUL that Qt's C-string paths expect)
// and, for the importers that only read paths (core/eval), the input written to a file.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace drpo::fuzz {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks a variant (format, extension...); the rest is the input.
inline unsigned char takeSelector(const uint8_t *&data, size_t &size)
{
    if (size == 0)
        return 0;
    const unsigned char s = data[0];
    ++data;
    --size;
    return s;
}

// Writes data to NAME in one private temporary folder per fuzzing process (removed at exit)
// and returns its path: the evaluation importers read files by path, as the CLI hands them.
inline QString writeInput(const QString &name, const QByteArray &data)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/drpo-fuzz-XXXXXX"));
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!dir.isValid() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        __builtin_trap(); // the fuzzer itself cannot work: stop loudly rather than fuzz nothing
    return path;
}

} // namespace drpo::fuzz
