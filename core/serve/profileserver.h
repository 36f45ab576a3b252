// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serve/completionjob.h"
#include "serve/httpserver.h"
#include "serve/requestlogentry.h"
#include "serve/serveconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace drpo::llm {
class Scheduler;
}

namespace drpo::serve {

// The OpenAI-compatible endpoint over alignment profiles: GET /health, GET /v1/models,
// POST /v1/chat/completions and /v1/completions. Checks the bearer key, admits up to
// maxConcurrent requests and queues maxQueue more (429 beyond), retrieves and renders
// through each profile's ProfileResponder, calls the base model through the scheduler
// (retries, replicas, rate limits, cache), and answers whole or streamed. Stateless
// between requests. Lives on one thread; the scheduler on its own.
class ProfileServer : public QObject {
    Q_OBJECT
public:
    ProfileServer(const ServeConfig &config, const QList<ServedModel> &models, llm::Scheduler *scheduler,
        QObject *parent = nullptr);
    ~ProfileServer() override;

    bool listen(QString *error);
    void close();
    QString url() const; // http://host:port/v1
    quint16 port() const { return m_http->port(); }
    int activeCount() const { return m_active; }
    int queuedCount() const { return int(m_queue.size()); }
    HttpServer *http() const { return m_http; }

signals:
    // Every API request once answered or refused (a successful /health is not logged).
    void requestFinished(const drpo::serve::RequestLogEntry &entry);

private:
    class Mailbox;

    void handle(HttpRequest request, HttpResponder responder);
    void handleCompletion(
        const HttpRequest &request, HttpResponder responder, bool legacy, RequestLogEntry entry, QElapsedTimer clock);
    void handleModels(const HttpRequest &request, HttpResponder responder, RequestLogEntry entry);
    bool authorized(const HttpRequest &request) const;
    void refuse(HttpResponder &responder, RequestLogEntry entry, const ApiError &error, const HttpHeaders &extra = {});
    void start(const std::shared_ptr<CompletionJob> &job);
    void callBase(const std::shared_ptr<CompletionJob> &job, const QList<double> &queryVector);
    void onAnswer(quint64 id, const llm::LlmResponse &response);
    void finish(const std::shared_ptr<CompletionJob> &job);
    void pump();
    void sweep();
    void onAborted(quint64 id);

    ServeConfig m_config;
    HttpServer *m_http;
    QHash<QString, ServedModel> m_models;
    QStringList m_modelOrder;
    llm::Scheduler *m_scheduler;
    std::shared_ptr<Mailbox> m_mailbox;
    QHash<quint64, std::shared_ptr<CompletionJob>> m_jobs;
    std::deque<quint64> m_queue;
    int m_active = 0;
    QTimer m_sweep; // total timeouts of the requests in flight
    qint64 m_startedSecs = 0;
};

} // namespace drpo::serve
