// SPDX-License-Identifier: GPL-3.0-or-later
// io::loadProject on arbitrary bytes; a project it accepts saves and loads back equal.
#include "fuzzsupport.h"

#include "io/projectfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    drpo::io::FileError error;
    const auto project = drpo::io::projectFromData(QStringLiteral("p.drpo"), drpo::fuzz::bytes(data, size), &error);
    if (!project) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const std::string text =
        drpo::model::Json(*project).dump(2, ' ', false, drpo::model::Json::error_handler_t::replace);
    const auto again = drpo::io::projectFromData(QStringLiteral("p2.drpo"), QByteArray::fromStdString(text), &error);
    if (!again)
        __builtin_trap(); // what we write, we read
    return 0;
}
