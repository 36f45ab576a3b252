// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's proposals (<prompt>...</prompt>) and the rewriter's answers
// (<answer>...</answer>) as the search and stage 1 read them.
#include "fuzzsupport.h"

#include "reward/jsonextract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    const QString choice = QString::fromUtf8(drpo::fuzz::bytes(data, size));
    if (const std::optional<QString> prompt = drpo::reward::extractTagged(choice, QStringLiteral("prompt"))) {
        if (prompt->isEmpty() || *prompt != prompt->trimmed())
            __builtin_trap();
        // The note is the text before the tag (core/search/promptsearch.cpp).
        const qsizetype cut = choice.indexOf(QStringLiteral("<prompt>"));
        if (cut < 0)
            __builtin_trap();
        (void)choice.left(cut).trimmed();
    }
    if (const std::optional<QString> answer = drpo::reward::extractTagged(choice, QStringLiteral("answer")))
        if (answer->isEmpty())
            __builtin_trap();
    return 0;
}
