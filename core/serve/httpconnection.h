// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serve/httprequestparser.h"
#include "serve/httpresponder.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace drpo::serve {

class HttpServer;

// One client connection of the HttpServer: reads and parses requests one at a time (the
// next pipelined request waits in the buffer until this one is answered), enforces the
// idle, request and write-stall timeouts, and writes the answers.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // For HttpResponder: each acts only while `id` is the request being answered.
    bool isWaitingFor(quint64 id) const;
    bool isStreaming(quint64 id) const;
    void respond(
        quint64 id, int status, const QByteArray &contentType, const QByteArray &body, const HttpHeaders &extra);
    bool beginStream(quint64 id, int status, const QByteArray &contentType, const HttpHeaders &extra);
    bool writeStream(quint64 id, const QByteArray &data);
    void endStream(quint64 id);

    // Drops the connection now; a request being answered is reported aborted.
    void drop();

signals:
    void aborted(quint64 requestId);
    void closed();

private:
    enum class State { Reading, Handling, Streaming, Closing, Closed };

    void onReadyRead();
    void processInput();
    void armReadTimer();
    void onReadTimeout();
    void failRequest(int status, const QString &message);
    QByteArray head(
        int status, const QByteArray &contentType, qint64 contentLength, bool chunked, const HttpHeaders &extra) const;
    bool send(const QByteArray &bytes);
    void finishResponse();
    void onDisconnected();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    State m_state = State::Reading;
    quint64 m_currentId = 0;
    bool m_currentKeepAlive = true;
    bool m_currentHead = false;    // a HEAD request: the answer has no body
    bool m_currentChunked = false; // streaming with the chunked coding (HTTP/1.1)
    bool m_processing = false;     // inside processInput (answers may come synchronously)
    bool m_requestTimerArmed = false;
    QTimer m_readTimer;  // idle between requests, or the deadline of the request being read
    QTimer m_stallTimer; // output pending and the client reading none of it
};

} // namespace drpo::serve
