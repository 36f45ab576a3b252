// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/scheduler.h"

#include "llm/threadhandoff.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace drpo::llm {

namespace {
int laneKey(Role r)
{
    return static_cast<int>(r);
}

// Parts of a request split into single calls (no n support, or too few choices returned).
struct Group {
    QList<std::optional<LlmResponse>> parts;
    int remaining = 0;
};

// Sample indexes of split parts: distinct from every other request's, stable across runs.
constexpr int kSplitStride = 1000;
} // namespace

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
    , m_prices(PriceTable::user())
{
    qRegisterMetaType<drpo::llm::CallRecord>();
    qRegisterMetaType<drpo::llm::LlmResponse>();
    m_clock.start();
}

Scheduler::~Scheduler()
{
    for (Lane &lane : m_lanes) {
        for (Pending &p : lane.queue)
            callOut(p.deliver, failedResponse(ErrorKind::Cancelled, tr("the run was stopped")));
        for (Pending &p : lane.waitingRetry)
            callOut(p.deliver, failedResponse(ErrorKind::Cancelled, tr("the run was stopped")));
    }
}

qint64 Scheduler::nowMs() const
{
    return m_clock.elapsed();
}

void Scheduler::setProvider(Role role, std::shared_ptr<Provider> provider, int concurrency)
{
    Lane &lane = m_lanes[laneKey(role)];
    lane.provider = std::move(provider);
    lane.concurrency = qMax(1, concurrency);
}

void Scheduler::setCache(std::shared_ptr<ResponseCache> cache)
{
    m_cache = std::move(cache);
}

bool Scheduler::hasProvider(Role role) const
{
    return m_lanes.contains(laneKey(role)) && m_lanes.value(laneKey(role)).provider;
}

std::shared_ptr<Provider> Scheduler::provider(Role role) const
{
    return m_lanes.value(laneKey(role)).provider;
}

void Scheduler::setRateLimit(Role role, int requestsPerMinute, qint64 tokensPerMinute, int windowMs)
{
    Lane &lane = m_lanes[laneKey(role)];
    lane.windowMs = qMax(1, windowMs);
    lane.rpm = qMax(0, requestsPerMinute);
    lane.tpm = qMax<qint64>(0, tokensPerMinute);
}

QMap<QString, CacheCounts> Scheduler::cacheCounts() const
{
    QMutexLocker lock(&m_countsMutex);
    return m_counts;
}

void Scheduler::countCache(Role role, bool hit)
{
    QMutexLocker lock(&m_countsMutex);
    CacheCounts &c = m_counts[model::roleName(role)];
    (hit ? c.hits : c.misses) += 1;
}

LlmResponse failedResponse(ErrorKind kind, const QString &message)
{
    LlmResponse r;
    r.error = kind;
    r.errorMessage = message;
    return r;
}

void Scheduler::cancelAll()
{
    postTo(this, [this] {
        ++m_generation;
        for (Lane &lane : m_lanes) {
            const QList<Pending> queued = std::exchange(lane.queue, {});
            const QHash<quint64, Pending> waiting = std::exchange(lane.waitingRetry, {});
            for (const Pending &p : queued)
                callOut(p.deliver, failedResponse(ErrorKind::Cancelled, tr("the run was stopped")));
            for (const Pending &p : waiting)
                callOut(p.deliver, failedResponse(ErrorKind::Cancelled, tr("the run was stopped")));
            if (lane.provider)
                lane.provider->cancelAll();
        }
    });
}

void Scheduler::enqueue(Pending p)
{
    const Role role = p.request.role;
    auto it = m_lanes.find(laneKey(role));
    if (it == m_lanes.end() || !it->provider) {
        callOut(p.deliver,
            failedResponse(
                ErrorKind::BadRequest, tr("no model is configured for the %1 role").arg(model::roleName(role))));
        return;
    }
    const int n = p.request.n;
    if (n > 1 && !it->provider->supportsN()) {
        // The endpoint ignores n: n single calls, each cached and retried on its own.
        Deliver deliver = std::move(p.deliver);
        enqueueSplit(std::move(p), 0, n, std::move(deliver));
        return;
    }
    if (n > 1) {
        // Some servers accept n but return fewer choices: top up with single calls.
        Deliver outer = std::move(p.deliver);
        LlmRequest original = p.request;
        p.deliver = [this, outer, original, n](LlmResponse r) {
            if (!r.ok() || r.choices.size() >= n) {
                outer(std::move(r));
                return;
            }
            Pending rest;
            rest.request = original;
            const int got = int(r.choices.size());
            enqueueSplit(std::move(rest), got, n - got, [outer, first = std::move(r)](LlmResponse more) mutable {
                if (more.ok()) {
                    first.choices += more.choices;
                    first.usage += more.usage;
                    first.cached = first.cached && more.cached;
                }
                outer(std::move(first)); // the first part's choices are good even if the top-up failed
            });
        };
    }
    if (m_budget && m_budget->exhausted()) {
        finish(role, p, budgetFailure(), {});
        return;
    }
    if (m_cache) {
        const QByteArray key =
            p.request.cacheKey(it->provider->kind(), it->provider->endpoint(), it->provider->model());
        if (std::optional<LlmResponse> hit = m_cache->lookup(key)) {
            countCache(role, true);
            hit->cached = true;
            hit->usage.calls = 0;
            hit->usage.cacheHits = 1;
            hit->usage.costUsd = 0;
            hit->latencyMs = 0;
            hit->attempts = 0;
            finish(role, p, *hit, {});
            return;
        }
        countCache(role, false);
    }
    if (!it->tripped.isEmpty()) {
        finish(role, p, breakerFailure(*it), {});
        return;
    }
    p.order = ++m_order;
    p.id = ++m_nextId;
    insertSorted(*it, std::move(p));
    pump(role);
}

void Scheduler::enqueueSplit(Pending p, int firstIndex, int count, std::function<void(LlmResponse)> merged)
{
    auto group = std::make_shared<Group>();
    group->parts.resize(count);
    group->remaining = count;
    for (int i = 0; i < count; ++i) {
        Pending part;
        part.request = p.request;
        part.request.n = 1;
        part.request.sampleIndex = p.request.sampleIndex * kSplitStride + firstIndex + i;
        // Separate calls must not be identical requests, or a deterministic server (or a
        // temperature-0 model) answers each the same: vary the seed, or set one.
        part.request.seed = (p.request.seed ? *p.request.seed : qint64(part.request.sampleIndex)) + firstIndex + i;
        if (p.request.onPartial) // each part streams choice 0 of its own: renumber it
            part.request.onPartial = [outer = p.request.onPartial, choice = firstIndex + i](
                                         int, const QString &text) { outer(choice, text); };
        part.deliver = [group, i, merged](LlmResponse r) {
            group->parts[i] = std::move(r);
            if (--group->remaining > 0)
                return;
            // Any fatal part stops the run; otherwise whatever succeeded is the answer.
            LlmResponse out;
            out.cached = true;
            out.attempts = 0;
            std::optional<LlmResponse> firstError;
            for (const std::optional<LlmResponse> &answer : std::as_const(group->parts)) {
                if (!answer->ok()) {
                    if (!firstError || (isFatal(answer->error) && !isFatal(firstError->error)))
                        firstError = answer;
                    continue;
                }
                out.choices += answer->choices;
                out.usage += answer->usage;
                out.usageEstimated = out.usageEstimated || answer->usageEstimated;
                out.cached = out.cached && answer->cached;
                out.latencyMs = qMax(out.latencyMs, answer->latencyMs);
                out.attempts = qMax(out.attempts, answer->attempts);
                out.endpoint = answer->endpoint;
            }
            if (firstError && (out.choices.isEmpty() || isFatal(firstError->error))) {
                merged(*firstError);
                return;
            }
            merged(std::move(out));
        };
        enqueue(std::move(part));
    }
}

void Scheduler::insertSorted(Lane &lane, Pending p)
{
    // Stable priority order: higher priority first, then submission order.
    auto pos = std::upper_bound(lane.queue.begin(), lane.queue.end(), p, [](const Pending &a, const Pending &b) {
        return a.request.priority != b.request.priority ? a.request.priority > b.request.priority : a.order < b.order;
    });
    lane.queue.insert(pos, std::move(p));
}

qint64 Scheduler::blockedForMs(Lane &lane, const LlmRequest &request, qint64 now)
{
    if (lane.pausedUntilMs > now)
        return lane.pausedUntilMs - now;
    if (lane.rpm <= 0 && lane.tpm <= 0)
        return 0;
    while (!lane.window.empty() && lane.window.front().first <= now - lane.windowMs)
        lane.window.pop_front();
    if (lane.rpm > 0 && qint64(lane.window.size()) >= lane.rpm)
        return lane.window.front().first + lane.windowMs - now;
    if (lane.tpm > 0 && !lane.window.empty()) {
        qint64 tokens = estimateTokens(request) + request.maxTokens;
        for (const auto &w : lane.window)
            tokens += w.second;
        if (tokens > lane.tpm)
            return lane.window.front().first + lane.windowMs - now;
    }
    return 0;
}

void Scheduler::wakeLater(Role role, Lane &lane, qint64 delayMs)
{
    if (!lane.wake) {
        lane.wake = new QTimer(this);
        lane.wake->setSingleShot(true);
        connect(lane.wake, &QTimer::timeout, this, [this, role] { pump(role); });
    }
    if (!lane.wake->isActive() || lane.wake->remainingTime() > delayMs)
        lane.wake->start(int(qBound(qint64(1), delayMs, qint64(3600000))));
}

void Scheduler::pump(Role role)
{
    // A provider may call done synchronously inside start(); that done calls pump() again,
    // which returns at once, and this loop picks up the freed slot: no unbounded recursion.
    if (m_pumping.contains(laneKey(role)))
        return;
    m_pumping.insert(laneKey(role));
    Lane &lane = m_lanes[laneKey(role)];
    const int capacity = lane.concurrency * (lane.provider ? qMax(1, lane.provider->replicaCount()) : 1);
    while (lane.inFlight < capacity && !lane.queue.isEmpty()) {
        const qint64 now = nowMs();
        if (const qint64 wait = blockedForMs(lane, lane.queue.first().request, now); wait > 0) {
            wakeLater(role, lane, wait);
            break;
        }
        Pending p = lane.queue.takeFirst();
        if (m_budget && m_budget->exhausted()) {
            finish(role, p, budgetFailure(), {});
            continue;
        }
        if (lane.rpm > 0 || lane.tpm > 0)
            lane.window.emplace_back(now, estimateTokens(p.request) + p.request.maxTokens);
        launch(role, lane, std::move(p));
    }
    m_pumping.remove(laneKey(role));
}

void Scheduler::launch(Role role, Lane &lane, Pending p)
{
    ++lane.inFlight;
    ++p.attempts;
    const quint64 generation = m_generation;
    const qint64 started = nowMs();
    std::shared_ptr<Provider> provider = lane.provider;
    LlmRequest request = p.request;
    if (request.onPartial)
        request.onPartial = [this, partial = request.onPartial](int choice, const QString &textSoFar) {
            const bool here = QThread::currentThread() == thread();
            m_callingOut += here ? 1 : 0;
            partial(choice, textSoFar);
            m_callingOut -= here ? 1 : 0;
        };
    provider->start(request, [this, role, p = std::move(p), generation, started](LlmResponse r) mutable {
        Lane &current = m_lanes[laneKey(role)];
        --current.inFlight;
        if (r.latencyMs == 0)
            r.latencyMs = nowMs() - started;
        r.attempts = p.attempts;
        if (generation != m_generation && r.error != ErrorKind::Cancelled) {
            // Stopped while this call ran; its answer (good or bad) belongs to no one now.
            r = failedResponse(ErrorKind::Cancelled, tr("the run was stopped"));
        }
        if (!current.tripped.isEmpty() && isRetryable(r.error)) {
            // The breaker opened while this call ran: no more tries at a failing endpoint.
            LlmResponse open = breakerFailure(current);
            open.attempts = p.attempts;
            open.latencyMs = r.latencyMs;
            finish(role, p, std::move(open), {});
            pump(role);
            return;
        }
        if (isRetryable(r.error) && p.attempts < m_retry.maxAttempts) {
            const qint64 delay = backoffMs(p.attempts, r.retryAfterMs);
            if (r.error == ErrorKind::RateLimited)
                current.pausedUntilMs = qMax(current.pausedUntilMs, nowMs() + delay);
            const quint64 id = p.id;
            current.waitingRetry.insert(id, std::move(p));
            QTimer::singleShot(int(delay), this, [this, role, id] {
                Lane &l = m_lanes[laneKey(role)];
                auto w = l.waitingRetry.find(id);
                if (w == l.waitingRetry.end())
                    return; // cancelled meanwhile
                Pending again = std::move(*w);
                l.waitingRetry.erase(w);
                insertSorted(l, std::move(again));
                pump(role);
            });
            pump(role);
            return;
        }
        if (!r.ok() && p.attempts > 1 && isRetryable(r.error))
            r.errorMessage = tr("%1 (gave up after %n attempts)", nullptr, p.attempts).arg(r.errorMessage);
        if (countForBreaker(role, current, r)) {
            LlmResponse open = breakerFailure(current);
            open.attempts = r.attempts;
            open.latencyMs = r.latencyMs;
            open.httpStatus = r.httpStatus;
            open.endpoint = r.endpoint;
            finish(role, p, std::move(open), {});
            failQueued(role, m_lanes[laneKey(role)]);
            return;
        }
        const QByteArray key = m_cache && r.ok()
            ? p.request.cacheKey(current.provider->kind(), current.provider->endpoint(), current.provider->model())
            : QByteArray();
        finish(role, p, std::move(r), key);
        pump(role);
    });
}

qint64 Scheduler::backoffMs(int attempt, qint64 retryAfterMs)
{
    if (retryAfterMs >= 0)
        return qMin<qint64>(retryAfterMs, m_retry.maxRetryAfterMs);
    const double base = double(m_retry.baseDelayMs) * std::pow(2.0, double(qMax(0, attempt - 1)));
    const double capped = qMin(base, double(m_retry.maxDelayMs));
    std::uniform_real_distribution<double> jitter(1.0 - m_retry.jitter, 1.0 + m_retry.jitter);
    return qMax<qint64>(1, qint64(capped * jitter(m_rng)));
}

void Scheduler::finish(Role role, const Pending &p, LlmResponse response, const QByteArray &key)
{
    std::shared_ptr<Provider> provider = m_lanes.value(laneKey(role)).provider;
    const QString modelName = provider ? provider->model() : QString();
    bool priceKnown = true;
    if (response.ok() && !response.cached) {
        response.usage.calls = 1;
        if (response.usage.promptTokens == 0 && response.usage.completionTokens == 0) {
            response.usage.promptTokens = p.request.embedInput.isEmpty()
                ? estimateTokens(p.request)
                : estimateTokens(p.request.embedInput.join(u' '));
            for (const QString &c : std::as_const(response.choices))
                response.usage.completionTokens += estimateTokens(c);
            response.usageEstimated = true;
        }
        if (provider && provider->kind() != u"sim")
            response.usage.costUsd =
                m_prices.cost(modelName, response.usage.promptTokens, response.usage.completionTokens, &priceKnown);
        if (m_budget)
            m_budget->add(response.usage.costUsd);
        if (m_cache && !key.isEmpty())
            m_cache->store(key, response);
    } else if (!response.ok()) {
        response.usage.calls =
            response.error == ErrorKind::Cancelled || response.error == ErrorKind::Budget || response.attempts == 0 ? 0
                                                                                                                    : 1;
    }
    if (response.endpoint.isEmpty() && provider)
        response.endpoint = provider->endpoint();

    CallRecord rec;
    rec.role = role;
    rec.purpose = p.request.purpose;
    rec.endpoint = response.endpoint;
    rec.model = modelName;
    rec.error = response.error;
    rec.errorMessage = response.errorMessage;
    rec.httpStatus = response.httpStatus;
    rec.latencyMs = response.latencyMs;
    rec.promptTokens = response.usage.promptTokens;
    rec.completionTokens = response.usage.completionTokens;
    rec.cached = response.cached;
    rec.attempts = response.attempts;
    rec.costUsd = response.usage.costUsd;
    rec.usageEstimated = response.usageEstimated;
    rec.priceKnown = priceKnown;

    ++m_callingOut;
    p.deliver(std::move(response));
    emit callFinished(rec);
    --m_callingOut;
}

} // namespace drpo::llm
