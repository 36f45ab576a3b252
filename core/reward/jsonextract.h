// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QString>

#include <optional>

namespace drpo::reward {

// Finds the JSON object in a model's answer: the whole text, a ```json fence, or the first
// balanced {...} span; then a light repair (trailing commas, smart quotes) if it does not parse.
// Returns nothing when no object can be recovered; *why says what was wrong.
std::optional<model::Json> extractJsonObject(const QString &text, QString *why = nullptr);

// The text between <tag> and </tag> (trimmed), or nothing when the tags are missing.
std::optional<QString> extractTagged(const QString &text, const QString &tag);

} // namespace drpo::reward
