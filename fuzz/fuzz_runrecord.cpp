// SPDX-License-Identifier: GPL-3.0-or-later
// io::loadRunRecord on arbitrary bytes; a record it accepts saves and loads back.
#include "fuzzsupport.h"

#include "io/runfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    drpo::io::FileError error;
    const auto record = drpo::io::runRecordFromData(QStringLiteral("run.json"), drpo::fuzz::bytes(data, size), &error);
    if (!record) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)record->totalUsage();
    (void)record->node(record->bestNodeId);
    const std::string text =
        drpo::model::Json(*record).dump(2, ' ', false, drpo::model::Json::error_handler_t::replace);
    if (!drpo::io::runRecordFromData(QStringLiteral("run2.json"), QByteArray::fromStdString(text), &error))
        __builtin_trap();
    return 0;
}
