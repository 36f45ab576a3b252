// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/rewarder.h"

#include "reward/judgeparser.h"
#include "reward/rewardtext.h"

#include <QHash>

namespace drpo::reward {

Rewarder::Rewarder(CallRunner &calls, const RequestBuilder &builder, const model::CriteriaLibrary &library,
    model::CriteriaMode mode, QMap<QString, model::Selection> &selections)
    : m_calls(calls)
    , m_builder(builder)
    , m_library(library)
    , m_mode(mode)
    , m_selections(selections)
{}

void Rewarder::ensureSelections(const QList<QPair<QString, QString>> &queriesWithCategory, Bounds bounds,
    const std::function<void(const QString &, const model::Selection &)> &onSelection)
{
    if (m_mode == model::CriteriaMode::Static)
        return;
    QList<QPair<QString, QString>> wanted;
    for (const auto &qc : queriesWithCategory) {
        if (m_selections.contains(qc.first))
            continue;
        bool dup = false;
        for (const auto &w : std::as_const(wanted))
            dup = dup || w.first == qc.first;
        if (!dup)
            wanted.push_back(qc);
    }
    if (wanted.isEmpty())
        return;
    const QList<model::Criterion> pool = m_library.selectable();
    QList<llm::LlmRequest> requests;
    for (const auto &qc : std::as_const(wanted))
        requests.push_back(m_builder.select(qc.first, qc.second, pool, bounds.min, bounds.max));
    QList<llm::LlmResponse> responses = m_calls.run(requests);
    if (m_calls.mustStop())
        return;

    // One retry, in a batch, for the answers that could not be read.
    QList<int> retry;
    QList<llm::LlmRequest> retryRequests;
    QList<std::optional<model::Selection>> parsed(wanted.size());
    QStringList problems(wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (responses[i].ok())
            parsed[i] = parseSelection(responses[i].text(), &problems[i]);
        else
            problems[i] = responses[i].errorMessage;
        if (!parsed[i]) {
            retry.push_back(int(i));
            retryRequests.push_back(
                responses[i].ok() ? repairRequest(requests[i], responses[i].text(), problems[i]) : requests[i]);
        }
    }
    const QList<llm::LlmResponse> second = m_calls.run(retryRequests);
    if (m_calls.mustStop())
        return;
    for (qsizetype j = 0; j < retry.size(); ++j)
        if (second[j].ok())
            parsed[retry[j]] = parseSelection(second[j].text(), &problems[retry[j]]);

    for (qsizetype i = 0; i < wanted.size(); ++i) {
        model::Selection sel;
        if (parsed[i]) {
            sel = *parsed[i];
        } else {
            m_errors << RewardText::tr("criteria selection failed for \"%1\": %2; using the library's first criteria")
                            .arg(wanted[i].first.left(60), problems[i]);
            sel.reason = RewardText::tr("The selector's answer could not be read, so default criteria were used.");
        }
        sel.criteria = m_library.normalizeSelection(sel.criteria, bounds.min, bounds.max);
        m_selections.insert(wanted[i].first, sel);
        if (onSelection)
            onSelection(wanted[i].first, sel);
    }
}

model::Selection Rewarder::selectionFor(const QString &query) const
{
    if (m_mode == model::CriteriaMode::Static) {
        model::Selection all;
        for (const model::Criterion &c : m_library.selectable())
            all.criteria << c.name;
        all.reason = RewardText::tr("Static mode: every enabled criterion is judged.");
        return all;
    }
    return m_selections.value(query);
}

QList<model::Criterion> Rewarder::criteriaObjects(const QStringList &names) const
{
    QList<model::Criterion> out;
    for (const QString &n : names)
        if (const model::Criterion *c = m_library.find(n))
            out.push_back(*c);
    return out;
}

QList<model::Usage> Rewarder::judge(QList<model::Evaluation *> evaluations, bool harsh)
{
    QHash<model::Evaluation *, model::Usage> usage;
    auto result = [&] {
        QList<model::Usage> out;
        for (model::Evaluation *e : evaluations)
            out.push_back(usage.value(e));
        return out;
    };
    QList<model::Evaluation *> todo;
    QList<llm::LlmRequest> requests;
    for (model::Evaluation *e : evaluations) {
        if (!e->error.isEmpty())
            continue;
        const model::Selection sel = selectionFor(e->query);
        e->criteria = sel.criteria;
        e->selectionReason = sel.reason;
        if (e->criteria.isEmpty()) {
            e->error = RewardText::tr("no criteria to judge by (all criteria are disabled or banned)");
            continue;
        }
        todo.push_back(e);
        requests.push_back(m_builder.judge(e->query, e->answer, criteriaObjects(e->criteria), harsh));
    }
    const QList<llm::LlmResponse> responses = m_calls.run(requests);
    for (qsizetype i = 0; i < todo.size(); ++i)
        usage[todo[i]] += responses[i].usage;
    if (m_calls.mustStop())
        return result();

    QList<int> retry;
    QList<llm::LlmRequest> retryRequests;
    QStringList problems(todo.size());
    for (qsizetype i = 0; i < todo.size(); ++i) {
        std::optional<QList<model::CriterionScore>> scores;
        if (responses[i].ok())
            scores = parseJudgeVerdict(responses[i].text(), todo[i]->criteria, &problems[i]);
        else
            problems[i] = responses[i].errorMessage;
        if (scores) {
            todo[i]->scores = *scores;
            todo[i]->reward = model::Evaluation::meanScore(*scores);
        } else {
            retry.push_back(int(i));
            retryRequests.push_back(
                responses[i].ok() ? repairRequest(requests[i], responses[i].text(), problems[i]) : requests[i]);
        }
    }
    const QList<llm::LlmResponse> second = m_calls.run(retryRequests);
    if (m_calls.mustStop())
        return result();
    for (qsizetype j = 0; j < retry.size(); ++j) {
        model::Evaluation *e = todo[retry[j]];
        usage[e] += second[j].usage;
        QString why = problems[retry[j]];
        std::optional<QList<model::CriterionScore>> scores;
        if (second[j].ok())
            scores = parseJudgeVerdict(second[j].text(), e->criteria, &why);
        else
            why = second[j].errorMessage;
        if (scores) {
            e->scores = *scores;
            e->reward = model::Evaluation::meanScore(*scores);
        } else {
            e->error = RewardText::tr("the judge's verdict could not be read after a retry: %1").arg(why);
            m_errors << e->error;
        }
    }
    return result();
}

} // namespace drpo::reward
