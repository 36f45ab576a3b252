// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

namespace drpo::serve {

class HttpConnection;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The answer side of one request, handed to the server's handler. A cheap handle: copy it
// into a callback and answer later, on the server's thread. Every call is a no-op once the
// client has gone (or the request was answered), so a late upstream result is harmless.
class HttpResponder {
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 requestId);

    quint64 requestId() const { return m_id; }
    // The client is still connected and waiting for this answer.
    bool isOpen() const;
    // True once a stream has begun (its status line is on the wire).
    bool isStreaming() const;

    // A complete answer with a Content-Length.
    void respond(int status, const QByteArray &contentType, const QByteArray &body, const HttpHeaders &extra = {});
    // A streamed answer (chunked transfer coding; HTTP/1.0 clients get the raw bytes and a close).
    bool beginStream(int status, const QByteArray &contentType, const HttpHeaders &extra = {});
    // False when the client is gone or has stopped reading (the connection is then dropped).
    bool write(const QByteArray &data);
    void end();

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_id = 0;
};

} // namespace drpo::serve
