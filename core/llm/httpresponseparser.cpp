// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httpresponseparser.h"

#include "llm/llmtext.h"

#include <cstring>

namespace drpo::llm {

namespace {
// A chunk-size line is a number and extensions nobody sends at length.
constexpr qsizetype kMaxChunkLine = 4096;
// 15 hex digits: sizes up to 2^60, far past any limit of the caller, and no overflow.
constexpr int kMaxChunkDigits = 15;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The comma-separated elements of a header value, trimmed and lower-cased, empty ones dropped.
QList<QByteArray> listElements(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray t = part.trimmed().toLower();
        if (!t.isEmpty())
            out.push_back(t);
    }
    return out;
}
} // namespace

void HttpResponseParser::reset(bool expectBody)
{
    *this = HttpResponseParser();
    m_expectBody = expectBody;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Done || m_closeDelimited || m_connectionClose || m_excess > 0)
        return false;
    return !m_http10 || m_connectionKeepAlive;
}

HttpResponseParser::Result HttpResponseParser::fail(Failure kind, const QString &message)
{
    m_state = State::Error;
    m_failure = kind;
    m_error = message;
    return Result::Error;
}

void HttpResponseParser::appendBody(QByteArrayView bytes)
{
    m_body.append(bytes);
    m_bodyBytes += bytes.size();
}

// Takes one line (without CR LF; a bare LF is accepted too) when its end has arrived,
// else keeps the start for the next feed. False with the state Error when it exceeds max.
bool HttpResponseParser::takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line)
{
    const qsizetype max =
        m_state == State::ChunkSize || m_state == State::ChunkEnd ? kMaxChunkLine : kMaxHeaderBytes - m_headerBytes;
    const char *start = data.data() + pos;
    const auto *nl = static_cast<const char *>(std::memchr(start, '\n', size_t(data.size() - pos)));
    const qsizetype len = nl ? nl - start : data.size() - pos;
    if (m_line.size() + len > max) {
        fail(Failure::Malformed,
            m_state == State::ChunkSize || m_state == State::ChunkEnd
                ? LlmText::tr("a chunk header of the answer is longer than %1 bytes").arg(kMaxChunkLine)
                : LlmText::tr("the answer's header is larger than %1 KiB").arg(kMaxHeaderBytes / 1024));
        return false;
    }
    m_line.append(start, len);
    pos += nl ? len + 1 : len;
    if (!nl)
        return false;
    line = std::exchange(m_line, {});
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_state != State::ChunkSize && m_state != State::ChunkEnd)
        m_headerBytes += line.size() + 2;
    return true;
}

bool HttpResponseParser::statusLine(const QByteArray &line)
{
    if (line.isEmpty())
        return true; // a stray CRLF after the previous answer
    // HTTP/1.x SP 3DIGIT [SP reason]
    const bool shape = line.size() >= 12 && line.startsWith("HTTP/1.") && (line[7] == '0' || line[7] == '1') &&
        line[8] == ' ' && (line.size() == 12 || line[12] == ' ');
    int status = 0;
    for (int i = 9; shape && i < 12; ++i)
        status = line[i] >= '0' && line[i] <= '9' ? status * 10 + (line[i] - '0') : -1000;
    if (!shape || status < 100 || status > 599) {
        fail(Failure::Malformed,
            LlmText::tr("the server's answer is not HTTP/1.x (it starts with \"%1\")")
                .arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    m_http10 = line[7] == '0';
    m_status = status;
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::headerLine(const QByteArray &line)
{
    if (line.isEmpty())
        return headersEnded();
    if (line[0] == ' ' || line[0] == '\t') {
        // An obsolete folded continuation line: part of the previous value.
        if (m_headers.isEmpty()) {
            fail(Failure::Malformed, LlmText::tr("the answer's header starts with a continuation line"));
            return false;
        }
        m_headers.last().second += ' ' + line.trimmed();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    bool nameOk = colon > 0;
    for (qsizetype i = 0; nameOk && i < colon; ++i)
        nameOk = isTokenChar(line[i]);
    if (!nameOk) {
        fail(Failure::Malformed,
            LlmText::tr("the answer has a malformed header line (\"%1\")").arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    if (m_headers.size() >= kMaxHeaderCount) {
        fail(Failure::Malformed, LlmText::tr("the answer has more than %1 header lines").arg(kMaxHeaderCount));
        return false;
    }
    m_headers.push_back({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::headersEnded()
{
    if (m_status < 200) {
        if (m_status == 101) {
            fail(Failure::Malformed, LlmText::tr("the server switched protocols, which was not asked for"));
            return false;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_headers.clear();
        m_status = 0;
        m_state = State::StatusLine;
        return true;
    }
    m_headersDone = true;
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> tokens = listElements(value);
            m_connectionClose = m_connectionClose || tokens.contains("close");
            m_connectionKeepAlive = m_connectionKeepAlive || tokens.contains("keep-alive");
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            lengths += value.split(',');
        }
    }
    if (!m_expectBody || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    if (!transferEncoding.isEmpty()) {
        if (listElements(transferEncoding) != QList<QByteArray>{"chunked"}) {
            // Nothing else is asked for (no TE header is sent), so nothing else is decoded.
            fail(Failure::Malformed,
                LlmText::tr("the answer uses a transfer coding this client does not decode (\"%1\")")
                    .arg(QString::fromLatin1(transferEncoding.left(60))));
            return false;
        }
        // With a Content-Length too the framing is ambiguous: chunked wins, the connection is not reused.
        m_connectionClose = m_connectionClose || !lengths.isEmpty();
        m_chunked = true;
        m_state = State::ChunkSize;
        return true;
    }
    if (!lengths.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &raw : std::as_const(lengths)) {
            const QByteArray v = raw.trimmed();
            bool digits = !v.isEmpty() && v.size() <= 18;
            for (char c : v)
                digits = digits && c >= '0' && c <= '9';
            const qint64 n = digits ? v.toLongLong() : -1;
            if (n < 0 || (length >= 0 && n != length)) {
                fail(Failure::Malformed,
                    LlmText::tr("the answer has an invalid Content-Length (\"%1\")")
                        .arg(QString::fromLatin1(lengths.join(',').left(60))));
                return false;
            }
            length = n;
        }
        m_contentLength = length;
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::Body;
        return true;
    }
    m_closeDelimited = true;
    m_state = State::BodyUntilClose;
    return true;
}

bool HttpResponseParser::chunkSizeLine(const QByteArray &line)
{
    // chunk-size [BWS ; extensions], the extensions ignored.
    qsizetype end = line.indexOf(';');
    if (end < 0)
        end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    qsizetype i = 0;
    while (i < end && line[i] == '0' && end - i > 1)
        ++i; // leading zeros do not count towards the digit limit
    qint64 size = 0;
    bool ok = end > 0 && end - i <= kMaxChunkDigits;
    for (; ok && i < end; ++i) {
        const int h = hexValue(line[i]);
        ok = h >= 0;
        size = size * 16 + h;
    }
    if (!ok) {
        fail(Failure::Malformed,
            LlmText::tr("the answer has an invalid chunk size (\"%1\")").arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    if (size == 0) {
        m_headerBytes = 0; // the trailers get a header's budget of their own
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return true;
}

HttpResponseParser::Result HttpResponseParser::feed(QByteArrayView data)
{
    if (!data.isEmpty())
        m_receivedAny = true;
    qsizetype pos = 0;
    QByteArray line;
    while (pos < data.size()) {
        switch (m_state) {
        case State::Done: m_excess += data.size() - pos; return Result::Done;
        case State::Error: return Result::Error;
        case State::StatusLine:
        case State::Headers:
        case State::Trailers:
            if (!takeLine(data, pos, line))
                break;
            if (m_state == State::StatusLine    ? !statusLine(line)
                    : m_state == State::Headers ? !headerLine(line)
                                                : false)
                return Result::Error;
            if (m_state == State::Trailers) {
                if (line.isEmpty())
                    m_state = State::Done;
                else if (line.indexOf(':') <= 0)
                    return fail(Failure::Malformed,
                        LlmText::tr("the answer has a malformed trailer line (\"%1\")")
                            .arg(QString::fromLatin1(line.left(40))));
            }
            break;
        case State::ChunkSize:
            if (takeLine(data, pos, line) && !chunkSizeLine(line))
                return Result::Error;
            break;
        case State::ChunkEnd:
            if (!takeLine(data, pos, line))
                break;
            if (!line.isEmpty())
                return fail(Failure::Malformed, LlmText::tr("a chunk of the answer is longer than its announced size"));
            m_state = State::ChunkSize;
            break;
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            appendBody(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::BodyUntilClose:
            appendBody(data.sliced(pos));
            pos = data.size();
            break;
        }
    }
    return m_state == State::Done ? Result::Done : m_state == State::Error ? Result::Error : Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::finish()
{
    switch (m_state) {
    case State::Done: return Result::Done;
    case State::Error: return Result::Error;
    case State::BodyUntilClose: m_state = State::Done; return Result::Done;
    case State::Body:
        return fail(Failure::Truncated,
            LlmText::tr("the connection closed after %1 of the %2 bytes the answer announced")
                .arg(m_bodyBytes)
                .arg(m_contentLength));
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkEnd:
    case State::Trailers:
        return fail(Failure::Truncated, LlmText::tr("the connection closed in the middle of a chunked answer"));
    case State::StatusLine:
    case State::Headers: break;
    }
    return fail(Failure::Truncated,
        m_receivedAny ? LlmText::tr("the connection closed in the middle of the answer's header")
                      : LlmText::tr("the server closed the connection without answering"));
}

} // namespace drpo::llm
