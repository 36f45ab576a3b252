// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/callrunner.h"

#include "reward/rewardtext.h"

namespace drpo::reward {

CallRunner::CallRunner(llm::Scheduler &scheduler, QMap<QString, model::Usage> &usageByRole)
    : m_scheduler(scheduler)
    , m_usage(usageByRole)
{}

void CallRunner::reset()
{
    m_fatal.clear();
    m_cancelled = false;
    m_scheduler.resetBreakers();
}

QList<llm::LlmResponse> CallRunner::run(const QList<llm::LlmRequest> &requests)
{
    Batch b = start(requests);
    return finish(b);
}

CallRunner::Batch CallRunner::start(const QList<llm::LlmRequest> &requests)
{
    Batch b;
    b.requests = requests;
    for (const llm::LlmRequest &r : requests)
        b.futures.push_back(m_scheduler.submit(r));
    return b;
}

QList<llm::LlmResponse> CallRunner::finish(Batch &batch)
{
    QList<llm::LlmResponse> out;
    out.reserve(batch.futures.size());
    for (qsizetype i = 0; i < batch.futures.size(); ++i) {
        llm::LlmResponse r = llm::takeResult(batch.futures[i], RewardText::tr("the call was cancelled"));
        const llm::LlmRequest &req = batch.requests[i];
        m_usage[model::roleName(req.role)] += r.usage;
        if (r.error == llm::ErrorKind::Cancelled)
            m_cancelled = true;
        else if (llm::isFatal(r.error) && m_fatal.isEmpty())
            m_fatal = RewardText::tr("%1 (%2 role): %3")
                          .arg(llm::errorKindName(r.error), model::roleName(req.role), r.errorMessage);
        out.push_back(std::move(r));
    }
    batch.futures.clear();
    return out;
}

} // namespace drpo::reward
