// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace drpo::sim {

// The kinds of query the simulated world tells apart; each kind brings its own weaknesses.
enum class QueryKind {
    HowTo,
    Explanation,
    TimeSensitive,
    Harmful,
    Emotional,
    Conversational,
    Technical, // technical topics asked by lay users
    Factual,
    Creative,
    Advice,
};

QString queryKindName(QueryKind k); // the demo project's category name
// The category when it names a kind (or a known alias), else inferred from the wording.
QueryKind classifyQuery(const QString &category, const QString &text);
// allowHarmful = false: the text is known to be a harmless request (an evaluation benchmark's
// regular item), so words like "kill a process" do not make it one.
QueryKind inferKindFromText(const QString &text, bool allowHarmful = true);
// The subject of a query as a short phrase, e.g. "change a flat bike tire".
QString queryTopic(const QString &text);

} // namespace drpo::sim
