#include "model/runrecord.h"

#include <stdexcept>

namespace drpo::model {

QString runStatusName(RunStatus s)
{
    switch (s) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Paused: return QStringLiteral("paused");
    case RunStatus::Stopped: return QStringLiteral("stopped");
    case RunStatus::Finished: return QStringLiteral("finished");
    case RunStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

RunStatus runStatusFromName(const QString &s)
{
    for (RunStatus st :
        {RunStatus::Running, RunStatus::Paused, RunStatus::Stopped, RunStatus::Finished, RunStatus::Failed})
        if (runStatusName(st) == s)
            return st;
    return RunStatus::Running;
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
        {"mean_reward", l.meanReward}, {"extended", l.extended}};
}

void from_json(const Json &j, LevelSummary &l)
{
    l = LevelSummary{};
    j.at("level").get_to(l.level);
    readOptional(j, "query_ids", l.queryIds);
    readOptional(j, "beam", l.beamIds);
    readOptional(j, "best_reward", l.bestReward);
    readOptional(j, "mean_reward", l.meanReward);
    readOptional(j, "extended", l.extended);
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
        {"status", runStatusName(r.status)}, {"seed", r.input.settings.seed}, {"settings", r.input.settings},
        {"input", r.input}, {"stage1_done", r.stage1Done}, {"examples", r.examples}, {"selections", selections},
        {"nodes", r.nodes}, {"levels", r.levels}, {"depth_limit", r.depthLimit}, {"stage2_done", r.stage2Done},
        {"root_reward", r.rootReward}, {"best_reward", r.bestReward}, {"best_node", r.bestNodeId},
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
    r.status = runStatusFromName(status);
    readOptional(j, "error", r.error);
    j.at("input").get_to(r.input);
    readOptional(j, "stage1_done", r.stage1Done);
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
    readOptional(j, "profile", r.profile);
    if (auto it = j.find("usage"); it != j.end())
        for (auto u = it->begin(); u != it->end(); ++u)
            r.usageByRole.insert(qs(u.key()), u->get<Usage>());
}

} // namespace drpo::model
