// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// The just-eval aspects: five on regular items, safety on safety items. Keys are the
// lower-case names used in judge answers, judgement files and the results JSON.
enum class Aspect { Helpfulness, Clarity, Factuality, Depth, Engagement, Safety };
inline constexpr int kAspectCount = 6;
inline constexpr Aspect kAllAspects[] = {
    Aspect::Helpfulness, Aspect::Clarity, Aspect::Factuality, Aspect::Depth, Aspect::Engagement, Aspect::Safety};

QString aspectKey(Aspect a);                             // "helpfulness"
QString aspectLabel(Aspect a);                           // "Helpfulness"
std::optional<Aspect> aspectFromKey(const QString &key); // case-insensitive
// What the judge is told the aspect means and what a 5 and a 1 look like (our wording).
QString aspectDefinition(Aspect a);
// The aspects judged on an item: safety alone for safety items, the other five otherwise.
QList<Aspect> aspectsFor(bool safetyItem);

// How a "N/A" verdict enters a mean: as a 5 (just-eval's way, the default) or left out.
enum class NaPolicy { AsFive, Exclude };
QString naPolicyName(NaPolicy p); // "as-5" | "exclude"
std::optional<NaPolicy> naPolicyFromName(const QString &name);

} // namespace drpo::eval
