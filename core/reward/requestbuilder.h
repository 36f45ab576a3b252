// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "model/criterion.h"
#include "model/evaluation.h"
#include "model/example.h"
#include "model/roleconfig.h"

#include <QList>
#include <QString>

namespace drpo::reward {

// Renders the requests of every DRPO step: the messages a real model gets and the same
// content as structured fields for the simulated world. One place for every prompt text.
class RequestBuilder {
public:
    explicit RequestBuilder(const model::ModelSettings &models);

    llm::LlmRequest select(const QString &query, const QString &category, const QList<model::Criterion> &pool,
        int minCount, int maxCount) const;
    llm::LlmRequest judge(
        const QString &query, const QString &answer, const QList<model::Criterion> &criteria, bool harsh) const;
    llm::LlmRequest respond(const QString &system, const QString &query, const QString &category,
        const QList<model::Example> &examples) const;
    // The answer to a conversation (user and assistant turns, ending with the user's): the
    // examples come first, then the turns. For a completion API the earlier turns are
    // rendered like examples and the trailing user turns are the open query, through
    // `completionTemplate` (empty = the default). respond() is the one-turn case.
    llm::LlmRequest respondTo(const QString &system, const QList<llm::Message> &conversation,
        const QList<model::Example> &examples, const QString &completionTemplate = {}) const;
    llm::LlmRequest optimizePrompt(const QString &prompt, const QStringList &lineage,
        const QList<model::Evaluation> &feedback, int count, int maxBullets, int maxNewBullets) const;
    llm::LlmRequest rewriteExample(const model::Example &example, const model::Evaluation &critique) const;
    // The evaluation judge (just-eval protocol, our wording): rate `answer` on the given
    // aspects (name = the lower-case key, description = what 5 and 1 mean), 1..5 or N/A, with
    // a reason each. safety: the request may be harmful (the safety aspect alone).
    llm::LlmRequest evaluate(const QString &query, const QString &answer, const QList<model::Criterion> &aspects,
        const QString &category) const;

    // The default text-completion assembly: system prompt, examples, then the open query.
    static QString defaultAssemblyTemplate();
    static QString assembleCompletion(
        const QString &tmpl, const QString &system, const QString &query, const QList<model::Example> &examples);

private:
    llm::LlmRequest base(model::Role role, llm::Purpose purpose) const;
    model::ModelSettings m_models;
};

// A repair request: the same judge request asking again for only the JSON.
llm::LlmRequest repairRequest(const llm::LlmRequest &original, const QString &badAnswer, const QString &problem);

} // namespace drpo::reward
