// SPDX-License-Identifier: GPL-3.0-or-later
// io::loadProfile on arbitrary bytes; a profile it accepts saves and loads back.
#include "fuzzsupport.h"

#include "io/profilefile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    drpo::io::FileError error;
    const auto profile =
        drpo::io::profileFromData(QStringLiteral("profile.json"), drpo::fuzz::bytes(data, size), &error);
    if (!profile) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const std::string text =
        drpo::model::Json(*profile).dump(2, ' ', false, drpo::model::Json::error_handler_t::replace);
    if (!drpo::io::profileFromData(QStringLiteral("p2.json"), QByteArray::fromStdString(text), &error))
        __builtin_trap();
    return 0;
}
