// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/httpconnection.h"

#include "llm/socketwrite.h"
#include "serve/httpserver.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace drpo::serve {

namespace {
// What Qt buffers from the socket beyond what the parser has taken: while a request is
// being answered nothing is read, so a client pipelining (or flooding) meets TCP back-pressure.
constexpr qint64 kSocketReadBuffer = 256 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(server->limits())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    // Small answers and stream chunks go out at once (Nagle plus delayed ACKs would hold
    // them for tens of milliseconds).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_readTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(server->limits().writeStallTimeoutMs);
    connect(&m_readTimer, &QTimer::timeout, this, &HttpConnection::onReadTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_socket->bytesToWrite() > 0)
            drop(); // the client stopped reading our answer
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            m_stallTimer.stop();
        else
            m_stallTimer.start(); // progress: the stall clock starts again
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    armReadTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isWaitingFor(quint64 id) const
{
    return id != 0 && m_currentId == id && (m_state == State::Handling || m_state == State::Streaming);
}

bool HttpConnection::isStreaming(quint64 id) const
{
    return id != 0 && m_currentId == id && m_state == State::Streaming;
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Reading)
        processInput();
    // Otherwise the bytes wait in the socket (a pipelined request is read after this answer).
}

void HttpConnection::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_state == State::Reading) {
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->readAll();
        if (m_buffer.isEmpty() && !m_parser.inRequest())
            break;
        const HttpRequestParser::Status status = m_parser.parse(m_buffer);
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::Error) {
            failRequest(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        if (status == HttpRequestParser::Status::HeadComplete) {
            if (m_parser.expectsContinue())
                send("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        }
        HttpRequest request = m_parser.takeRequest();
        request.id = m_server->nextRequestId();
        request.peer = m_socket->peerAddress();
        m_currentId = request.id;
        m_currentKeepAlive = request.keepAlive();
        m_currentHead = request.method == "HEAD";
        m_currentChunked = request.minorVersion >= 1;
        m_state = State::Handling;
        m_readTimer.stop();
        m_requestTimerArmed = false;
        m_server->dispatch(std::move(request), HttpResponder(this, m_currentId));
        // A synchronous answer has put the state back to Reading: the loop goes on with
        // the next pipelined request, if any.
    }
    m_processing = false;
    if (m_state == State::Reading)
        armReadTimer();
}

void HttpConnection::armReadTimer()
{
    const HttpLimits &limits = m_server->limits();
    if (m_parser.inRequest()) {
        // The deadline runs from the request's first byte and is never pushed back, so a
        // client trickling bytes (slowloris) is cut off.
        if (!m_requestTimerArmed) {
            m_requestTimerArmed = true;
            m_readTimer.start(limits.requestTimeoutMs);
        }
        return;
    }
    m_requestTimerArmed = false;
    m_readTimer.start(limits.idleTimeoutMs);
}

void HttpConnection::onReadTimeout()
{
    if (m_state != State::Reading)
        return;
    if (m_parser.inRequest()) {
        failRequest(408,
            tr("the request did not arrive within %1 s").arg(m_server->limits().requestTimeoutMs / 1000.0, 0, 'g', 3));
        return;
    }
    m_state = State::Closing; // idle keep-alive connection: close quietly
    m_socket->disconnectFromHost();
}

void HttpConnection::failRequest(int status, const QString &message)
{
    QByteArray contentType;
    const QByteArray body = m_server->errorBody(status, message, &contentType);
    m_server->noteRejected(m_socket->peerAddress(), status, message);
    m_currentKeepAlive = false;
    m_currentHead = false;
    if (!send(head(status, contentType, body.size(), false, {}) + body))
        return;
    m_state = State::Closing; // after a malformed request the next one cannot be found
    m_readTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->bytesToWrite() > 0)
        m_stallTimer.start();
}

QByteArray HttpConnection::head(
    int status, const QByteArray &contentType, qint64 contentLength, bool chunked, const HttpHeaders &extra) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpRequestParser::reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        h += "Content-Type: " + contentType + "\r\n";
    if (chunked)
        h += "Transfer-Encoding: chunked\r\n";
    else if (contentLength >= 0)
        h += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    h += m_currentKeepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &e : extra)
        h += e.first + ": " + e.second + "\r\n";
    h += "\r\n";
    return h;
}

bool HttpConnection::send(const QByteArray &bytes)
{
    if (m_state == State::Closed)
        return false;
    // Out now rather than on the next turn of the event loop: fewer wake-ups per answer, and
    // the answer does not wait behind the other connections' events.
    llm::writeNow(m_socket, bytes);
    if (m_state == State::Closed)
        return false; // the write failed and dropped the connection
    if (m_socket->bytesToWrite() > m_server->limits().maxPendingWriteBytes) {
        drop(); // the client reads nothing of a long answer: do not buffer it without end
        return false;
    }
    if (m_socket->bytesToWrite() > 0 && !m_stallTimer.isActive())
        m_stallTimer.start();
    return true;
}

void HttpConnection::respond(
    quint64 id, int status, const QByteArray &contentType, const QByteArray &body, const HttpHeaders &extra)
{
    if (m_state != State::Handling || m_currentId != id)
        return;
    if (!send(head(status, contentType, body.size(), false, extra) + (m_currentHead ? QByteArray() : body)))
        return;
    finishResponse();
}

bool HttpConnection::beginStream(quint64 id, int status, const QByteArray &contentType, const HttpHeaders &extra)
{
    if (m_state != State::Handling || m_currentId != id)
        return false;
    if (!m_currentChunked)
        m_currentKeepAlive = false; // HTTP/1.0: the end of the answer is the end of the connection
    if (!send(head(status, contentType, -1, m_currentChunked, extra)))
        return false;
    m_state = State::Streaming;
    return true;
}

bool HttpConnection::writeStream(quint64 id, const QByteArray &data)
{
    if (m_state != State::Streaming || m_currentId != id)
        return false;
    if (data.isEmpty())
        return true; // an empty chunk would end the stream
    if (m_currentHead)
        return true;
    if (!m_currentChunked)
        return send(data);
    return send(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream(quint64 id)
{
    if (m_state != State::Streaming || m_currentId != id)
        return;
    if (m_currentChunked && !m_currentHead && !send("0\r\n\r\n"))
        return;
    finishResponse();
}

void HttpConnection::finishResponse()
{
    m_currentId = 0;
    if (!m_currentKeepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Reading;
    if (!m_processing)
        processInput();
}

void HttpConnection::drop()
{
    if (m_state == State::Closed)
        return;
    const bool answering = m_state == State::Handling || m_state == State::Streaming;
    const quint64 id = m_currentId;
    m_state = State::Closed;
    m_readTimer.stop();
    m_stallTimer.stop();
    m_socket->abort();
    if (answering)
        emit aborted(id);
    emit closed();
    deleteLater();
}

void HttpConnection::onDisconnected()
{
    drop();
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 requestId)
    : m_connection(connection)
    , m_id(requestId)
{}

bool HttpResponder::isOpen() const
{
    return m_connection && m_connection->isWaitingFor(m_id);
}

bool HttpResponder::isStreaming() const
{
    return m_connection && m_connection->isStreaming(m_id);
}

void HttpResponder::respond(int status, const QByteArray &contentType, const QByteArray &body, const HttpHeaders &extra)
{
    if (m_connection)
        m_connection->respond(m_id, status, contentType, body, extra);
}

bool HttpResponder::beginStream(int status, const QByteArray &contentType, const HttpHeaders &extra)
{
    return m_connection && m_connection->beginStream(m_id, status, contentType, extra);
}

bool HttpResponder::write(const QByteArray &data)
{
    return m_connection && m_connection->writeStream(m_id, data);
}

void HttpResponder::end()
{
    if (m_connection)
        m_connection->endStream(m_id);
}

} // namespace drpo::serve
