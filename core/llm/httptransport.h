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

namespace drpo::llm {

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
// keeps enough connection pools for the concurrency asked (Qt allows 6 connections per
// host per manager), applies an idle timeout and cancels everything on request.
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

private:
    struct Active;
    QNetworkAccessManager *pickManager();
    QString pickBase();

    QStringList m_bases;
    QHash<QString, int> m_baseLoad;
    int m_roundRobin = 0;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_managerLoad;
    QHash<QNetworkReply *, std::shared_ptr<Active>> m_active;
    int m_inFlight = 0;
};

} // namespace drpo::llm
