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
    double bestReward = 0;
    double meanReward = 0;
    bool extended = false; // a carried node extended the depth

    friend bool operator==(const LevelSummary &, const LevelSummary &) = default;
};

// A cached criteria selection for one query.
struct Selection {
    QStringList criteria;
    QString reason;
    friend bool operator==(const Selection &, const Selection &) = default;
};

enum class RunStatus { Running, Paused, Stopped, Finished, Failed };
QString runStatusName(RunStatus s);
RunStatus runStatusFromName(const QString &s);

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
    RunStatus status = RunStatus::Running;
    QString error;
    RunInput input;

    bool stage1Done = false;
    QList<Example> examples;             // stage-1 output (or the seeds when stage 1 is skipped)
    QMap<QString, Selection> selections; // query text -> selection (dynamic mode)

    QList<Node> nodes;
    QList<LevelSummary> levels;
    int depthLimit = 0; // D plus the extension granted so far
    bool stage2Done = false;

    std::optional<double> rootReward;
    std::optional<double> bestReward;
    QString bestNodeId;
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
