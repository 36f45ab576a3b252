// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/payload.h"

#include <QJsonArray>

namespace drpo::llm {

namespace {

// The key names and shapes below are those of the former untyped fields bag: the sim's cache
// keys hash this object, so changing a name or a shape invalidates every cached answer.
QJsonArray criteriaJson(const QList<model::Criterion> &criteria)
{
    QJsonArray a;
    for (const model::Criterion &c : criteria)
        a.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("description"), c.description}});
    return a;
}

QJsonArray scoresJson(const QList<model::CriterionScore> &scores)
{
    QJsonArray a;
    for (const model::CriterionScore &s : scores)
        a.append(QJsonObject{{QStringLiteral("criterion"), s.criterion},
            {QStringLiteral("score"), s.score ? QJsonValue(*s.score) : QJsonValue()},
            {QStringLiteral("rationale"), s.rationale}});
    return a;
}

QJsonObject toJson(std::monostate)
{
    return {};
}

QJsonObject toJson(const payload::Select &p)
{
    return {{QStringLiteral("query"), p.query}, {QStringLiteral("category"), p.category},
        {QStringLiteral("criteria"), criteriaJson(p.criteria)}, {QStringLiteral("min"), p.min},
        {QStringLiteral("max"), p.max}};
}

QJsonObject toJson(const payload::Judge &p)
{
    return {{QStringLiteral("query"), p.query}, {QStringLiteral("answer"), p.answer},
        {QStringLiteral("criteria"), criteriaJson(p.criteria)}, {QStringLiteral("harsh"), p.harsh}};
}

QJsonObject toJson(const payload::Respond &p)
{
    QJsonArray shots;
    for (const model::Example &e : p.examples)
        shots.append(QJsonObject{{QStringLiteral("query"), e.query}, {QStringLiteral("answer"), e.answer}});
    QJsonObject o{{QStringLiteral("system"), p.system}, {QStringLiteral("query"), p.query},
        {QStringLiteral("category"), p.category}, {QStringLiteral("examples"), shots}};
    if (!p.history.isEmpty()) {
        QJsonArray history;
        for (const Message &m : p.history)
            history.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

QJsonObject toJson(const payload::OptimizePrompt &p)
{
    QJsonArray feedback;
    for (const model::Evaluation &e : p.feedback)
        feedback.append(QJsonObject{{QStringLiteral("query"), e.query}, {QStringLiteral("answer"), e.answer},
            {QStringLiteral("reward"), e.reward ? QJsonValue(*e.reward) : QJsonValue()},
            {QStringLiteral("scores"), scoresJson(e.scores)}});
    return {{QStringLiteral("prompt"), p.prompt}, {QStringLiteral("lineage"), QJsonArray::fromStringList(p.lineage)},
        {QStringLiteral("feedback"), feedback}, {QStringLiteral("max_bullets"), p.maxBullets},
        {QStringLiteral("max_new_bullets"), p.maxNewBullets}};
}

QJsonObject toJson(const payload::RewriteExample &p)
{
    return {{QStringLiteral("query"), p.query}, {QStringLiteral("answer"), p.answer},
        {QStringLiteral("category"), p.category}, {QStringLiteral("scores"), scoresJson(p.scores)}};
}

QJsonObject toJson(const payload::Evaluate &p)
{
    return {{QStringLiteral("query"), p.query}, {QStringLiteral("answer"), p.answer},
        {QStringLiteral("aspects"), QJsonArray::fromStringList(p.aspects)}, {QStringLiteral("category"), p.category}};
}

} // namespace

QJsonObject payloadJson(const Payload &payload)
{
    return std::visit([](const auto &p) { return toJson(p); }, payload);
}

} // namespace drpo::llm
