// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/node.h"

namespace drpo::model {

QString originName(Origin o)
{
    switch (o) {
    case Origin::Root: return QStringLiteral("root");
    case Origin::Optimizer: return QStringLiteral("optimizer");
    case Origin::Carried: return QStringLiteral("carried");
    case Origin::Human: return QStringLiteral("human");
    }
    return {};
}

Origin originFromName(const QString &s)
{
    if (s == u"optimizer")
        return Origin::Optimizer;
    if (s == u"carried")
        return Origin::Carried;
    if (s == u"human")
        return Origin::Human;
    return Origin::Root;
}

Usage &Usage::operator+=(const Usage &o)
{
    calls += o.calls;
    promptTokens += o.promptTokens;
    completionTokens += o.completionTokens;
    cacheHits += o.cacheHits;
    costUsd += o.costUsd;
    return *this;
}

void to_json(Json &j, const Usage &u)
{
    j = Json{{"calls", u.calls}, {"prompt_tokens", u.promptTokens}, {"completion_tokens", u.completionTokens},
        {"cache_hits", u.cacheHits}, {"cost_usd", u.costUsd}};
}

void from_json(const Json &j, Usage &u)
{
    u = Usage{};
    readOptional(j, "calls", u.calls);
    readOptional(j, "prompt_tokens", u.promptTokens);
    readOptional(j, "completion_tokens", u.completionTokens);
    readOptional(j, "cache_hits", u.cacheHits);
    readOptional(j, "cost_usd", u.costUsd);
}

void to_json(Json &j, const Node &n)
{
    j = Json{{"id", n.id}, {"parent", n.parentId}, {"level", n.level}, {"origin", originName(n.origin)},
        {"prompt", n.prompt}, {"reward", n.reward}, {"path_reward", n.pathReward}, {"in_beam", n.inBeam},
        {"evaluations", n.evaluations}, {"usage", n.usage}};
    if (!n.note.isEmpty())
        j["note"] = n.note;
    if (n.validationReward)
        j["validation_reward"] = *n.validationReward;
}

void from_json(const Json &j, Node &n)
{
    n = Node{};
    j.at("id").get_to(n.id);
    readOptional(j, "parent", n.parentId);
    readOptional(j, "level", n.level);
    QString origin;
    readOptional(j, "origin", origin);
    n.origin = originFromName(origin);
    j.at("prompt").get_to(n.prompt);
    readOptional(j, "note", n.note);
    readOptional(j, "evaluations", n.evaluations);
    readOptional(j, "reward", n.reward);
    readOptional(j, "path_reward", n.pathReward);
    readOptional(j, "validation_reward", n.validationReward);
    readOptional(j, "in_beam", n.inBeam);
    readOptional(j, "usage", n.usage);
}

} // namespace drpo::model
