// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace drpo::serve {

// What the HTTP layer accepts before it refuses (with 408, 413, 414, 431, 429 or 503).
struct HttpLimits {
    int maxRequestLineBytes = 8 * 1024;            // method, target and version (414 beyond)
    int maxHeaderBytes = 32 * 1024;                // the whole head, request line included (431 beyond)
    int maxHeaderCount = 100;                      // header fields (431 beyond)
    qint64 maxBodyBytes = 4 * 1024 * 1024;         // Content-Length (413 beyond, before the body is read)
    int maxConnections = 512;                      // open connections; more get 503 and are closed
    int idleTimeoutMs = 30000;                     // a keep-alive connection without a request is closed
    int requestTimeoutMs = 15000;                  // from a request's first byte to its last (408: slowloris)
    int writeStallTimeoutMs = 30000;               // an answer the client does not read is abandoned
    qint64 maxPendingWriteBytes = 8 * 1024 * 1024; // unread output (a stream to a stalled client)
};

// One parsed HTTP/1.x request. Header names are lower-cased; values are trimmed.
struct HttpRequest {
    quint64 id = 0; // unique in the server, for abort notices
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path;   // target without the query
    QByteArray query;
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The first value of a header (lower-case name), or empty.
    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes it.
    bool keepAlive() const;
};

} // namespace drpo::serve
