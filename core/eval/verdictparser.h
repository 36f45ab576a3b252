// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/itemresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// Reads the evaluation judge's answer: a JSON object (fenced, prefaced or bare) with one
// entry per aspect, {"reason": ..., "score": "1".."5" | "N/A"} (or the score alone). Every
// asked aspect must be there with a readable score; otherwise nothing, and *why says what
// was wrong (the runner then asks once more, then counts the item unscored).
std::optional<QList<AspectScore>> parseEvalVerdict(
    const QString &text, const QList<Aspect> &aspects, QString *why = nullptr);

} // namespace drpo::eval
