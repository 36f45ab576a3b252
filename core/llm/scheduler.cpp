#include "llm/scheduler.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace drpo::llm {

namespace {
int laneKey(Role r) { return static_cast<int>(r); }

LlmResponse failure(ErrorKind kind, const QString &message)
{
    LlmResponse r;
    r.error = kind;
    r.errorMessage = message;
    return r;
}
} // namespace

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<drpo::llm::CallRecord>();
    qRegisterMetaType<drpo::llm::LlmResponse>();
}

Scheduler::~Scheduler()
{
    for (Lane &lane : m_lanes)
        for (Pending &p : lane.queue)
            p.promise->finish(); // a future without a result reads as cancelled
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

QFuture<LlmResponse> Scheduler::submit(LlmRequest request)
{
    auto promise = std::make_shared<QPromise<LlmResponse>>();
    QFuture<LlmResponse> future = promise->future();
    promise->start();
    Pending p{std::move(request), promise, 0};
    QMetaObject::invokeMethod(this, [this, p = std::move(p)]() mutable { enqueue(std::move(p)); }, Qt::QueuedConnection);
    return future;
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
    for (QFuture<LlmResponse> &f : futures) {
        f.waitForFinished();
        if (f.isCanceled() || f.resultCount() == 0)
            out.push_back(failure(ErrorKind::Cancelled, tr("the call was cancelled")));
        else
            out.push_back(f.result());
    }
    return out;
}

void Scheduler::cancelAll()
{
    QMetaObject::invokeMethod(this, [this] {
        ++m_generation;
        for (Lane &lane : m_lanes) {
            const QList<Pending> queued = std::exchange(lane.queue, {});
            for (const Pending &p : queued) {
                p.promise->addResult(failure(ErrorKind::Cancelled, tr("the run was stopped")));
                p.promise->finish();
            }
            if (lane.provider)
                lane.provider->cancelAll();
        }
    }, Qt::QueuedConnection);
}

void Scheduler::enqueue(Pending p)
{
    const Role role = p.request.role;
    auto it = m_lanes.find(laneKey(role));
    if (it == m_lanes.end() || !it->provider) {
        p.promise->addResult(failure(ErrorKind::BadRequest, tr("no model is configured for the %1 role").arg(model::roleName(role))));
        p.promise->finish();
        return;
    }
    if (m_cache) {
        const QByteArray key = p.request.cacheKey(it->provider->kind(), it->provider->endpoint(), it->provider->model());
        if (std::optional<LlmResponse> hit = m_cache->lookup(key)) {
            hit->cached = true;
            hit->usage.calls = 0;
            hit->usage.cacheHits = 1;
            hit->usage.costUsd = 0;
            hit->latencyMs = 0;
            finish(role, p, *hit, {});
            return;
        }
    }
    p.order = ++m_order;
    // Stable priority order: higher priority first, then submission order.
    auto pos = std::upper_bound(it->queue.begin(), it->queue.end(), p, [](const Pending &a, const Pending &b) {
        return a.request.priority != b.request.priority ? a.request.priority > b.request.priority : a.order < b.order;
    });
    it->queue.insert(pos, std::move(p));
    pump(role);
}

void Scheduler::pump(Role role)
{
    // A provider may call done synchronously inside start(); that done calls pump() again,
    // which returns at once, and this loop picks up the freed slot: no unbounded recursion.
    if (m_pumping.contains(laneKey(role)))
        return;
    m_pumping.insert(laneKey(role));
    Lane &lane = m_lanes[laneKey(role)];
    while (lane.inFlight < lane.concurrency && !lane.queue.isEmpty()) {
        Pending p = lane.queue.takeFirst();
        ++lane.inFlight;
        const quint64 generation = m_generation;
        const QByteArray key = m_cache ? p.request.cacheKey(lane.provider->kind(), lane.provider->endpoint(), lane.provider->model())
                                       : QByteArray();
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        std::shared_ptr<Provider> provider = lane.provider;
        provider->start(p.request, [this, role, p, key, generation, timer](LlmResponse r) {
            --m_lanes[laneKey(role)].inFlight;
            if (r.latencyMs == 0)
                r.latencyMs = timer->elapsed();
            if (generation != m_generation && r.ok())
                r = failure(ErrorKind::Cancelled, tr("the run was stopped"));
            finish(role, p, std::move(r), key);
            pump(role);
        });
    }
    m_pumping.remove(laneKey(role));
}

void Scheduler::finish(Role role, const Pending &p, LlmResponse response, const QByteArray &key)
{
    std::shared_ptr<Provider> provider = m_lanes.value(laneKey(role)).provider;
    if (response.ok() && !response.cached) {
        response.usage.calls = 1;
        if (response.usage.promptTokens == 0 && response.usage.completionTokens == 0) {
            response.usage.promptTokens = estimateTokens(p.request);
            for (const QString &c : std::as_const(response.choices))
                response.usage.completionTokens += estimateTokens(c);
            response.usageEstimated = true;
        }
        if (m_cache && !key.isEmpty())
            m_cache->store(key, response);
    } else if (!response.ok()) {
        response.usage.calls = response.error == ErrorKind::Cancelled ? 0 : 1;
    }
    if (response.endpoint.isEmpty() && provider)
        response.endpoint = provider->endpoint();

    CallRecord rec;
    rec.role = role;
    rec.purpose = p.request.purpose;
    rec.endpoint = response.endpoint;
    rec.model = provider ? provider->model() : QString();
    rec.error = response.error;
    rec.errorMessage = response.errorMessage;
    rec.httpStatus = response.httpStatus;
    rec.latencyMs = response.latencyMs;
    rec.promptTokens = response.usage.promptTokens;
    rec.completionTokens = response.usage.completionTokens;
    rec.cached = response.cached;

    p.promise->addResult(std::move(response));
    p.promise->finish();
    emit callFinished(rec);
}

} // namespace drpo::llm
