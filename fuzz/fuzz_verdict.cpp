// SPDX-License-Identifier: GPL-3.0-or-later
// Model answers the rewarder reads: the judge's verdict, the selector's choice and the
// tolerant JSON extraction behind both.
#include "fuzzsupport.h"

#include "reward/jsonextract.h"
#include "reward/judgeparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    const QString text = QString::fromUtf8(drpo::fuzz::bytes(data, size));
    static const QStringList criteria{QStringLiteral("Helpfulness"), QStringLiteral("Clarity"),
        QStringLiteral("Factuality"), QStringLiteral("Safety")};
    QString why;
    if (const auto j = drpo::reward::extractJsonObject(text, &why)) {
        if (!j->is_object())
            __builtin_trap();
        for (auto it = j->begin(); it != j->end(); ++it) {
            bool ok = false;
            const std::optional<double> score = drpo::reward::parseScoreValue(*it, &ok);
            if (score && (*score < 1.0 || *score > 5.0))
                __builtin_trap(); // scores are clamped to 1..5
        }
    }
    if (const auto scores = drpo::reward::parseJudgeVerdict(text, criteria, &why)) {
        for (const drpo::model::CriterionScore &s : *scores)
            if (s.score && (*s.score < 1.0 || *s.score > 5.0))
                __builtin_trap();
    } else if (why.isEmpty()) {
        __builtin_trap(); // an unreadable verdict says why
    }
    why.clear();
    if (!drpo::reward::parseSelection(text, &why) && why.isEmpty())
        __builtin_trap();
    return 0;
}
