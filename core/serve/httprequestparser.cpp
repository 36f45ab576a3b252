// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/httprequestparser.h"

#include "serve/servetext.h"

#include <QCoreApplication>

namespace drpo::serve {

namespace {

// RFC 9110 token characters (methods, header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

QByteArray trimOws(const QByteArray &s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        --e;
    return s.mid(b, e - b);
}

// A printable line for an error message (never the raw bytes of a hostile client).
QString excerpt(const QByteArray &s)
{
    QString out;
    for (char c : s.left(60))
        out += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    return s.size() > 60 ? out + QStringLiteral("...") : out;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return true;
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (minorVersion == 0)
        return false; // HTTP/1.0 keep-alive is a legacy extension: not offered
    for (const QByteArray &option : connection.split(','))
        if (trimOws(option) == "close")
            return false;
    return true;
}

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Idle;
    m_contentLength = 0;
    m_expectContinue = false;
    return r;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer)
{
    switch (m_state) {
    case State::Failed: return Status::Error;
    case State::Done: return Status::Complete;
    case State::Idle: {
        // RFC 9112 2.2: empty lines before a request line are ignored (some clients send
        // a CRLF after a POST body).
        qsizetype skip = 0;
        while (skip < buffer.size() && (buffer[skip] == '\r' || buffer[skip] == '\n') && skip < 4)
            ++skip;
        if (skip > 0)
            buffer.remove(0, skip);
        if (buffer.isEmpty())
            return Status::NeedMore;
        m_state = State::Head;
        [[fallthrough]];
    }
    case State::Head: {
        const Status s = parseHead(buffer);
        if (s != Status::HeadComplete)
            return s;
        if (m_contentLength == 0 || buffer.size() >= m_contentLength)
            return parse(buffer); // the body is already here: report the request at once
        return Status::HeadComplete;
    }
    case State::Body:
        if (buffer.size() < m_contentLength)
            return Status::NeedMore;
        m_request.body = buffer.left(m_contentLength);
        buffer.remove(0, m_contentLength);
        m_state = State::Done;
        return Status::Complete;
    }
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &buffer)
{
    // The head ends at the first empty line (CRLF CRLF, or bare LF line ends).
    // Scanning resumes where the last call stopped, so a client sending one byte at a time
    // costs linear, not quadratic, work.
    const qsizetype from = qMax<qsizetype>(0, m_scanned - 3);
    const qsizetype crlf = buffer.indexOf("\r\n\r\n", from);
    const qsizetype lflf = buffer.indexOf("\n\n", from);
    qsizetype end = -1, sep = 0;
    if (crlf >= 0 && (lflf < 0 || crlf < lflf)) {
        end = crlf;
        sep = 4;
    } else if (lflf >= 0) {
        end = lflf;
        sep = 2;
    }
    if (m_requestLineEnd < 0)
        m_requestLineEnd = buffer.indexOf('\n', qMax<qsizetype>(0, m_scanned - 1));
    if ((m_requestLineEnd < 0 ? buffer.size() : m_requestLineEnd) > m_limits.maxRequestLineBytes)
        return fail(414, ServeText::tr("the request line is longer than %1 bytes").arg(m_limits.maxRequestLineBytes));
    m_scanned = buffer.size();
    if (end < 0) {
        if (buffer.size() > m_limits.maxHeaderBytes) {
            if (m_requestLineEnd < 0) // still inside the request line
                return fail(
                    414, ServeText::tr("the request line is longer than %1 bytes").arg(m_limits.maxHeaderBytes));
            return fail(431, ServeText::tr("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        }
        return Status::NeedMore;
    }
    if (end + sep > m_limits.maxHeaderBytes)
        return fail(431, ServeText::tr("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + sep);
    m_scanned = 0;
    m_requestLineEnd = -1;

    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail(400, ServeText::tr("a bare CR inside a header line"));
        if (i == 0 ? !parseRequestLine(line) : !parseHeaderLine(line))
            return Status::Error;
    }
    if (!finishHead())
        return Status::Error;
    m_state = State::Body;
    return Status::HeadComplete;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        fail(400, ServeText::tr("malformed request line \"%1\"").arg(excerpt(line)));
        return false;
    }
    const QByteArray &version = parts[2];
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || !digit(version[5]) ||
        !digit(version[7])) {
        fail(400, ServeText::tr("malformed HTTP version \"%1\"").arg(excerpt(version)));
        return false;
    }
    if (version[5] != '1') {
        fail(505, ServeText::tr("only HTTP/1.0 and HTTP/1.1 are served, not %1").arg(excerpt(version)));
        return false;
    }
    for (char c : parts[1])
        if (c <= 0x20 || c >= 0x7f) {
            fail(400, ServeText::tr("the request target contains a byte that is not printable ASCII"));
            return false;
        }
    if (!parts[1].startsWith('/') && !(parts[1] == "*" && parts[0] == "OPTIONS")) {
        fail(
            400, ServeText::tr("the request target must be a path starting with /, not \"%1\"").arg(excerpt(parts[1])));
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    const qsizetype q = parts[1].indexOf('?');
    m_request.path = q < 0 ? parts[1] : parts[1].left(q);
    m_request.query = q < 0 ? QByteArray() : parts[1].mid(q + 1);
    m_request.minorVersion = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, ServeText::tr("folded header lines (obs-fold) are not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, ServeText::tr("malformed header line \"%1\"").arg(excerpt(line)));
        return false;
    }
    const QByteArray name = line.left(colon);
    if (!isToken(name)) {
        fail(400, ServeText::tr("malformed header name \"%1\"").arg(excerpt(name)));
        return false;
    }
    const QByteArray value = trimOws(line.mid(colon + 1));
    for (char c : value)
        if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7f) {
            fail(400, ServeText::tr("the header %1 contains a control character").arg(excerpt(name)));
            return false;
        }
    if (m_request.headers.size() >= m_limits.maxHeaderCount) {
        fail(431, ServeText::tr("more than %1 header fields").arg(m_limits.maxHeaderCount));
        return false;
    }
    m_request.headers.push_back({name.toLower(), value});
    return true;
}

bool HttpRequestParser::finishHead()
{
    if (m_request.minorVersion >= 1 && !m_request.hasHeader("host")) {
        fail(400, ServeText::tr("an HTTP/1.1 request needs a Host header"));
        return false;
    }
    const bool chunked = m_request.hasHeader("transfer-encoding");
    bool haveLength = false;
    qint64 length = 0;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first != "content-length")
            continue;
        // A list ("5, 5") or repeated header must agree on one value.
        for (const QByteArray &item : h.second.split(',')) {
            const QByteArray v = trimOws(item);
            bool digits = !v.isEmpty() && v.size() <= 15;
            for (char c : v)
                digits = digits && c >= '0' && c <= '9';
            if (!digits) {
                fail(400, ServeText::tr("invalid Content-Length \"%1\"").arg(excerpt(h.second)));
                return false;
            }
            const qint64 n = v.toLongLong();
            if (haveLength && n != length) {
                fail(400, ServeText::tr("conflicting Content-Length values"));
                return false;
            }
            haveLength = true;
            length = n;
        }
    }
    if (chunked) {
        if (haveLength)
            fail(400, ServeText::tr("both Transfer-Encoding and Content-Length were sent"));
        else
            fail(411,
                ServeText::tr("request bodies must be sent with a Content-Length (chunked uploads are not accepted)"));
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        fail(413,
            ServeText::tr("the request body is %1 bytes; at most %2 are accepted")
                .arg(length)
                .arg(m_limits.maxBodyBytes));
        return false;
    }
    const QByteArray expect = m_request.header("expect").toLower();
    if (!expect.isEmpty() && expect != "100-continue") {
        fail(417, ServeText::tr("unsupported Expect \"%1\"").arg(excerpt(expect)));
        return false;
    }
    m_expectContinue = !expect.isEmpty() && m_request.minorVersion >= 1;
    m_contentLength = length;
    return true;
}

QByteArray HttpRequestParser::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

} // namespace drpo::serve
