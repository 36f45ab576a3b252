// SPDX-License-Identifier: GPL-3.0-or-later
// eval::loadResults on arbitrary bytes, then what `drpo report` does with an accepted file:
// the figures are recomputed (intervals included) and the file saves and loads back.
#include "fuzzsupport.h"

#include "eval/resultsfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    const QString path = drpo::fuzz::writeInput(QStringLiteral("results.json"), drpo::fuzz::bytes(data, size));
    drpo::io::FileError error;
    const auto results = drpo::eval::loadResults(path, &error);
    if (!results) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const drpo::eval::SystemResult &system : results->systems)
        for (const drpo::eval::ItemResult &item : system.items) {
            int seen = 0;
            for (const drpo::eval::AspectScore &score : item.scores) {
                if (score.score && (*score.score < 1 || *score.score > 5))
                    __builtin_trap(); // scores are 1..5 or N/A, whatever the file says
                if (seen & (1 << int(score.aspect)))
                    __builtin_trap(); // one verdict per aspect and item
                seen |= 1 << int(score.aspect);
            }
        }
    const drpo::eval::Analysis analysis = drpo::eval::analyze(*results);
    QString saveError;
    const QString again = drpo::fuzz::writeInput(QStringLiteral("again.json"), {});
    if (!drpo::eval::saveResults(again, *results, analysis, &saveError))
        __builtin_trap();
    if (!drpo::eval::loadResults(again, &error))
        __builtin_trap(); // what we write, we read
    return 0;
}
