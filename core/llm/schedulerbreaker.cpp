// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's fail-fast answers: the per-role circuit breaker (when an endpoint keeps
// failing after the retries) and the spent budget.
#include "llm/scheduler.h"

#include "llm/threadhandoff.h"

#include <algorithm>

namespace drpo::llm {

void Scheduler::resetBreakers()
{
    postTo(this, [this] {
        for (Lane &lane : m_lanes) {
            lane.tripped.clear();
            lane.failuresInARow = 0;
            lane.outcomes.clear();
        }
    });
}

bool Scheduler::countForBreaker(Role role, Lane &lane, const LlmResponse &response)
{
    if (!lane.tripped.isEmpty())
        return false;
    const bool failed = isRetryable(response.error);
    if (!response.ok() && !failed)
        return false; // fatal errors pause the run anyway; a cancelled call says nothing
    lane.failuresInARow = failed ? lane.failuresInARow + 1 : 0;
    if (m_breaker.window > 0) {
        lane.outcomes.push_back(failed);
        while (qsizetype(lane.outcomes.size()) > m_breaker.window)
            lane.outcomes.pop_front();
    }
    if (!failed)
        return false;
    const qsizetype failures = std::count(lane.outcomes.cbegin(), lane.outcomes.cend(), true);
    const bool inARow = m_breaker.consecutiveFailures > 0 && lane.failuresInARow >= m_breaker.consecutiveFailures;
    const bool rate = m_breaker.window > 0 && qsizetype(lane.outcomes.size()) >= m_breaker.window &&
        double(failures) > m_breaker.maxFailureRate * double(m_breaker.window);
    if (!inARow && !rate)
        return false;
    const QString endpoint = !response.endpoint.isEmpty() ? response.endpoint
        : lane.provider                                   ? lane.provider->endpoint()
                                                          : QString();
    const QString model = lane.provider ? lane.provider->model() : QString();
    const QString what = inARow ? tr("failed %n calls in a row", nullptr, lane.failuresInARow)
                                : tr("failed %1 of its last %2 calls").arg(failures).arg(m_breaker.window);
    lane.tripped = tr("the %1 model %2 at %3 %4 (each after up to %n attempts), so its calls stop here; last error: "
                      "%5. Check that the server at that URL is running and reachable, that the model name is right "
                      "and what the server's log says; then resume the run.",
        nullptr, m_retry.maxAttempts)
                       .arg(model::roleName(role), model.isEmpty() ? QStringLiteral("-") : model, endpoint, what,
                           response.errorMessage);
    return true;
}

LlmResponse Scheduler::breakerFailure(const Lane &lane) const
{
    LlmResponse r = failedResponse(ErrorKind::Unavailable, lane.tripped);
    r.attempts = 0; // failed fast: no call reached the endpoint
    if (lane.provider)
        r.endpoint = lane.provider->endpoint();
    return r;
}

void Scheduler::failQueued(Role role, Lane &lane)
{
    // Answering may queue more (a top-up of n); those fail fast in enqueue.
    const QList<Pending> queued = std::exchange(lane.queue, {});
    const QHash<quint64, Pending> waiting = std::exchange(lane.waitingRetry, {});
    const LlmResponse open = breakerFailure(lane);
    for (const Pending &p : queued)
        finish(role, p, open, {});
    for (const Pending &p : waiting)
        finish(role, p, open, {});
}

LlmResponse Scheduler::budgetFailure() const
{
    return failedResponse(ErrorKind::Budget,
        tr("the budget of $%1 is spent ($%2 so far); raise it to continue")
            .arg(m_budget->cap(), 0, 'f', 2)
            .arg(m_budget->spent(), 0, 'f', 2));
}

} // namespace drpo::llm
