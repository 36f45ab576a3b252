// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/runrecord.h"

#include <stdexcept>

namespace drpo::model {

QString runStateName(RunState s)
{
    switch (s) {
    case RunState::Idle: return QStringLiteral("idle");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Paused: return QStringLiteral("paused");
    case RunState::Stopping: return QStringLiteral("stopping");
    case RunState::Stopped: return QStringLiteral("stopped");
    case RunState::Finished: return QStringLiteral("finished");
    case RunState::Failed: return QStringLiteral("failed");
    }
    return {};
}

RunState runStateFromName(const QString &s)
{
    for (RunState st : {RunState::Idle, RunState::Running, RunState::Paused, RunState::Stopping, RunState::Stopped,
             RunState::Finished, RunState::Failed})
        if (runStateName(st) == s)
            return st;
    return RunState::Running;
}

bool isActive(RunState s)
{
    return s == RunState::Running || s == RunState::Paused || s == RunState::Stopping;
}

QString bestMeasureName(BestMeasure m)
{
    switch (m) {
    case BestMeasure::PathMean: return QStringLiteral("path_mean");
    case BestMeasure::LastReward: return QStringLiteral("last_reward");
    case BestMeasure::Validation: return QStringLiteral("validation");
    }
    return {};
}

BestMeasure bestMeasureFromName(const QString &s)
{
    for (BestMeasure m : {BestMeasure::PathMean, BestMeasure::LastReward, BestMeasure::Validation})
        if (bestMeasureName(m) == s)
            return m;
    return BestMeasure::PathMean;
}

const Node *RunRecord::node(const QString &nodeId) const
{
    for (const Node &n : nodes)
        if (n.id == nodeId)
            return &n;
    return nullptr;
}

Node *RunRecord::node(const QString &nodeId)
{
    for (Node &n : nodes)
        if (n.id == nodeId)
            return &n;
    return nullptr;
}

QList<const Node *> RunRecord::path(const QString &nodeId) const
{
    QList<const Node *> out;
    const Node *n = node(nodeId);
    while (n) {
        out.prepend(n);
        if (out.size() > nodes.size())
            break; // defensive: a corrupt file with a parent cycle
        n = n->parentId.isEmpty() ? nullptr : node(n->parentId);
    }
    return out;
}

Usage RunRecord::totalUsage() const
{
    Usage total;
    for (const Usage &u : usageByRole)
        total += u;
    return total;
}

void to_json(Json &j, const RunInput &in)
{
    j = Json{{"queries", in.queries}, {"criteria", in.criteria}, {"seed_examples", in.seedExamples},
        {"models", in.models}, {"settings", in.settings}};
}

void from_json(const Json &j, RunInput &in)
{
    in = RunInput{};
    j.at("queries").get_to(in.queries);
    j.at("criteria").get_to(in.criteria);
    readOptional(j, "seed_examples", in.seedExamples);
    readOptional(j, "models", in.models);
    readOptional(j, "settings", in.settings);
}

void to_json(Json &j, const LevelSummary &l)
{
    j = Json{{"level", l.level}, {"query_ids", l.queryIds}, {"beam", l.beamIds}, {"best_reward", l.bestReward},
        {"mean_reward", l.meanReward}, {"unscored", l.unscored}, {"extended", l.extended}, {"best_node", l.bestNodeId},
        {"best_figure", l.bestFigure}};
}

void from_json(const Json &j, LevelSummary &l)
{
    l = LevelSummary{};
    j.at("level").get_to(l.level);
    readOptional(j, "query_ids", l.queryIds);
    readOptional(j, "beam", l.beamIds);
    readOptional(j, "best_reward", l.bestReward);
    readOptional(j, "mean_reward", l.meanReward);
    readOptional(j, "unscored", l.unscored);
    readOptional(j, "extended", l.extended);
    readOptional(j, "best_node", l.bestNodeId);
    readOptional(j, "best_figure", l.bestFigure);
}

void to_json(Json &j, const RunRecord &r)
{
    Json selections = Json::object();
    for (auto it = r.selections.cbegin(); it != r.selections.cend(); ++it)
        selections[it.key().toStdString()] = Json{{"criteria", it->criteria}, {"reason", it->reason}};
    Json usage = Json::object();
    for (auto it = r.usageByRole.cbegin(); it != r.usageByRole.cend(); ++it)
        usage[it.key().toStdString()] = *it;
    j = Json{{"format", "drpo-run"}, {"format_version", RunRecord::kFormatVersion}, {"id", r.id},
        {"created", r.created}, {"updated", r.updated}, {"provider", r.provider}, {"retrieval", r.retrieval},
        {"status", runStateName(r.status)}, {"seed", r.input.settings.seed}, {"settings", r.input.settings},
        {"input", r.input}, {"stage1_done", r.stage1Done}, {"stage1_round", r.stage1Round},
        {"stage1_active", r.stage1Active}, {"examples", r.examples}, {"selections", selections}, {"nodes", r.nodes},
        {"levels", r.levels}, {"depth_limit", r.depthLimit}, {"stage2_done", r.stage2Done},
        {"root_reward", r.rootReward}, {"best_reward", r.bestReward}, {"best_node", r.bestNodeId},
        {"best_measure", bestMeasureName(r.bestMeasure)}, {"best_queries", r.bestQueries},
        {"best_prompt", r.node(r.bestNodeId) ? r.node(r.bestNodeId)->prompt : QString()}, {"profile", r.profile},
        {"usage", usage}, {"total_usage", r.totalUsage()}};
    if (!r.error.isEmpty())
        j["error"] = r.error;
}

void from_json(const Json &j, RunRecord &r)
{
    r = RunRecord{};
    if (j.value("format", std::string()) != "drpo-run")
        throw std::runtime_error("not a DRPO run record (\"format\" is not \"drpo-run\")");
    const int version = j.at("format_version").get<int>();
    if (version > RunRecord::kFormatVersion)
        throw std::runtime_error("run record format_version " + std::to_string(version) +
            " is newer than this program understands (" + std::to_string(RunRecord::kFormatVersion) + ")");
    readOptional(j, "id", r.id);
    readOptional(j, "created", r.created);
    readOptional(j, "updated", r.updated);
    readOptional(j, "provider", r.provider);
    readOptional(j, "retrieval", r.retrieval);
    QString status;
    readOptional(j, "status", status);
    r.status = runStateFromName(status);
    if (r.status == RunState::Idle || r.status == RunState::Stopping)
        r.status = RunState::Stopped; // live-only states never mean anything on disk
    readOptional(j, "error", r.error);
    j.at("input").get_to(r.input);
    readOptional(j, "stage1_done", r.stage1Done);
    readOptional(j, "stage1_round", r.stage1Round);
    readOptional(j, "stage1_active", r.stage1Active);
    readOptional(j, "examples", r.examples);
    if (auto it = j.find("selections"); it != j.end())
        for (auto s = it->begin(); s != it->end(); ++s)
            r.selections.insert(
                qs(s.key()), Selection{s->at("criteria").get<QStringList>(), s->value("reason", QString())});
    readOptional(j, "nodes", r.nodes);
    readOptional(j, "levels", r.levels);
    readOptional(j, "depth_limit", r.depthLimit);
    readOptional(j, "stage2_done", r.stage2Done);
    readOptional(j, "root_reward", r.rootReward);
    readOptional(j, "best_reward", r.bestReward);
    readOptional(j, "best_node", r.bestNodeId);
    readOptional(j, "best_queries", r.bestQueries);
    readOptional(j, "profile", r.profile);
    if (QString measure; j.contains("best_measure")) {
        readOptional(j, "best_measure", measure);
        r.bestMeasure = bestMeasureFromName(measure);
    } else {
        // Written before the record named its measure: infer it as the engine decided then.
        const Node *best = r.node(r.bestNodeId);
        r.bestMeasure = r.stage2Done && best && best->validationReward ? BestMeasure::Validation
            : r.input.settings.ranking == Ranking::Last                ? BestMeasure::LastReward
                                                                       : BestMeasure::PathMean;
    }
    if (auto it = j.find("usage"); it != j.end())
        for (auto u = it->begin(); u != it->end(); ++u)
            r.usageByRole.insert(qs(u.key()), u->get<Usage>());
}

} // namespace drpo::model
