// SPDX-License-Identifier: GPL-3.0-or-later
// io::importSelections (the reference code's metrics_cache.json) on arbitrary bytes.
#include "fuzzsupport.h"

#include "io/selectionimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    drpo::io::FileError error;
    const auto result =
        drpo::io::importSelectionsFromData(QStringLiteral("metrics_cache.json"), drpo::fuzz::bytes(data, size), &error);
    if (!result && error.message.isEmpty())
        __builtin_trap();
    return 0;
}
