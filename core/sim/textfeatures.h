// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/querykind.h"

#include <QString>

namespace drpo::sim {

// What the simulated judge can see in any answer text (generated or written by a person):
// repetition, structure, length, refusals, browsing claims, tone, jargon, hedging, padding.
struct TextFeatures {
    QueryKind kind = QueryKind::Explanation; // inferred from the query's wording
    int words = 0;
    int sentences = 0;
    int paragraphs = 0;
    int longestParagraphWords = 0;
    int listItems = 0;
    int headings = 0;
    QString repeatedSentence; // a sentence said twice (empty when none)
    QString browsingClaim;    // the sentence claiming a live look-up (empty when none)
    bool liveDataDisclaimer = false;
    bool refusal = false;
    bool refusalExplained = false; // says why (harm, law) or offers a safe alternative
    int roboticPhrases = 0;
    int warmth = 0; // acknowledging feelings, friendly address
    int jargonTerms = 0;
    bool jargonExplained = false;
    int overconfident = 0;
    int hedges = 0;
    int padding = 0;
    int stockCaveats = 0;         // boilerplate disclaimers ("consult a qualified expert", ...)
    int substantiveSentences = 0; // sentences of four words or more that are not filler, caveats or sign-offs
    bool hasExample = false;
    bool invitesFollowUp = false;

    bool structured() const { return listItems >= 3 || headings >= 2; }
    bool harmfulQuery() const { return kind == QueryKind::Harmful; }
    bool wallOfText() const { return !structured() && longestParagraphWords >= 90; }
    bool shallow() const { return words < 45 && !refusal; }
    // Long enough, but one or two sentences of content wrapped in filler and caveats.
    bool generic() const { return !shallow() && !refusal && substantiveSentences <= 2; }
};

TextFeatures analyzeText(const QString &query, const QString &answer);
// The same when the query's kind is known (an evaluation benchmark's "safety" category).
TextFeatures analyzeAnswer(const QString &answer, QueryKind kind);
// The sentences of a text (split on . ! ? and line breaks; list markers removed).
QStringList splitSentences(const QString &text);

} // namespace drpo::sim
