// SPDX-License-Identifier: GPL-3.0-or-later
// eval::importOutputs (a just-eval *.to_eval.json) on arbitrary bytes, and the benchmark the
// CLI derives from the outputs when none is given.
#include "fuzzsupport.h"

#include "eval/outputsimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    static const char *const names[] = {"model-x.to_eval.json", "outputs.jsonl", "outputs.json"};
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    const QString path =
        drpo::fuzz::writeInput(QString::fromLatin1(names[pick % std::size(names)]), drpo::fuzz::bytes(data, size));
    drpo::io::FileError error;
    const auto outputs = drpo::eval::importOutputs(path, &error);
    if (!outputs) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (outputs->items.isEmpty() || outputs->generator.isEmpty())
        __builtin_trap();
    for (const drpo::eval::StoredOutput &o : outputs->items)
        if (o.id.isEmpty() || (o.category != u"regular" && o.category != u"safety"))
            __builtin_trap();
    const drpo::eval::Benchmark b = drpo::eval::benchmarkFromOutputs(*outputs);
    if (b.items.isEmpty())
        __builtin_trap();
    (void)drpo::eval::generatorFromPath(QString::fromUtf8(drpo::fuzz::bytes(data, std::min<size_t>(size, 256))));
    return 0;
}
