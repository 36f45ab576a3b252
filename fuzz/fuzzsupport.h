// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: a Qt core application (translations want one) and the input as
// a QByteArray (a copy: a raw view would not end in the NUL that Qt's C-string paths expect).

#include <QByteArray>
#include <QCoreApplication>

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

} // namespace drpo::fuzz
