// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evaluation.h"
#include "model/runrecord.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::reward {

// Reads the judge's JSON verdict for the expected criteria. Scores may be numbers or
// strings ("4", "4/5", "N/A"); N/A becomes a score-less entry. Returns nothing and sets *why
// when the answer cannot be read (no JSON, or fewer than half the criteria scored).
std::optional<QList<model::CriterionScore>> parseJudgeVerdict(
    const QString &text, const QStringList &criteria, QString *why = nullptr);

// Reads the selector's choice (reference format: aspects_selection.selected_aspects + reasoning).
std::optional<model::Selection> parseSelection(const QString &text, QString *why = nullptr);

// One criterion score from a JSON value: 1..5 clamped, or nothing for N/A. *ok is false when
// the value is not a score at all.
std::optional<double> parseScoreValue(const model::Json &value, bool *ok);

} // namespace drpo::reward
