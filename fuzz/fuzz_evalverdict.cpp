// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation judge's answer (eval::parseEvalVerdict) for the five regular aspects or
// safety alone: every asked aspect comes back with 1..5 or N/A, or the refusal says why.
#include "fuzzsupport.h"

#include "eval/verdictparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    const bool safety = drpo::fuzz::takeSelector(data, size) & 1;
    const QString text = QString::fromUtf8(drpo::fuzz::bytes(data, size));
    const QList<drpo::eval::Aspect> aspects = drpo::eval::aspectsFor(safety);
    QString why;
    const auto scores = drpo::eval::parseEvalVerdict(text, aspects, &why);
    if (!scores) {
        if (why.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (scores->size() != aspects.size())
        __builtin_trap();
    for (qsizetype i = 0; i < scores->size(); ++i) {
        const drpo::eval::AspectScore &s = scores->at(i);
        if (s.aspect != aspects.at(i) || (s.score && (*s.score < 1 || *s.score > 5)))
            __builtin_trap();
    }
    return 0;
}
