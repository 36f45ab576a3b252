// SPDX-License-Identifier: GPL-3.0-or-later
// eval::importJudgements on one to three just-eval judgement files cut from the input at
// "\n@@\n" (a multi-aspect and a safety file of one generator merge), and the benchmark the
// CLI derives from them.
#include "fuzzsupport.h"

#include "eval/judgementimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    static const char *const names[] = {
        "model-x.score_multi.json", "model-x.score_safety.json", "model-y.score_multi.json", "judged.jsonl"};
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    const QByteArray input = drpo::fuzz::bytes(data, size);
    QStringList paths;
    qsizetype from = 0;
    for (int k = 0; k < 3; ++k) {
        qsizetype cut = k < 2 ? input.indexOf("\n@@\n", from) : -1;
        const QByteArray part = input.mid(from, cut < 0 ? -1 : cut - from);
        const QString name = QString::number(k) + u'-' + QString::fromLatin1(names[(pick + k) % std::size(names)]);
        paths.push_back(drpo::fuzz::writeInput(name, part));
        if (cut < 0)
            break;
        from = cut + 4;
    }
    drpo::io::FileError error;
    QList<drpo::io::FileError> warnings;
    const auto systems = drpo::eval::importJudgements(paths, &error, &warnings);
    if (!systems) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const drpo::io::FileError &w : std::as_const(warnings))
        if (w.message.isEmpty())
            __builtin_trap();
    for (const drpo::eval::ImportedJudgements &s : *systems)
        for (const drpo::eval::ImportedItem &item : s.items) {
            int seen = 0;
            for (const drpo::eval::AspectScore &score : item.result.scores) {
                if (score.score && (*score.score < 1 || *score.score > 5))
                    __builtin_trap(); // scores are 1..5 or N/A
                if (seen & (1 << int(score.aspect)))
                    __builtin_trap(); // one verdict per aspect and item
                seen |= 1 << int(score.aspect);
            }
        }
    (void)drpo::eval::benchmarkFromJudgements(*systems);
    return 0;
}
