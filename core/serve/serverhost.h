// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/scheduler.h"
#include "model/roleconfig.h"
#include "serve/requestlogentry.h"
#include "serve/serveconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace drpo::llm {
class SchedulerHost;
}

namespace drpo::serve {

class ProfileServer;

// Runs a ProfileServer in front of its own scheduler (hosted by llm::SchedulerHost), on the
// scheduler's thread; a start thread prepares the profiles first. What `drpo serve`, the
// GUI's "Serve this profile…" and the benchmark start. Its signals arrive on the thread
// that owns the host.
class ServerHost : public QObject {
    Q_OBJECT
public:
    explicit ServerHost(QObject *parent = nullptr);
    ~ServerHost() override;

    // Checks the configuration and sets up the base (and embedder) role; false with
    // *error at once when that fails. Then, on the server thread, embeds the profiles'
    // examples when an embedder is configured and listens: started() or failed() follows.
    // The response cache is used only when asked for (CacheMode::On): a server must not
    // hand one sampled answer to every client asking the same.
    bool start(const ServeConfig &config, const model::ModelSettings &models, quint64 seed, QString *error);
    // How the scheduler retries failed upstream calls (before start; tests shorten it).
    void setRetryPolicy(const llm::RetryPolicy &policy) { m_retry = policy; }
    // Blocks (spinning the event loop) until started or failed; false with *error.
    bool waitStarted(QString *error, int timeoutMs = 120000);
    // Stops listening, drops the connections and cancels the calls in flight. The log
    // entries of requests answered before it are delivered (requestFinished) before it returns.
    void stop();

    bool isRunning() const { return m_running; }
    QString url() const { return m_url; }
    quint16 port() const { return m_port; }

signals:
    void started(const QString &url);
    void failed(const QString &error);
    void stopped();
    // Something the operator should know, e.g. retrieval fell back to BM25.
    void warning(const QString &message);
    void requestFinished(const drpo::serve::RequestLogEntry &entry);

private:
    void launch(ServeConfig config, model::ModelSettings models, quint64 generation);
    void shutdown(bool deliverQueuedLog);

    std::unique_ptr<llm::SchedulerHost> m_scheduler;
    llm::RetryPolicy m_retry;
    QThread *m_thread = nullptr;       // the start thread
    QObject *m_context = nullptr;      // lives on m_thread: the target of calls made there
    ProfileServer *m_server = nullptr; // owned and used on the scheduler's thread
    std::atomic<bool> m_stopping{false};
    quint64 m_generation = 0; // a start's reports are ignored once it was stopped
    bool m_starting = false;
    bool m_running = false;
    QString m_error;
    QString m_url;
    quint16 m_port = 0;
};

} // namespace drpo::serve
