// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"
#include "model/jsonsupport.h"

#include <QString>

#include <optional>

namespace drpo::model {

enum class SearchStrategy { Beam, Greedy, MonteCarlo };
enum class Ranking { PathMean, Last };
enum class Stages { Icl, Prompt, All };

// Every knob of a DRPO run, defaulting to the reference settings.
struct SearchSettings {
    quint64 seed = 42;
    Stages stages = Stages::All;
    SearchStrategy strategy = SearchStrategy::Beam;
    Ranking ranking = Ranking::PathMean;
    CriteriaMode criteriaMode = CriteriaMode::Dynamic; // stage 2, and stage 1 unless set below
    // Stage 1's own criteria mode, for the ablation of dynamic rewarding per stage (the
    // paper's Table 5); empty = the same as criteriaMode.
    std::optional<CriteriaMode> stage1CriteriaMode;
    int beamWidth = 2;          // W
    int actions = 3;            // A: children per expanded node
    int depth = 20;             // D
    int maxExtension = 10;      // extra levels granted by the skip rule
    double skipThreshold = 4.5; // above 5: never carry
    int batchSize = 1;          // b: training queries per level
    int kOptimize = 2;          // K while optimizing
    int kInference = 3;         // K when the profile answers
    int lineageLength = 3;      // previous prompts the optimizer sees
    int maxBullets = 8;
    int maxNewBullets = 2;
    bool dedup = true;
    int validationSize = 0; // held-out queries that re-score the final beam
    int stage1Rounds = 5;   // T
    int minCriteria = 2;
    int maxCriteria = 5;
    int stage1MinCriteria = 3;
    int stage1MaxCriteria = 6;
    QString rootPrompt = QStringLiteral("You are a helpful assistant.");

    CriteriaMode stage1Criteria() const { return stage1CriteriaMode.value_or(criteriaMode); }

    // Returns an empty string when valid, else what is wrong in words a user understands.
    QString validate() const;
    friend bool operator==(const SearchSettings &, const SearchSettings &) = default;
};

QString strategyName(SearchStrategy s);
SearchStrategy strategyFromName(const QString &s, bool *ok = nullptr);
QString rankingName(Ranking r);
QString stagesName(Stages s);
Stages stagesFromName(const QString &s, bool *ok = nullptr);

void to_json(Json &j, const SearchSettings &s);
void from_json(const Json &j, SearchSettings &s);

} // namespace drpo::model
