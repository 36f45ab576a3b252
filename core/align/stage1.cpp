#include "align/stage1.h"

#include "reward/jsonextract.h"

namespace drpo::align {

Stage1::Stage1(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
    const model::SearchSettings &settings, Hooks hooks)
    : m_calls(calls)
    , m_rewarder(rewarder)
    , m_builder(builder)
    , m_settings(settings)
    , m_hooks(std::move(hooks))
{}

int Stage1::bestIndex(const QList<model::ExampleVersion> &history)
{
    int best = -1;
    for (int i = 0; i < history.size(); ++i) {
        const auto &r = history[i].evaluation.reward;
        if (r && (best < 0 || *r > *history[best].evaluation.reward))
            best = i;
    }
    return best < 0 ? 0 : best;
}

void Stage1::reportProgress(int done, int total) const
{
    if (m_hooks.progress)
        m_hooks.progress(done, total);
}

QList<model::Example> Stage1::run(const QList<model::Example> &seeds)
{
    QList<model::Example> examples = seeds;
    QList<QPair<QString, QString>> queries;
    for (const model::Example &e : std::as_const(examples))
        queries.push_back({e.query, e.category});
    const int total = int(examples.size());
    // An example is done once no rewrite of it is coming: it scored all fives, failed, or
    // used up its rounds.
    const auto doneCount = [](const QList<bool> &active) { return int(active.count(false)); };
    m_rewarder.ensureSelections(queries, {m_settings.stage1MinCriteria, m_settings.stage1MaxCriteria});
    if (m_calls.mustStop())
        return {};
    reportProgress(0, total);

    // Round 0 judges the seeds as they are.
    QList<model::Evaluation> evals(examples.size());
    QList<model::Evaluation *> ptrs;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        evals[i].queryId = examples[i].id;
        evals[i].query = examples[i].query;
        evals[i].answer = examples[i].answer;
        ptrs.push_back(&evals[i]);
    }
    m_rewarder.judge(ptrs, /*harsh=*/true);
    if (m_calls.mustStop())
        return {};
    QList<bool> active(examples.size(), true);
    for (qsizetype i = 0; i < examples.size(); ++i) {
        examples[i].history = {model::ExampleVersion{examples[i].answer, evals[i], QStringLiteral("seed")}};
        examples[i].bestVersion = 0;
        active[i] = evals[i].error.isEmpty() && !evals[i].allFives();
        if (m_hooks.exampleUpdated)
            m_hooks.exampleUpdated(int(i), examples[i]);
    }
    reportProgress(m_settings.stage1Rounds > 0 ? doneCount(active) : total, total);

    for (int round = 1; round <= m_settings.stage1Rounds; ++round) {
        QList<int> idx;
        QList<llm::LlmRequest> requests;
        for (qsizetype i = 0; i < examples.size(); ++i) {
            if (!active[i])
                continue;
            model::Example current = examples[i];
            current.answer = examples[i].history.last().answer;
            idx.push_back(int(i));
            requests.push_back(m_builder.rewriteExample(current, examples[i].history.last().evaluation));
        }
        if (idx.isEmpty())
            break;
        const QList<llm::LlmResponse> responses = m_calls.run(requests);
        if (m_calls.mustStop())
            return {};
        reportProgress(doneCount(active), total); // the rewrites' calls and tokens
        QList<model::Evaluation> next(idx.size());
        QList<model::Evaluation *> toJudge;
        for (qsizetype j = 0; j < idx.size(); ++j) {
            const model::Example &ex = examples[idx[j]];
            next[j].queryId = ex.id;
            next[j].query = ex.query;
            const std::optional<QString> answer =
                responses[j].ok() ? reward::extractTagged(responses[j].text(), QStringLiteral("answer")) : std::nullopt;
            if (!answer) {
                next[j].error = responses[j].ok() ? QStringLiteral("the rewrite had no <answer> section")
                                                  : responses[j].errorMessage;
                if (m_hooks.log)
                    m_hooks.log(QStringLiteral("example %1: %2").arg(ex.id, next[j].error));
                continue;
            }
            next[j].answer = *answer;
            toJudge.push_back(&next[j]);
        }
        m_rewarder.judge(toJudge, /*harsh=*/true);
        if (m_calls.mustStop())
            return {};
        for (qsizetype j = 0; j < idx.size(); ++j) {
            model::Example &ex = examples[idx[j]];
            if (!next[j].error.isEmpty()) {
                active[idx[j]] = false;
                continue;
            }
            ex.history.push_back(model::ExampleVersion{next[j].answer, next[j], QStringLiteral("rewrite")});
            ex.bestVersion = bestIndex(ex.history);
            ex.answer = ex.history[ex.bestVersion].answer;
            active[idx[j]] = !next[j].allFives();
            if (m_hooks.exampleUpdated)
                m_hooks.exampleUpdated(idx[j], ex);
        }
        reportProgress(round < m_settings.stage1Rounds ? doneCount(active) : total, total);
    }
    return examples;
}

} // namespace drpo::align
