// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/scheduler.h"
#include "model/node.h"

#include <QFuture>
#include <QMap>
#include <QString>

namespace drpo::reward {

// Runs batches of model calls for the engine's sequential code: submits a batch at once,
// waits, tallies usage per role, and remembers the first fatal error or cancellation.
class CallRunner {
public:
    CallRunner(llm::Scheduler &scheduler, QMap<QString, model::Usage> &usageByRole);

    // A submitted batch, so independent batches can be in flight together.
    struct Batch {
        QList<llm::LlmRequest> requests;
        QList<QFuture<llm::LlmResponse>> futures;
    };

    QList<llm::LlmResponse> run(const QList<llm::LlmRequest> &requests);
    Batch start(const QList<llm::LlmRequest> &requests);
    QList<llm::LlmResponse> finish(Batch &batch);

    // True once a call failed in a way the user must fix, or the run was stopped.
    bool mustStop() const { return m_cancelled || !m_fatal.isEmpty(); }
    bool cancelled() const { return m_cancelled; }
    QString fatalError() const { return m_fatal; }
    // Forgets a fatal error once the user has dealt with it (the step is then retried), and
    // closes the scheduler's circuit breakers: the resumed step tries the endpoints afresh.
    void reset();

private:
    llm::Scheduler &m_scheduler;
    QMap<QString, model::Usage> &m_usage;
    QString m_fatal;
    bool m_cancelled = false;
};

} // namespace drpo::reward
