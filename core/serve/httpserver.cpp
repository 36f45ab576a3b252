// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/httpserver.h"

#include "serve/httpconnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace drpo::serve {

HttpServer::HttpServer(const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_tcp(new QTcpServer(this))
{
    m_tcp->setListenBacklogSize(256);
    m_tcp->setMaxPendingConnections(256);
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::accept);
}

HttpServer::~HttpServer()
{
    // The connections are children: they go with the server, without abort notices to a
    // handler that is being destroyed too.
    for (HttpConnection *c : std::as_const(m_connections))
        c->disconnect(this);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcp->listen(address, port))
        return true;
    if (error)
        *error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_tcp->errorString());
    return false;
}

void HttpServer::close()
{
    m_tcp->close();
    const QSet<HttpConnection *> open = m_connections;
    for (HttpConnection *c : open)
        c->drop();
}

bool HttpServer::isListening() const
{
    return m_tcp->isListening();
}

quint16 HttpServer::port() const
{
    return m_tcp->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_tcp->serverAddress();
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (int(m_connections.size()) >= m_limits.maxConnections) {
            // Over the limit: a short answer the client can act on, then the door.
            ++m_refused;
            noteRejected(socket->peerAddress(), 503, tr("too many open connections"));
            QByteArray contentType;
            const QByteArray body = errorBody(
                503, tr("too many open connections (%1); retry shortly").arg(m_limits.maxConnections), &contentType);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + contentType + "\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, [socket] { socket->abort(); }); // never lingers
            continue;
        }
        auto *c = new HttpConnection(socket, this);
        m_connections.insert(c);
        connect(c, &HttpConnection::closed, this, [this, c] { m_connections.remove(c); });
        connect(c, &HttpConnection::aborted, this, &HttpServer::requestAborted);
    }
}

void HttpServer::dispatch(HttpRequest request, HttpResponder responder)
{
    if (m_handler) {
        m_handler(std::move(request), std::move(responder));
        return;
    }
    QByteArray contentType;
    const QByteArray body = errorBody(404, tr("nothing is served here"), &contentType);
    responder.respond(404, contentType, body);
}

QByteArray HttpServer::errorBody(int status, const QString &message, QByteArray *contentType) const
{
    if (m_errorFormatter)
        return m_errorFormatter(status, message, contentType);
    *contentType = "text/plain; charset=utf-8";
    return message.toUtf8() + '\n';
}

} // namespace drpo::serve
