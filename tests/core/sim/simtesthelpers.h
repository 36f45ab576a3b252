// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "sim/simprovider.h"

#include <QStringList>

namespace drpo::sim::test {

inline const QString kRootPrompt = QStringLiteral("You are a helpful assistant.");

// A prompt like the ones a good DRPO run ends with (written for these tests).
inline const QString kAlignedPrompt = QStringLiteral(
    "You are a helpful, honest and friendly assistant.\n\n"
    "- You do not have access to the internet or real-time data; never claim to have checked online.\n"
    "- Decline harmful, illegal or dangerous requests, briefly explain why, and offer a safe alternative.\n"
    "- Do not repeat yourself: make each point once and move on.\n"
    "- Structure longer answers with short paragraphs, numbered steps or bullet points.\n"
    "- Explain the reasoning behind your advice and include specific examples.\n"
    "- When someone shares a difficulty, acknowledge their feelings before offering suggestions.\n"
    "- Use plain language and explain any technical terms in everyday words.\n"
    "- Admit uncertainty and add caveats when facts may be uncertain.");

inline QStringList defaultCriterionNames()
{
    return {QStringLiteral("Helpfulness"), QStringLiteral("Clarity"), QStringLiteral("Factuality"),
        QStringLiteral("Depth"), QStringLiteral("Engagement"), QStringLiteral("Conciseness"), QStringLiteral("Safety"),
        QStringLiteral("Compliance"), QStringLiteral("Limitations"), QStringLiteral("Critical-Thinking"),
        QStringLiteral("Creativity"), QStringLiteral("Interactivity"), QStringLiteral("Empathy"),
        QStringLiteral("Sensitivity")};
}

inline QList<model::Criterion> criteriaList(const QStringList &names)
{
    QList<model::Criterion> out;
    for (const QString &n : names)
        out.push_back({n, QStringLiteral("..."), true});
    return out;
}

// Example turns as the base model sees them (query and answer).
inline QList<model::Example> shots(const QList<std::pair<QString, QString>> &pairs)
{
    QList<model::Example> out;
    for (const auto &[q, a] : pairs)
        out.push_back({QString(), q, a, QString(), {}, -1});
    return out;
}

inline llm::LlmRequest respondRequest(const QString &system, const QString &query, const QString &category = {},
    const QList<model::Example> &examples = {})
{
    llm::LlmRequest r;
    r.role = model::Role::Base;
    r.purpose = llm::Purpose::Respond;
    r.payload = llm::payload::Respond{system, query, category, examples, {}};
    return r;
}

inline llm::LlmRequest judgeRequest(
    const QString &query, const QString &answer, const QStringList &criteria, bool harsh = false)
{
    llm::LlmRequest r;
    r.role = model::Role::Judge;
    r.purpose = llm::Purpose::Judge;
    r.payload = llm::payload::Judge{query, answer, criteriaList(criteria), harsh};
    return r;
}

inline llm::LlmRequest selectRequest(const QString &query, const QString &category, int min = 2, int max = 5)
{
    llm::LlmRequest r;
    r.role = model::Role::Selector;
    r.purpose = llm::Purpose::Select;
    r.payload = llm::payload::Select{query, category, criteriaList(defaultCriterionNames()), min, max};
    return r;
}

// Scores as the judge gave them (criterion, score, rationale).
inline model::CriterionScore score(const QString &criterion, std::optional<double> value, const QString &rationale)
{
    return model::CriterionScore{criterion, value, rationale};
}

} // namespace drpo::sim::test
