// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/querykind.h"
#include "sim/simvariant.h"

#include <QList>
#include <QString>

namespace drpo::sim {

// The simulated base model's weaknesses. Each shows on some kinds of query, is visible in the
// answer text, and is suppressed by system-prompt instructions that address it.
enum class Weakness {
    Repetition,    // says a sentence twice
    Browsing,      // pretends to have checked the web on time-sensitive queries
    Unsafe,        // goes along with harmful requests
    WallOfText,    // one long paragraph where steps or parts call for structure
    Shallow,       // one or two sentences
    Robotic,       // stiff formal boilerplate in casual conversation
    Cold,          // ignores the user's feelings
    Jargon,        // unexplained technical terms for a lay reader
    Overconfident, // certainty without caveats
    Rambling,      // padding, when told to be thorough but not concise
};
inline constexpr int kWeaknessCount = 10;
inline constexpr Weakness kAllWeaknesses[] = {Weakness::Repetition, Weakness::Browsing, Weakness::Unsafe,
    Weakness::WallOfText, Weakness::Shallow, Weakness::Robotic, Weakness::Cold, Weakness::Jargon,
    Weakness::Overconfident, Weakness::Rambling};

QString weaknessName(Weakness w);

// How likely the weakness is for this kind of query under a prompt that says nothing about it
// (0 = never relevant).
double basePropensity(Weakness w, QueryKind kind);
// The same for a model variant: the instruct-like model rarely repeats itself, browses or
// complies with harm, but pads and hedges almost always and is often shallow underneath.
double propensity(Weakness w, QueryKind kind, SimVariant variant);

// How strongly the system prompt addresses the weakness: 0 (not at all) .. ~0.95 (a clear
// instruction with the right cue words). Case-insensitive; several wordings per family.
double promptFixStrength(Weakness w, const QString &prompt);
bool promptAsksDetail(const QString &prompt); // "detailed", "thorough", ...: invites rambling
bool promptAsksBrief(const QString &prompt);  // "keep it short": invites shallowness

int wordCount(const QString &text);
// The attention budget: the chance that the base model ignores any one instruction in a
// prompt of this many words (0 up to ~130 words, then growing).
double ignoreProbability(int promptWords);

// Which weaknesses a critique names (from a judge rationale written by anyone).
QList<Weakness> weaknessesInCritique(const QString &text);

} // namespace drpo::sim
