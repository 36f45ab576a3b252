// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httpclient.h"

#include "llm/httpclientconnection.h"
#include "llm/llmtext.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QUrl>

namespace drpo::llm {

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

// A header value or name cannot carry a line break into the request.
QByteArray oneLine(QByteArray v)
{
    for (char &c : v)
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    return v;
}
} // namespace

HttpClient::HttpClient(int maxConnectionsPerOrigin, QObject *parent)
    : QObject(parent)
    , m_maxPerOrigin(qMax(1, maxConnectionsPerOrigin))
{}

HttpClient::~HttpClient()
{
    // Nobody waits for these exchanges any more (like replies dying with their manager).
    for (const std::shared_ptr<Pool> &p : std::as_const(m_pools)) {
        for (const auto &e : p->waiting)
            *e = HttpExchange();
        for (HttpClientConnection *c : std::as_const(p->all)) {
            c->abandon();
            if (c->isProcessing())
                c->deleteLater();
            else
                delete c;
        }
    }
}

bool HttpClient::suits(const QUrl &url)
{
    if (url.scheme() != u"http" || url.host().isEmpty())
        return false;
    if (qgetenv("DRPO_HTTP_CLIENT").trimmed().toLower() == "qt")
        return false;
    if (isLoopbackHost(url.host()))
        return true; // the transport sets no proxy for loopback either
    // A proxy (the application's, or the environment's that Qt may pick up) is Qt's job.
    const QNetworkProxy::ProxyType app = QNetworkProxy::applicationProxy().type();
    if (app != QNetworkProxy::NoProxy && app != QNetworkProxy::DefaultProxy)
        return false;
    for (const char *var : {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"})
        if (!qEnvironmentVariableIsEmpty(var))
            return false;
    return true;
}

std::shared_ptr<HttpExchange> HttpClient::prepare(const QUrl &url, const QByteArray &method,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    auto e = std::make_shared<HttpExchange>();
    e->host = url.host();
    e->port = quint16(url.port(80));
    e->expectBody = method != "HEAD";
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (e->port != 80)
        host += ':' + QByteArray::number(e->port);

    QByteArray &r = e->request;
    r.reserve(256 + body.size());
    r += oneLine(method) + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool hasAcceptEncoding = false;
    for (const auto &[name, value] : headers) {
        // The framing is the client's to write.
        if (name.compare("host", Qt::CaseInsensitive) == 0 ||
            name.compare("content-length", Qt::CaseInsensitive) == 0 ||
            name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ||
            name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        hasAcceptEncoding = hasAcceptEncoding || name.compare("accept-encoding", Qt::CaseInsensitive) == 0;
        r += oneLine(name) + ": " + oneLine(value) + "\r\n";
    }
    // No content coding is decoded here, so none is accepted.
    if (!hasAcceptEncoding)
        r += "Accept-Encoding: identity\r\n";
    if (!body.isEmpty() || (method != "GET" && method != "HEAD" && method != "DELETE"))
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "\r\n";
    r += body;
    return e;
}

QString HttpClient::originOf(const HttpExchange &e)
{
    return e.host + u':' + QString::number(e.port);
}

int HttpClient::connectionCount() const
{
    int n = 0;
    for (const std::shared_ptr<Pool> &p : m_pools)
        n += int(p->all.size());
    return n;
}

int HttpClient::idleConnectionCount() const
{
    int n = 0;
    for (const std::shared_ptr<Pool> &p : m_pools)
        n += int(p->idle.size());
    return n;
}

void HttpClient::send(std::shared_ptr<HttpExchange> exchange)
{
    const QString origin = originOf(*exchange);
    std::shared_ptr<Pool> &p = m_pools[origin];
    if (!p)
        p = std::make_shared<Pool>();
    p->waiting.push_back(std::move(exchange));
    dispatch(origin);
}

void HttpClient::dispatch(const QString &origin)
{
    const std::shared_ptr<Pool> p = m_pools.value(origin);
    while (p && !p->waiting.empty()) {
        const std::shared_ptr<HttpExchange> e = p->waiting.front();
        HttpClientConnection *c = nullptr;
        // Warm connections first (the most recently used); a retry gets a new one if it can.
        if (!p->idle.isEmpty() && (!e->retried || p->all.size() >= m_maxPerOrigin)) {
            c = p->idle.takeLast();
        } else if (p->all.size() < m_maxPerOrigin) {
            c = new HttpClientConnection(this, e->host, e->port);
            p->all.push_back(c);
            m_originOf.insert(c, origin);
        } else {
            return; // every connection is busy: the first to finish takes it
        }
        p->waiting.pop_front();
        e->connection = c;
        c->start(e);
    }
}

void HttpClient::drop(HttpClientConnection *c)
{
    const QString origin = m_originOf.take(c);
    if (const std::shared_ptr<Pool> p = m_pools.value(origin)) {
        p->all.removeOne(c);
        p->idle.removeOne(c);
    }
    c->abandon();
    c->deleteLater();
}

void HttpClient::finish(
    const std::shared_ptr<HttpExchange> &e, QNetworkReply::NetworkError error, const QString &message)
{
    e->finished = true;
    e->connection = nullptr;
    // The callbacks usually hold their owner, which holds the exchange: let go of them.
    const auto done = std::move(e->onFinished);
    e->onFinished = nullptr;
    e->onHeaders = nullptr;
    e->onBody = nullptr;
    if (done)
        done(error, message);
}

void HttpClient::completed(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e, bool reusable)
{
    const QString origin = m_originOf.value(c);
    if (reusable) {
        if (const std::shared_ptr<Pool> p = m_pools.value(origin))
            p->idle.push_back(c);
    } else {
        drop(c);
    }
    dispatch(origin);
    finish(e, QNetworkReply::NoError, {});
}

void HttpClient::failed(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e,
    QNetworkReply::NetworkError error, const QString &message)
{
    const QString origin = m_originOf.value(c);
    drop(c);
    dispatch(origin);
    finish(e, error, message);
}

void HttpClient::retry(HttpClientConnection *c, const std::shared_ptr<HttpExchange> &e)
{
    const QString origin = m_originOf.value(c);
    drop(c);
    e->retried = true;
    e->connection = nullptr;
    if (const std::shared_ptr<Pool> p = m_pools.value(origin))
        p->waiting.push_front(e);
    dispatch(origin);
}

void HttpClient::lost(HttpClientConnection *c)
{
    const QString origin = m_originOf.value(c);
    drop(c);
    dispatch(origin);
}

void HttpClient::abort(
    const std::shared_ptr<HttpExchange> &e, QNetworkReply::NetworkError error, const QString &message)
{
    if (!e || e->finished)
        return;
    const QString origin = originOf(*e);
    if (HttpClientConnection *c = e->connection) {
        drop(c);
        dispatch(origin);
    } else if (const std::shared_ptr<Pool> p = m_pools.value(origin)) {
        std::erase(p->waiting, e);
    }
    finish(e, error, message);
}

} // namespace drpo::llm
