// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/budgetguard.h"
#include "llm/llmrequest.h"
#include "llm/pricetable.h"
#include "llm/provider.h"
#include "llm/responsecache.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <random>

class QTimer;

namespace drpo::llm {

// How failed calls are retried: transient errors (5xx, timeouts, resets, garbled bodies)
// and 429s, with exponential backoff and jitter, or the server's Retry-After.
struct RetryPolicy {
    int maxAttempts = 5;   // tries in all, the first included
    int baseDelayMs = 500; // first backoff; doubles each retry
    int maxDelayMs = 30000;
    double jitter = 0.25;         // ± this fraction of the delay, so retries do not march in step
    int maxRetryAfterMs = 120000; // a longer Retry-After is cut to this
};

// When a role's endpoint keeps failing after the retries, its calls fail fast with one fatal
// error (ErrorKind::Unavailable) that pauses the run, instead of the run going on scoring
// nothing. Counts only calls that reached the endpoint and failed for a passing reason
// (5xx, timeouts, resets, 429, garbled bodies) after every retry; fatal errors pause anyway.
struct BreakerPolicy {
    int consecutiveFailures = 5; // failed calls in a row that trip it; 0 = never
    int window = 20;             // the last calls the failure rate looks at; 0 = no rate rule
    double maxFailureRate = 0.5; // a full window with more than this share failed trips it
};

// Hits and misses of the response cache for one role.
struct CacheCounts {
    qint64 hits = 0;
    qint64 misses = 0;
};

// A call's answer as a future, for code that chains calls on the scheduler's thread with
// submit(request, done): started; fulfil() it there. Freed as a hand-over (see takeResult).
using ResultPromise = std::shared_ptr<QPromise<LlmResponse>>;
ResultPromise makeResultPromise();
void fulfil(QPromise<LlmResponse> &promise, LlmResponse response);

// An answer that is only an error of `kind` with `message`.
LlmResponse failedResponse(ErrorKind kind, const QString &message);

// Waits for a submitted call and returns its answer, or a Cancelled failure with
// `cancelledMessage` when the call was cancelled. Use it (not QFuture::result) on worker
// threads: it marks the hand-over from the scheduler's thread for ThreadSanitizer.
LlmResponse takeResult(QFuture<LlmResponse> &future, const QString &cancelledMessage);

// Runs model calls for the roles (the four chat roles and the embedder): per-role provider, concurrency limit (times the
// provider's replicas), priority queue, rate limits, retries, response cache, pricing and
// the budget cap. Lives in its own thread (owned by whoever owns the scheduler);
// submit() and cancelAll() may be called from any thread.
class Scheduler : public QObject {
    Q_OBJECT
public:
    explicit Scheduler(QObject *parent = nullptr);
    ~Scheduler() override;

    // Configure before the first submit. concurrency < 1 means 1.
    void setProvider(Role role, std::shared_ptr<Provider> provider, int concurrency);
    void setCache(std::shared_ptr<ResponseCache> cache);
    bool hasProvider(Role role) const;
    std::shared_ptr<Provider> provider(Role role) const;
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setBreakerPolicy(const BreakerPolicy &policy) { m_breaker = policy; }
    // Requests and (estimated) tokens per minute for one role; 0 = unlimited. windowMs
    // shortens the minute (for tests).
    void setRateLimit(Role role, int requestsPerMinute, qint64 tokensPerMinute = 0, int windowMs = 60000);
    void setPriceTable(const PriceTable &prices) { m_prices = prices; }
    // Shared so the engine can read what was spent; null = no cap.
    void setBudget(std::shared_ptr<BudgetGuard> budget) { m_budget = std::move(budget); }
    std::shared_ptr<BudgetGuard> budget() const { return m_budget; }

    // Thread-safe. From another thread the call is posted to the scheduler's. On the
    // scheduler's own thread (a server sharing it) it starts at once, so the answer may be
    // delivered before submit returns (a cache hit, an open breaker, a missing model);
    // from inside a delivery or a partial answer it is posted, never re-entering.
    QFuture<LlmResponse> submit(LlmRequest request);
    // The same without a future: `done` runs once on the scheduler's thread with the
    // answer (a server hops back to its own thread from there; no future to keep alive).
    void submit(LlmRequest request, std::function<void(LlmResponse)> done);
    // Submits all and waits; only for worker threads (never the GUI thread).
    QList<LlmResponse> runAll(const QList<LlmRequest> &requests);
    void cancelAll();
    // Closes every role's circuit breaker (the user says the endpoint is fixed: resume).
    // Thread-safe; calls submitted after it from the same thread see it closed.
    void resetBreakers();

    // Thread-safe: the response cache's hits and misses per role name.
    QMap<QString, CacheCounts> cacheCounts() const;

signals:
    void callFinished(const drpo::llm::CallRecord &record);

private:
    using Deliver = std::function<void(LlmResponse)>;
    struct Pending {
        LlmRequest request;
        Deliver deliver;
        quint64 order = 0;
        int attempts = 0;
        quint64 id = 0;
    };
    struct Lane {
        std::shared_ptr<Provider> provider;
        int concurrency = 1;
        int inFlight = 0;
        QList<Pending> queue;
        QHash<quint64, Pending> waitingRetry; // backing off; cancelAll answers them at once
        int rpm = 0;
        qint64 tpm = 0;
        qint64 windowMs = 60000;
        std::deque<std::pair<qint64, qint64>> window; // (start ms, tokens) of the last minute
        qint64 pausedUntilMs = 0;                     // a 429's Retry-After holds the lane
        QTimer *wake = nullptr;
        // The circuit breaker: outcomes of the last calls (true = failed after its retries).
        int failuresInARow = 0;
        std::deque<bool> outcomes;
        QString tripped; // non-empty: open, and every call fails fast with this message
    };

    void accept(Pending p);
    void callOut(const Deliver &deliver, LlmResponse response);
    void enqueue(Pending p);
    void enqueueSplit(Pending p, int firstIndex, int count, std::function<void(LlmResponse)> merged);
    void insertSorted(Lane &lane, Pending p);
    void pump(Role role);
    void launch(Role role, Lane &lane, Pending p);
    qint64 blockedForMs(Lane &lane, const LlmRequest &request, qint64 now);
    void wakeLater(Role role, Lane &lane, qint64 delayMs);
    qint64 backoffMs(int attempt, qint64 retryAfterMs);
    LlmResponse budgetFailure() const;
    // Counts a finished call; true when it trips the lane's breaker (tripped is then set).
    bool countForBreaker(Role role, Lane &lane, const LlmResponse &response);
    LlmResponse breakerFailure(const Lane &lane) const;
    void failQueued(Role role, Lane &lane);
    void finish(Role role, const Pending &p, LlmResponse response, const QByteArray &key);
    void countCache(Role role, bool hit);
    qint64 nowMs() const;

    QHash<int, Lane> m_lanes; // by Role; touched only on this object's thread after setup
    std::shared_ptr<ResponseCache> m_cache;
    std::shared_ptr<BudgetGuard> m_budget;
    PriceTable m_prices;
    RetryPolicy m_retry;
    BreakerPolicy m_breaker;
    QSet<int> m_pumping;
    int m_callingOut = 0; // > 0 while a caller's code runs inside the scheduler (see accept)
    quint64 m_order = 0;
    quint64 m_nextId = 0;
    quint64 m_generation = 0; // bumped by cancelAll so late answers are dropped
    std::mt19937 m_rng{20240601u};
    QElapsedTimer m_clock;
    mutable QMutex m_countsMutex;
    QMap<QString, CacheCounts> m_counts;
};

} // namespace drpo::llm
