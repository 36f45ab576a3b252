// SPDX-License-Identifier: GPL-3.0-or-later
// io::importQueries on arbitrary bytes, in every format and under every extension.
#include "fuzzsupport.h"

#include "io/queryimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    using drpo::io::QueryFormat;
    static const QueryFormat formats[] = {QueryFormat::Auto, QueryFormat::Json, QueryFormat::Jsonl, QueryFormat::Csv,
        QueryFormat::Text, QueryFormat::JustEval};
    static const char *const names[] = {"q.json", "q.jsonl", "q.csv", "q.txt", "q", "q.ndjson"};
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    const QString name = QString::fromLatin1(names[(pick >> 4) % std::size(names)]);
    drpo::io::FileError error;
    const auto result = drpo::io::importQueriesFromData(
        name, drpo::fuzz::bytes(data, size), formats[pick % std::size(formats)], &error);
    if (!result && error.message.isEmpty())
        __builtin_trap(); // every refusal must say why
    if (result && result->set.queries.isEmpty())
        __builtin_trap(); // "no queries" is an error, never an empty success
    return 0;
}
