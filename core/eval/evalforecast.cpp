// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalforecast.h"

#include "llm/llmrequest.h"

namespace drpo::eval {

namespace {
// Rough sizes (tokens) of the evaluation judge's instructions and of one aspect's verdict.
constexpr qint64 kJudgeInstructions = 350;
constexpr qint64 kAspectDefinition = 45;
constexpr qint64 kVerdictPerAspect = 60;
} // namespace

EvalForecast forecastEvaluation(const EvalResults &r, const llm::PriceTable &prices)
{
    EvalForecast f;
    const model::RoleConfig &judge = r.settings.models.judge;
    auto addCost = [&](const model::RoleConfig &c, qint64 prompt, qint64 completion) {
        f.promptTokens += prompt;
        f.completionTokens += completion;
        if (c.isSim())
            return;
        f.simulated = false;
        bool known = true;
        f.costUsd += prices.cost(c.model, prompt, completion, &known);
        f.allPricesKnown = f.allPricesKnown && known;
    };
    for (const SystemResult &s : r.systems) {
        const qint64 answerTokens = qMax<qint64>(1, s.spec.endpoint.maxTokens * 6 / 10);
        qint64 shots = 0;
        for (qsizetype i = 0; i < s.spec.examples.size() && i < s.spec.k; ++i)
            shots += llm::estimateTokens(s.spec.examples[i].query) + llm::estimateTokens(s.spec.examples[i].answer);
        for (const BenchmarkItem &item : r.benchmark.items) {
            const auto it = s.items.constFind(item.id);
            if (it != s.items.cend() && it->isDone())
                continue;
            if (it == s.items.cend() && !s.spec.generates())
                continue; // not in the file: nothing to do
            const qint64 query = llm::estimateTokens(item.instruction);
            qint64 answer = answerTokens;
            if (it == s.items.cend()) {
                ++f.generateCalls;
                addCost(s.spec.endpoint, llm::estimateTokens(s.spec.prompt) + shots + query, answerTokens);
            } else {
                answer = llm::estimateTokens(it->output);
            }
            const qint64 aspects = item.isSafety() ? 1 : 5;
            ++f.judgeCalls;
            addCost(
                judge, kJudgeInstructions + query + answer + aspects * kAspectDefinition, aspects * kVerdictPerAspect);
        }
    }
    return f;
}

} // namespace drpo::eval
