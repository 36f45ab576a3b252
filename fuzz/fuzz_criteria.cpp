// SPDX-License-Identifier: GPL-3.0-or-later
// io::importCriteria on arbitrary bytes, as JSON and as CSV.
#include "fuzzsupport.h"

#include "io/criteriaimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    drpo::io::FileError error;
    const auto result = drpo::io::importCriteriaFromData(
        (pick & 1) ? QStringLiteral("c.csv") : QStringLiteral("c.json"), drpo::fuzz::bytes(data, size), &error);
    if (!result && error.message.isEmpty())
        __builtin_trap();
    if (result && result->selectable().isEmpty())
        __builtin_trap(); // a library nobody can select from is refused
    return 0;
}
