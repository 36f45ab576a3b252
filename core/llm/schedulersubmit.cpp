// SPDX-License-Identifier: GPL-3.0-or-later
// How a call enters the scheduler (submit, from any thread; at once on its own thread,
// posted from anywhere else or from inside its callbacks) and how its answer reaches a
// waiting worker (the result promise, a hand-over TSan is told about).
#include "llm/scheduler.h"

#include "llm/threadhandoff.h"

#include <QThread>

namespace drpo::llm {

LlmResponse takeResult(QFuture<LlmResponse> &future, const QString &cancelledMessage)
{
    future.waitForFinished();
    takeOver(); // the scheduler's thread stored the result (see submit)
    LlmResponse r = future.isCanceled() || future.resultCount() == 0
        ? failedResponse(ErrorKind::Cancelled, cancelledMessage)
        : future.result();
    handOff(); // read: the promise may now be freed on the scheduler's thread
    return r;
}

ResultPromise makeResultPromise()
{
    // It may die on the scheduler's thread after the waiter read the result: a hand-over too.
    ResultPromise promise(new QPromise<LlmResponse>, [](QPromise<LlmResponse> *p) {
        takeOver();
        delete p;
    });
    promise->start();
    return promise;
}

void fulfil(QPromise<LlmResponse> &promise, LlmResponse response)
{
    promise.addResult(std::move(response));
    handOff(); // to the thread waiting on the future (see takeResult)
    promise.finish();
}

QFuture<LlmResponse> Scheduler::submit(LlmRequest request)
{
    ResultPromise promise = makeResultPromise();
    QFuture<LlmResponse> future = promise->future();
    Pending p;
    p.request = std::move(request);
    p.deliver = [promise](LlmResponse r) { fulfil(*promise, std::move(r)); };
    accept(std::move(p));
    return future;
}

void Scheduler::submit(LlmRequest request, std::function<void(LlmResponse)> done)
{
    Pending p;
    p.request = std::move(request);
    p.deliver = std::move(done);
    accept(std::move(p));
}

void Scheduler::accept(Pending p)
{
    if (QThread::currentThread() == thread() && m_callingOut == 0) {
        // On the scheduler's thread, outside its own callbacks (a server reading a request):
        // the call starts now, not one turn of the event loop later, behind every socket
        // that is ready in that turn.
        enqueue(std::move(p));
        return;
    }
    postTo(this, [this, p = std::move(p)]() mutable { enqueue(std::move(p)); });
}

void Scheduler::callOut(const Deliver &deliver, LlmResponse response)
{
    // A submit() from inside the caller's code is posted (see accept): the scheduler is
    // never re-entered in the middle of its own bookkeeping.
    ++m_callingOut;
    deliver(std::move(response));
    --m_callingOut;
}

QList<LlmResponse> Scheduler::runAll(const QList<LlmRequest> &requests)
{
    Q_ASSERT(QThread::currentThread() != thread());
    QList<QFuture<LlmResponse>> futures;
    futures.reserve(requests.size());
    for (const LlmRequest &r : requests)
        futures.push_back(submit(r));
    QList<LlmResponse> out;
    out.reserve(futures.size());
    for (QFuture<LlmResponse> &f : futures)
        out.push_back(takeResult(f, tr("the call was cancelled")));
    return out;
}

} // namespace drpo::llm
