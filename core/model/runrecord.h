// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"
#include "model/example.h"
#include "model/node.h"
#include "model/profile.h"
#include "model/query.h"
#include "model/roleconfig.h"
#include "model/searchsettings.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace drpo::model {

// Everything a run needs as input; embedded in the run record so a run file alone resumes.
struct RunInput {
    QuerySet queries;
    CriteriaLibrary criteria;
    QList<Example> seedExamples;
    ModelSettings models;
    SearchSettings settings;

    friend bool operator==(const RunInput &, const RunInput &) = default;
};

// What happened at one stage-2 level.
struct LevelSummary {
    int level = 0;
    QStringList queryIds;
    QStringList beamIds; // survivors after ranking
    // The highest and the mean reward of this level's new nodes on its queries (noisy);
    // none when no node could be scored. Unscored nodes are counted, never averaged as 0.
    std::optional<double> bestReward;
    std::optional<double> meanReward;
    int unscored = 0;
    bool extended = false; // a carried node extended the depth
    // The engine's best node after this level, and the figure it is ranked by (path mean or
    // last reward, see the run's ranking rule): the line of progress a chart can draw.
    QString bestNodeId;
    std::optional<double> bestFigure;

    friend bool operator==(const LevelSummary &, const LevelSummary &) = default;
};

// A cached criteria selection for one query.
struct Selection {
    QStringList criteria;
    QString reason;
    friend bool operator==(const Selection &, const Selection &) = default;
};

// The one state of a run, for the engine, the front ends and the run file. A record on disk
// is Running, Paused, Stopped, Finished or Failed; Idle and Stopping exist only while a
// program holds the run (nothing started yet; a stop requested, calls being cancelled).
enum class RunState { Idle, Running, Paused, Stopping, Stopped, Finished, Failed };
QString runStateName(RunState s); // stable keys: "idle", "running", ...
RunState runStateFromName(const QString &s);
// Running, Paused or Stopping: a program is working on the run.
bool isActive(RunState s);

// What the figure of the run's best node means. During the search the engine ranks by the
// path mean (the reference) or by the last level's reward; after it, when there are held-out
// validation queries, the finalists are re-scored on them and that score decides.
enum class BestMeasure { PathMean, LastReward, Validation };
QString bestMeasureName(BestMeasure m); // stable keys: "path_mean", "last_reward", "validation"
BestMeasure bestMeasureFromName(const QString &s);

// The record of a run, rewritten atomically after every level: always valid and resumable.
struct RunRecord {
    static constexpr int kFormatVersion = 1;

    QString id;
    QString created; // ISO 8601 UTC
    QString updated;
    QString provider; // "sim" or a description of the configured roles
    // How stage 2 picked its in-context examples: "bm25", "bm25 (embeddings failed)" or
    // "embeddings (<embedder>)"; empty until stage 2 has retrieved.
    QString retrieval;
    RunState status = RunState::Running;
    QString error;
    RunInput input;

    bool stage1Done = false;
    // Stage 1 in progress, saved after every round: the examples with their versions so far
    // (each answer its best version), the last completed round (-1: none yet, 0: the seeds
    // are judged) and which examples are still being improved.
    QList<Example> examples; // when stage1Done: the stage-1 output (or the seeds when skipped)
    int stage1Round = -1;
    QList<bool> stage1Active;
    QMap<QString, Selection> selections; // query text -> selection (dynamic mode)

    QList<Node> nodes;
    QList<LevelSummary> levels;
    int depthLimit = 0; // D plus the extension granted so far
    bool stage2Done = false;

    // The engine's best node and its figure, with the starting prompt's figure by the same
    // measure: the ranking rule's figure while searching, the held-out score once validated.
    // Every front end shows these; none ranks nodes by a rule of its own.
    std::optional<double> rootReward;
    std::optional<double> bestReward;
    QString bestNodeId;
    BestMeasure bestMeasure = BestMeasure::PathMean;
    int bestQueries = 0; // queries behind the figure: validation queries, or the level's batch
    AlignmentProfile profile;
    QMap<QString, Usage> usageByRole;

    const Node *node(const QString &nodeId) const;
    Node *node(const QString &nodeId);
    QList<const Node *> path(const QString &nodeId) const; // root first
    Usage totalUsage() const;
};

void to_json(Json &j, const RunInput &in);
void from_json(const Json &j, RunInput &in);
void to_json(Json &j, const LevelSummary &l);
void from_json(const Json &j, LevelSummary &l);
void to_json(Json &j, const RunRecord &r);
void from_json(const Json &j, RunRecord &r);

} // namespace drpo::model
