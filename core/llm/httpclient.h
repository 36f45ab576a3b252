// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/httpexchange.h"

#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QString>

#include <deque>
#include <memory>

class QUrl;

namespace drpo::llm {

class HttpClientConnection;

// A small HTTP/1.1 client for plain http:// endpoints (local and cluster model servers),
// on the calling thread: a keep-alive connection pool per host and port, bounded, with the
// request waiting for a free connection past the bound. A reused connection that the server
// closed before any byte of the answer arrived (its keep-alive timeout raced the request)
// is retried once on a new connection, whatever the method: model calls do not change
// server state, and Qt's own stack does the same. https:// stays with QNetworkAccessManager.
class HttpClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxConnections = 256;

    explicit HttpClient(int maxConnectionsPerOrigin = kDefaultMaxConnections, QObject *parent = nullptr);
    ~HttpClient() override;

    // Whether this client should carry calls to `url`: http:// with no proxy in the way
    // (a loopback host, or no proxy configured), unless DRPO_HTTP_CLIENT=qt asks for Qt's.
    static bool suits(const QUrl &url);
    // An exchange for `url` with the request's bytes; the caller sets the callbacks and send()s it.
    static std::shared_ptr<HttpExchange> prepare(const QUrl &url, const QByteArray &method,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

    void send(std::shared_ptr<HttpExchange> exchange);
    // Ends the exchange now with `error` (onFinished is called); its connection is closed.
    void abort(
        const std::shared_ptr<HttpExchange> &exchange, QNetworkReply::NetworkError error, const QString &message);

    int connectionCount() const;
    int idleConnectionCount() const;

private:
    friend class HttpClientConnection;
    struct Pool {
        QList<HttpClientConnection *> all;
        QList<HttpClientConnection *> idle;
        std::deque<std::shared_ptr<HttpExchange>> waiting;
    };
    static QString originOf(const HttpExchange &e);
    void dispatch(const QString &origin);
    void drop(HttpClientConnection *c);
    void finish(const std::shared_ptr<HttpExchange> &e, QNetworkReply::NetworkError error, const QString &message);

    // From the connections.
    void completed(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e, bool reusable);
    void failed(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e, QNetworkReply::NetworkError error,
        const QString &message);
    void retry(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e);
    void lost(HttpClientConnection *c);

    int m_maxPerOrigin;
    QHash<QString, std::shared_ptr<Pool>> m_pools;
    QHash<HttpClientConnection *, QString> m_originOf;
};

} // namespace drpo::llm
