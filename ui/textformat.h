// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "model/node.h"

#include <QString>

#include <optional>

// Shared wording for values the panels show, so every panel says the same thing.
namespace drpo::ui::text {

QString reward(const std::optional<double> &value); // "3.42" or an em dash
QString signedDelta(double delta);                  // "+0.40"
QString origin(model::Origin origin);               // translated
QString role(model::Role role);
QString purpose(llm::Purpose purpose);
QString tokens(qint64 count); // "12.3k"
QString cost(double usd);
QString duration(qint64 ms); // "1 min 20 s"
QString firstLine(const QString &text, int maxChars = 90);
QString shortId(const QString &id);

} // namespace drpo::ui::text
