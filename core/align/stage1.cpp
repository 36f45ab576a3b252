// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/stage1.h"

#include "reward/jsonextract.h"

#include <QCoreApplication>

namespace drpo::align {

using engine::RunEvent;
namespace ev = engine::event;

Stage1::Stage1(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
    model::RunRecord &record, engine::EventSink sink)
    : m_calls(calls)
    , m_rewarder(rewarder)
    , m_builder(builder)
    , m_record(record)
    , m_sink(std::move(sink))
{
    if (m_record.stage1Round < 0) {
        m_record.examples = m_record.input.seedExamples;
        m_record.stage1Active = QList<bool>(m_record.examples.size(), true);
    }
}

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

bool Stage1::done() const
{
    if (m_record.stage1Round < 0)
        return false;
    return m_record.stage1Round >= m_record.input.settings.stage1Rounds || !m_record.stage1Active.contains(true);
}

int Stage1::doneCount() const
{
    if (m_record.stage1Round < 0)
        return 0;
    return done() ? total() : int(m_record.stage1Active.count(false));
}

void Stage1::log(const QString &message)
{
    if (m_sink)
        m_sink(RunEvent{
            ev::Log{engine::LogEntry{QDateTime::currentDateTimeUtc(), engine::LogEntry::Severity::Warning, message}}});
}

bool Stage1::runNextRound()
{
    if (done())
        return true;
    QList<QPair<QString, QString>> queries;
    for (const model::Example &e : std::as_const(m_record.examples))
        queries.push_back({e.query, e.category});
    const model::SearchSettings &s = m_record.input.settings;
    m_rewarder.ensureSelections(
        queries, {s.stage1MinCriteria, s.stage1MaxCriteria}, [this](const QString &q, const model::Selection &sel) {
            if (m_sink)
                m_sink(RunEvent{ev::SelectionMade{q, sel}});
        });
    if (m_calls.mustStop())
        return false;
    return m_record.stage1Round < 0 ? judgeSeeds() : rewriteRound(m_record.stage1Round + 1);
}

bool Stage1::judgeSeeds()
{
    QList<model::Example> examples = m_record.examples;
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
        return false;
    QList<bool> active(examples.size(), true);
    for (qsizetype i = 0; i < examples.size(); ++i) {
        examples[i].history = {model::ExampleVersion{examples[i].answer, evals[i], QStringLiteral("seed")}};
        examples[i].bestVersion = 0;
        active[i] = evals[i].error.isEmpty() && !evals[i].allFives();
    }
    m_record.examples = examples;
    m_record.stage1Active = active;
    m_record.stage1Round = 0;
    if (m_sink)
        for (qsizetype i = 0; i < examples.size(); ++i)
            m_sink(RunEvent{ev::ExampleUpdated{int(i), examples[i]}});
    return true;
}

bool Stage1::rewriteRound(int round)
{
    QList<model::Example> examples = m_record.examples;
    QList<bool> active = m_record.stage1Active;
    QList<int> idx;
    QList<llm::LlmRequest> requests;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (!active.value(i))
            continue;
        model::Example current = examples[i];
        current.answer = examples[i].history.last().answer;
        idx.push_back(int(i));
        requests.push_back(m_builder.rewriteExample(current, examples[i].history.last().evaluation));
    }
    const QList<llm::LlmResponse> responses = m_calls.run(requests);
    if (m_calls.mustStop())
        return false;
    QList<model::Evaluation> next(idx.size());
    QList<model::Evaluation *> toJudge;
    for (qsizetype j = 0; j < idx.size(); ++j) {
        const model::Example &ex = examples[idx[j]];
        next[j].queryId = ex.id;
        next[j].query = ex.query;
        const std::optional<QString> answer =
            responses[j].ok() ? reward::extractTagged(responses[j].text(), QStringLiteral("answer")) : std::nullopt;
        if (!answer) {
            next[j].error = responses[j].ok()
                ? QCoreApplication::translate("Stage1", "the rewrite had no <answer> section")
                : responses[j].errorMessage;
            log(QCoreApplication::translate("Stage1", "example %1: %2").arg(ex.id, next[j].error));
            continue;
        }
        next[j].answer = *answer;
        toJudge.push_back(&next[j]);
    }
    m_rewarder.judge(toJudge, /*harsh=*/true);
    if (m_calls.mustStop())
        return false;
    QList<int> changed;
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
        changed << idx[j];
    }
    m_record.examples = examples;
    m_record.stage1Active = active;
    m_record.stage1Round = round;
    if (m_sink)
        for (int i : std::as_const(changed))
            m_sink(RunEvent{ev::ExampleUpdated{i, examples[i]}});
    return true;
}

void Stage1::complete()
{
    m_record.stage1Done = true;
    m_record.stage1Active = QList<bool>(m_record.examples.size(), false);
}

} // namespace drpo::align
