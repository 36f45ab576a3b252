// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serve/httprequest.h"
#include "serve/httpresponder.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QTcpServer;

namespace drpo::serve {

class HttpConnection;

// A small HTTP/1.1 server over QTcpServer, written for limits rather than features (Qt
// 6.4's QHttpServer has no body, header, connection or time limits). Keep-alive, pipelined
// requests answered in order, Expect: 100-continue, chunked streaming answers. Everything
// runs on the thread the server lives on; the handler may answer later through its
// HttpResponder.
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpRequest request, HttpResponder responder)>;
    // The body of an answer the HTTP layer makes itself (400, 408, 413, 503...).
    using ErrorFormatter = std::function<QByteArray(int status, const QString &message, QByteArray *contentType)>;

    explicit HttpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setErrorFormatter(ErrorFormatter formatter) { m_errorFormatter = std::move(formatter); }
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Stops listening and drops every connection (their requests are reported aborted).
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    const HttpLimits &limits() const { return m_limits; }
    int connectionCount() const { return int(m_connections.size()); }
    qint64 connectionsRefused() const { return m_refused; }

    // Used by the connections.
    quint64 nextRequestId() { return ++m_lastId; }
    void dispatch(HttpRequest request, HttpResponder responder);
    QByteArray errorBody(int status, const QString &message, QByteArray *contentType) const;
    void noteRejected(const QHostAddress &peer, int status, const QString &message)
    {
        emit rejected(peer, status, message);
    }

signals:
    // The client went away (or timed out) before request `id` was fully answered.
    void requestAborted(quint64 id);
    // The HTTP layer refused a request itself (malformed, too large, too slow: 4xx/5xx) or
    // a connection over the limit (503); the connection was closed after the answer.
    void rejected(const QHostAddress &peer, int status, const QString &message);

private:
    void accept();

    HttpLimits m_limits;
    QTcpServer *m_tcp;
    Handler m_handler;
    ErrorFormatter m_errorFormatter;
    QSet<HttpConnection *> m_connections;
    quint64 m_lastId = 0;
    qint64 m_refused = 0;
};

} // namespace drpo::serve
