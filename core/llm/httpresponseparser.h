// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>

namespace drpo::llm {

// Incremental parser of one HTTP/1.x response (the client side of HttpClient): status line,
// headers, then a body framed by Content-Length, chunked transfer coding or the end of the
// connection. Bytes may arrive split anywhere; decoded body bytes are handed out as they
// come (takeBody) so a stream reaches its reader without waiting for the end.
// Interim 1xx answers are skipped. Everything the server sends is untrusted: sizes and
// counts are bounded and a malformed answer is an error, never a guess.
class HttpResponseParser {
public:
    enum class Result { NeedMore, Done, Error };
    enum class Failure {
        None,
        Malformed, // not HTTP, or a framing that cannot be decoded
        Truncated  // the connection ended before the answer did
    };
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024; // status line + headers (and again trailers)
    static constexpr int kMaxHeaderCount = 256;

    // Starts a new response. Without a body expected (the answer to HEAD) only the header is read.
    void reset(bool expectBody = true);
    // Consumes the bytes; anything past the end of the response is counted in excessBytes().
    Result feed(QByteArrayView data);
    // The peer closed the connection: ends a body delimited by the close, else a truncation.
    Result finish();

    bool headersComplete() const { return m_headersDone; }
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;            // the first value, case-insensitive name
    qint64 contentLength() const { return m_contentLength; } // -1 when not announced
    bool isChunked() const { return m_chunked; }
    qint64 bodyBytes() const { return m_bodyBytes; } // decoded body bytes so far
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    bool receivedAny() const { return m_receivedAny; } // any byte at all since reset()
    qsizetype excessBytes() const { return m_excess; }
    // The connection can carry another request once this response is done.
    bool keepAlive() const;

private:
    enum class State {
        StatusLine,
        Headers,
        Body,
        BodyUntilClose,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Error
    };

    bool takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line);
    bool statusLine(const QByteArray &line);
    bool headerLine(const QByteArray &line);
    bool headersEnded();
    bool chunkSizeLine(const QByteArray &line);
    Result fail(Failure kind, const QString &message);
    void appendBody(QByteArrayView bytes);

    State m_state = State::StatusLine;
    Failure m_failure = Failure::None;
    QString m_error;
    QByteArray m_line; // a line not yet ended
    qsizetype m_headerBytes = 0;
    bool m_expectBody = true;
    bool m_receivedAny = false;
    bool m_headersDone = false;
    bool m_http10 = false;
    bool m_chunked = false;
    bool m_closeDelimited = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the body (Content-Length) or of the current chunk
    qint64 m_bodyBytes = 0;
    QByteArray m_body;
    qsizetype m_excess = 0;
};

} // namespace drpo::llm
