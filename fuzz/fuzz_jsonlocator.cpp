// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON line finder on arbitrary text and pointers: never reads out of bounds, and a
// line it names exists.
#include "fuzzsupport.h"

#include "io/jsonlocator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    // "pointer\ntext": the first line is the JSON pointer to look for.
    const QByteArray all = drpo::fuzz::bytes(data, size);
    const qsizetype nl = all.indexOf('\n');
    const QString pointer = QString::fromUtf8(nl < 0 ? all : all.left(nl));
    const QByteArray text = nl < 0 ? QByteArray() : all.mid(nl + 1);
    const int lines = int(text.count('\n')) + 1;
    const int line = drpo::io::detail::jsonLineOf(text, pointer);
    if (line < 0 || line > lines)
        __builtin_trap();
    for (int l : drpo::io::detail::jsonElementLines(text, pointer))
        if (l < 1 || l > lines)
            __builtin_trap();
    (void)drpo::io::detail::jsonPointerKey(pointer);
    return 0;
}
