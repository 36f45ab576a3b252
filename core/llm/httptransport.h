// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;
class QUrl;

namespace drpo::llm {

class HttpClient;

// Bounds of one call, whatever the server does: a 50 MB answer or a stream that never ends
// is cut off with a clear error instead of filling memory or holding the run forever.
inline constexpr qint64 kMaxResponseBytes = qint64(32) << 20;
inline constexpr int kMaxCallMs = 30 * 60 * 1000;

// One HTTP request to one of the provider's replicas.
struct HttpCall {
    QByteArray method = "POST";
    QString path; // appended to the chosen base URL
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 120000;                         // idle time without any byte received
    int maxCallMs = kMaxCallMs;                     // the whole call, however lively the stream
    qint64 maxBytes = kMaxResponseBytes;            // the answer's size (a stream's total)
    std::function<void(const QByteArray &)> onData; // streaming: called for each chunk
};

struct HttpResult {
    int status = 0;
    QByteArray body;       // empty when onData consumed the stream
    QByteArray retryAfter; // Retry-After header (or retry-after-ms converted to seconds)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false; // cut off at maxBytes
    bool tooLong = false;  // cut off at maxCallMs
    qint64 maxBytes = 0;
    int maxCallMs = 0;
    QString base; // the replica that served the call
    qint64 latencyMs = 0;
};

// Asynchronous HTTP for the providers: spreads calls over replicas (least in flight),
// applies an idle timeout and the bounds of HttpCall, and cancels everything on request.
// Plain http:// bases go through our own HttpClient on this thread (keep-alive pool, no
// thread hop); https:// and proxied ones through Qt's stack, with enough connection pools
// for the concurrency asked (Qt allows 6 connections per host per manager).
// Lives on the scheduler's thread; created there lazily by the provider's first start().
class HttpTransport : public QObject {
    Q_OBJECT
public:
    explicit HttpTransport(QStringList bases, QObject *parent = nullptr);
    ~HttpTransport() override;

    void send(HttpCall call, std::function<void(HttpResult)> done);
    void cancelAll();
    int inFlight() const { return m_inFlight; }

    // The error response for a failed call (network error, timeout, cancel, non-2xx), or
    // nothing when the call succeeded. `secret` is scrubbed from every message.
    static std::optional<LlmResponse> failure(const HttpResult &r, const QString &secret);

    // Deletes a transport from any thread: directly on its own thread, else deleteLater.
    static void dispose(HttpTransport *t);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Active;
    QNetworkAccessManager *pickManager();
    QString pickBase();
    void startQt(const std::shared_ptr<Active> &a, const QUrl &url);
    void startDirect(const std::shared_ptr<Active> &a, const QUrl &url);
    void abortActive(Active &a);
    void complete(const std::shared_ptr<Active> &a, HttpResult r);

    QStringList m_bases;
    QHash<QString, int> m_baseLoad;
    int m_roundRobin = 0;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_managerLoad;
    HttpClient *m_client = nullptr; // created with the first http:// call
    QHash<QString, bool> m_direct;  // base -> carried by m_client
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Active>> m_active;
    QHash<int, quint64> m_timerCall; // the direct path's timers: timer id -> call
    int m_inFlight = 0;
};

} // namespace drpo::llm
