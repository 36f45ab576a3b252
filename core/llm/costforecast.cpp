// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/costforecast.h"

#include "llm/llmrequest.h"
#include "llm/llmtext.h"

#include <QCoreApplication>

namespace drpo::llm {

namespace {

// Typical sizes (tokens) of the prompts DRPO sends; rough, but they make the forecast's
// order of magnitude right. Answers are assumed to use about 60% of max_tokens.
constexpr qint64 kSystemPrompt = 250;
constexpr qint64 kExample = 250;
constexpr qint64 kQuery = 60;
constexpr qint64 kCriterion = 45;
constexpr qint64 kCriteriaLibrary = 14 * kCriterion;
constexpr qint64 kVerdictPerCriterion = 60;
constexpr qint64 kInstructions = 250;
constexpr qint64 kNewPrompt = 350;
constexpr qint64 kEmbedBatch = kEmbedBatchSize;

struct Shape {
    qint64 answer;
    qint64 criteria;
};

void add(RoleForecast &f, qint64 calls, qint64 prompt, qint64 completion)
{
    f.calls += calls;
    f.promptTokens += calls * prompt;
    f.completionTokens += calls * completion;
}

} // namespace

CostForecast forecast(const model::ModelSettings &models, const model::SearchSettings &s, int queryCount,
    int exampleCount, const PriceTable &prices)
{
    using model::Role;
    CostForecast out;
    RoleForecast &base = out.byRole[Role::Base];
    RoleForecast &selector = out.byRole[Role::Selector];
    RoleForecast &judge = out.byRole[Role::Judge];
    RoleForecast &optimizer = out.byRole[Role::Optimizer];

    const qint64 answer = qMax<qint64>(1, models.base.maxTokens * 6 / 10);
    const qint64 criteria = (s.minCriteria + s.maxCriteria + 1) / 2;
    const qint64 respondPrompt = kSystemPrompt + s.kOptimize * kExample + kQuery;
    const qint64 judgePrompt = kInstructions + kQuery + answer + criteria * kCriterion;
    const qint64 judgeOut = criteria * kVerdictPerCriterion;
    const qint64 selectPrompt = kInstructions + kQuery + kCriteriaLibrary;
    const qint64 selectOut = 150;
    const bool stage1 = s.stages != model::Stages::Prompt;
    const bool stage2 = s.stages != model::Stages::Icl;
    qint64 selectCalls = 0;
    const qint64 distinctQueries = qMax(0, queryCount);

    if (stage1) {
        const qint64 n = qMax(0, exampleCount);
        const qint64 rounds = qMax(1, s.stage1Rounds);
        add(judge, n * rounds, judgePrompt, judgeOut);
        add(optimizer, n * rounds, kInstructions + kQuery + answer + criteria * kVerdictPerCriterion, answer);
        add(selector, n, selectPrompt, selectOut);
    }
    if (stage2) {
        const qint64 b = qMax(1, s.batchSize);
        const qint64 A = qMax(1, s.actions);
        const qint64 W = s.strategy == model::SearchStrategy::Greedy ? 1 : qMax(1, s.beamWidth);
        const bool withN = models.optimizer.supportsN && models.optimizer.kind != u"anthropic";
        // Level 0 scores the root.
        add(base, b, respondPrompt, answer);
        add(judge, b, judgePrompt, judgeOut);
        selectCalls += b;
        qint64 beam = 1;
        for (int level = 1; level <= s.depth; ++level) {
            const qint64 optPrompt =
                kInstructions + kSystemPrompt * (1 + s.lineageLength) + b * (kQuery + answer + judgeOut);
            add(optimizer, withN ? beam : beam * A, optPrompt, withN ? A * kNewPrompt : kNewPrompt);
            add(base, beam * A * b, respondPrompt, answer);
            add(judge, beam * A * b, judgePrompt, judgeOut);
            selectCalls += b;
            beam = qMin(W, beam * A);
        }
        if (s.validationSize > 0) {
            add(base, beam * s.validationSize, respondPrompt, answer);
            add(judge, beam * s.validationSize, judgePrompt, judgeOut);
            selectCalls += s.validationSize;
        }
        // Selections are cached per query: never more than the distinct queries.
        add(selector, distinctQueries > 0 ? qMin(selectCalls, distinctQueries) : selectCalls, selectPrompt, selectOut);
        // Retrieval by embeddings: every example query and every query, once per run, in
        // batches of kEmbedBatch texts (nothing is generated).
        const qint64 texts = qMax(0, exampleCount) + distinctQueries;
        if (models.hasEmbedder() && exampleCount > 0 && s.kOptimize > 0 && texts > 0) {
            RoleForecast &embedder = out.byRole[Role::Embedder];
            const qint64 calls = (texts + kEmbedBatch - 1) / kEmbedBatch;
            embedder.calls += calls;
            embedder.promptTokens += texts * kQuery;
        }
    }

    for (auto it = out.byRole.begin(); it != out.byRole.end(); ++it) {
        const model::RoleConfig &c = models.role(it.key());
        if (c.isSim()) {
            it->costUsd = 0;
        } else {
            bool known = true;
            it->costUsd = prices.cost(c.model, it->promptTokens, it->completionTokens, &known);
            it->priceKnown = known;
            out.allPricesKnown = out.allPricesKnown && known;
        }
        out.totalCalls += it->calls;
        out.totalCostUsd += it->costUsd;
    }
    out.note = LlmText::tr("an upper bound: every level runs (no early skip), nothing comes from the cache; "
                           "tokens are estimated from typical prompt sizes");
    if (!out.allPricesKnown)
        out.note += LlmText::tr("; some models have no price in the price table and count as $0");
    return out;
}

} // namespace drpo::llm
