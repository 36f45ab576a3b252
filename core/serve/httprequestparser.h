// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serve/httprequest.h"

#include <QByteArray>
#include <QString>

namespace drpo::serve {

// Incremental, strict parser of one HTTP/1.x request at a time from a connection's buffer.
// Strict where leniency enables request smuggling or resource abuse: no obs-fold, no space
// before a header colon, one Content-Length, no Transfer-Encoding (411: bodies need a
// Content-Length), limits checked before anything is buffered beyond them.
class HttpRequestParser {
public:
    enum class Status {
        NeedMore,     // feed more bytes
        HeadComplete, // the head is parsed, the body is still to come (answer Expect: 100-continue now)
        Complete,     // request() is ready; the bytes it used are gone from the buffer
        Error         // errorStatus()/errorMessage(); the connection must be closed after the answer
    };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Parses from the front of `buffer`, removing what a complete request used (pipelined
    // requests after it stay in the buffer). HeadComplete is reported once per request.
    Status parse(QByteArray &buffer);
    // The request once Complete (or its head once HeadComplete); moved out by takeRequest.
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    // True once some byte of the current request has been seen (for the request timeout).
    bool inRequest() const { return m_state != State::Idle; }
    bool expectsContinue() const { return m_expectContinue; }

    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

    // The reason phrase of a status code this server uses.
    static QByteArray reasonPhrase(int status);

private:
    enum class State { Idle, Head, Body, Done, Failed };
    Status fail(int status, const QString &message);
    Status parseHead(QByteArray &buffer);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool finishHead();

    HttpLimits m_limits;
    State m_state = State::Idle;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    qsizetype m_scanned = 0;         // bytes of the head already searched for its end
    qsizetype m_requestLineEnd = -1; // where the request line ends, once seen
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace drpo::serve
