// SPDX-License-Identifier: GPL-3.0-or-later
// eval::importBenchmark on arbitrary bytes under every extension it tells apart: just-eval
// records (JSON list or JSON Lines) or any query set; an accepted benchmark saves and loads back.
#include "fuzzsupport.h"

#include "eval/benchmarkimporter.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    static const char *const names[] = {"bench.json", "bench.jsonl", "bench.csv", "bench.txt", "bench.ndjson", "bench"};
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    const QString path =
        drpo::fuzz::writeInput(QString::fromLatin1(names[pick % std::size(names)]), drpo::fuzz::bytes(data, size));
    drpo::io::FileError error;
    const auto imported = drpo::eval::importBenchmark(path, &error);
    if (!imported) {
        if (error.message.isEmpty())
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    const drpo::eval::Benchmark &b = imported->benchmark;
    if (b.items.isEmpty())
        __builtin_trap(); // "no items" is an error, never an empty benchmark
    QSet<QString> ids;
    for (const drpo::eval::BenchmarkItem &item : b.items) {
        if (item.category != u"regular" && item.category != u"safety")
            __builtin_trap();
        ids.insert(item.id);
    }
    // The results file stores the benchmark; what we write, we read back the same.
    const drpo::model::Json j = b;
    const std::string text = j.dump(-1, ' ', false, drpo::model::Json::error_handler_t::replace);
    const auto back = drpo::model::Json::parse(text).get<drpo::eval::Benchmark>();
    if (back.items.size() != b.items.size())
        __builtin_trap();
    if (ids.size() != b.items.size())
        __builtin_trap(); // results are keyed by item id: ids must be unique
    (void)b.safetyCount();
    return 0;
}
