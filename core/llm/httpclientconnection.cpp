// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httpclientconnection.h"

#include "llm/httpclient.h"
#include "llm/httpexchange.h"
#include "llm/llmtext.h"
#include "llm/socketwrite.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>

namespace drpo::llm {

namespace {
// The same codes Qt's stack reports, so HttpTransport::failure and the retries behave alike.
QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    case QAbstractSocket::TemporaryError: return QNetworkReply::TemporaryNetworkFailureError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

// Counts the connection's nesting in its socket's signals, so nobody deletes it under them.
class Depth {
public:
    explicit Depth(int &d)
        : m_d(d)
    {
        ++m_d;
    }
    ~Depth() { --m_d; }
    Depth(const Depth &) = delete;
    Depth &operator=(const Depth &) = delete;

private:
    int &m_d;
};
} // namespace

HttpClientConnection::HttpClientConnection(HttpClient *client, const QString &host, quint16 port)
    : m_client(client)
    , m_host(host)
    , m_port(port)
    , m_socket(new QTcpSocket(this))
{
    // The client is only used where no proxy applies (HttpClient::suits).
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, &HttpClientConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpClientConnection::onReadyRead);
    // Queued: a close or an error is handled after the bytes that came before it, and never
    // inside connectToHost() or write() (the caller's stack is not re-entered).
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpClientConnection::onLost, Qt::QueuedConnection);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpClientConnection::onLost, Qt::QueuedConnection);
}

HttpClientConnection::~HttpClientConnection()
{
    if (!m_dead)
        abandon();
}

void HttpClientConnection::abandon()
{
    m_dead = true;
    m_client = nullptr;
    m_exchange.reset();
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpClientConnection::start(std::shared_ptr<HttpExchange> exchange)
{
    m_exchange = std::move(exchange);
    m_parser.reset(m_exchange->expectBody);
    m_headersDelivered = false;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        writeRequest();
    else if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->connectToHost(m_host, m_port);
    // else: still connecting; onConnected writes it
}

void HttpClientConnection::onConnected()
{
    // Requests are written whole; waiting for more to coalesce would only add latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_exchange && !m_dead)
        writeRequest();
}

void HttpClientConnection::writeRequest()
{
    // Sent now, not on the next turn of the event loop (a failure is reported queued, in onLost).
    writeNow(m_socket, m_exchange->request);
}

void HttpClientConnection::onReadyRead()
{
    if (m_dead)
        return;
    process(m_socket->readAll());
}

void HttpClientConnection::process(const QByteArray &bytes)
{
    if (!m_exchange) {
        // Bytes nobody asked for on an idle connection: it cannot be trusted with the next request.
        Depth depth(m_depth);
        if (HttpClient *client = std::exchange(m_client, nullptr)) {
            m_dead = true;
            client->lost(this);
        }
        return;
    }
    Depth depth(m_depth);
    QPointer<HttpClientConnection> self(this);
    const std::shared_ptr<HttpExchange> ex = m_exchange;
    const HttpResponseParser::Result result = m_parser.feed(bytes);
    // Every callback may abort the exchange or delete the client: look again after each.
    if (m_parser.headersComplete() && !m_headersDelivered) {
        m_headersDelivered = true;
        if (ex->onHeaders)
            ex->onHeaders(m_parser);
        if (!self || m_exchange != ex)
            return;
    }
    const QByteArray body = m_parser.takeBody();
    if (!body.isEmpty() && ex->onBody) {
        ex->onBody(body);
        if (!self || m_exchange != ex)
            return;
    }
    if (result == HttpResponseParser::Result::Done) {
        m_exchange.reset();
        ++m_served;
        m_client->completed(this, ex, m_parser.keepAlive());
    } else if (result == HttpResponseParser::Result::Error) {
        m_exchange.reset();
        m_client->failed(this, ex, QNetworkReply::ProtocolFailure, m_parser.errorString());
    }
}

void HttpClientConnection::onLost()
{
    if (m_dead)
        return;
    Depth depth(m_depth);
    QPointer<HttpClientConnection> self(this);
    if (m_exchange && m_socket->bytesAvailable() > 0) {
        process(m_socket->readAll());
        if (!self || m_dead)
            return;
    }
    m_dead = true;
    HttpClient *client = std::exchange(m_client, nullptr);
    const std::shared_ptr<HttpExchange> ex = std::exchange(m_exchange, {});
    if (!ex) {
        client->lost(this); // an idle connection the server closed
        return;
    }
    if (m_parser.finish() == HttpResponseParser::Result::Done) {
        // A body delimited by the close is complete now.
        client->completed(this, ex, false);
        return;
    }
    if (!m_parser.receivedAny() && m_served > 0 && !ex->retried) {
        client->retry(this, ex);
        return;
    }
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (m_parser.receivedAny() || socketError == QAbstractSocket::RemoteHostClosedError ||
        socketError == QAbstractSocket::UnknownSocketError) {
        client->failed(this, ex, QNetworkReply::RemoteHostClosedError, m_parser.errorString());
    } else if (socketError == QAbstractSocket::HostNotFoundError) {
        client->failed(this, ex, QNetworkReply::HostNotFoundError, LlmText::tr("host %1 not found").arg(m_host));
    } else {
        client->failed(this, ex, networkError(socketError), m_socket->errorString());
    }
}

} // namespace drpo::llm
