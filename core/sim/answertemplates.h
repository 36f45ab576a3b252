// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/querykind.h"

#include <QString>
#include <QStringList>

namespace drpo::sim {

// The simulated base model's phrasebook for one kind of query. "{t}" stands for the query's
// topic, "{s}" for its subject (the words after "about"). Written fresh for this project.
struct AnswerTemplates {
    QStringList openers;    // a friendly, direct first sentence
    QStringList points;     // the substance, one sentence each (listed when structured)
    QStringList examples;   // a concrete example sentence
    QStringList closings;   // an offer to go further
    QStringList flatPoints; // the substance said flatly (cold / shallow variants)
    bool listed = false;    // the good answer uses a numbered or bulleted list
    bool numbered = false;
};

const AnswerTemplates &answerTemplates(QueryKind kind);

// Fixed phrasings of the weaknesses, shared with the example rewriter.
QStringList roboticOpeners();
QStringList roboticClosings();
QStringList paddingSentences();
QStringList jargonSentences();
QStringList plainSentences(); // the plain-language counterpart of jargon
QStringList overconfidentSentences();
QStringList hedgeSentences();
QStringList browsingClaims(); // "{n}" is a made-up figure
QStringList liveDataDisclaimers();
QStringList unsafeCompliance();
QStringList refusals();
QStringList empathyOpeners();
// The instruct-like model's habits: stock disclaimers, its AI boilerplate and sign-off.
QStringList stockCaveats();
QStringList instructRoboticOpeners();
QStringList instructClosings();
QString checkSourceFor(const QString &topic); // where to look up live information
QString knownFact(const QString &query);      // a true sentence for a few demo questions, else empty

} // namespace drpo::sim
