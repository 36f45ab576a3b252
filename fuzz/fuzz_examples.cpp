// SPDX-License-Identifier: GPL-3.0-or-later
// io::importExamples on arbitrary bytes under every extension it tells apart.
#include "fuzzsupport.h"

#include "io/exampleimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    static const char *const names[] = {"e.json", "e.jsonl", "e.csv", "e"};
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    drpo::io::FileError error;
    const auto result = drpo::io::importExamplesFromData(
        QString::fromLatin1(names[pick % std::size(names)]), drpo::fuzz::bytes(data, size), &error);
    if (!result && error.message.isEmpty())
        __builtin_trap();
    if (result) {
        for (const drpo::model::Example &e : *result)
            if (e.id.isEmpty() || e.query.isEmpty() || e.answer.isEmpty())
                __builtin_trap(); // the importer promises ids, queries and answers
    }
    return 0;
}
