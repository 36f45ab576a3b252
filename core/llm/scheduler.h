#pragma once

#include "llm/llmrequest.h"
#include "llm/provider.h"
#include "llm/responsecache.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <memory>

namespace drpo::llm {

// Runs model calls for the four roles: per-role provider, concurrency limit, priority
// queue and response cache. Lives in its own thread (owned by whoever owns the scheduler);
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

    QFuture<LlmResponse> submit(LlmRequest request);
    // Submits all and waits; only for worker threads (never the GUI thread).
    QList<LlmResponse> runAll(const QList<LlmRequest> &requests);
    void cancelAll();

signals:
    void callFinished(const drpo::llm::CallRecord &record);

private:
    struct Pending {
        LlmRequest request;
        std::shared_ptr<QPromise<LlmResponse>> promise;
        quint64 order = 0;
    };
    struct Lane {
        std::shared_ptr<Provider> provider;
        int concurrency = 1;
        int inFlight = 0;
        QList<Pending> queue;
    };

    void enqueue(Pending p);
    void pump(Role role);
    void finish(Role role, const Pending &p, LlmResponse response, const QByteArray &key);

    QHash<int, Lane> m_lanes; // by Role; touched only on this object's thread after setup
    std::shared_ptr<ResponseCache> m_cache;
    QSet<int> m_pumping;
    quint64 m_order = 0;
    quint64 m_generation = 0; // bumped by cancelAll so late answers are dropped
};

} // namespace drpo::llm
