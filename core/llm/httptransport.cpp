// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httptransport.h"

#include "llm/httpclient.h"
#include "llm/httperror.h"
#include "llm/httpresponseparser.h"
#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QTimerEvent>
#include <QUrl>

namespace drpo::llm {

namespace {
bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt's HTTP/1.1 pool opens at most 6 connections per host and manager.
constexpr int kPerManager = 6;
constexpr int kMaxManagers = 32;

bool isLoopbackUrl(const QString &url)
{
    const QString host = QUrl(url).host();
    if (host == u"localhost")
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}
} // namespace

struct HttpTransport::Active {
    quint64 id = 0;
    HttpCall call; // kept for a redirect, which goes to Qt's stack to be followed
    std::function<void(HttpResult)> done;
    std::function<void(const QByteArray &)> onData;
    QString base;
    QElapsedTimer clock;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool tooLong = false;
    qint64 maxBytes = kMaxResponseBytes;
    int maxCallMs = kMaxCallMs;
    // Qt's stack
    QNetworkAccessManager *manager = nullptr;
    QNetworkReply *reply = nullptr;
    // Our client (httptransportdirect.cpp)
    std::shared_ptr<HttpExchange> exchange;
    int status = 0;
    bool streaming = false; // a 2xx answer with onData: the body goes there
    QByteArray body;
    QByteArray retryAfter;
    QByteArray location;
    qint64 received = 0;
    qint64 lastByteMs = 0;
    int idleTimer = 0;
    int deadlineTimer = 0;
};

HttpTransport::HttpTransport(QStringList bases, QObject *parent)
    : QObject(parent)
    , m_bases(std::move(bases))
{
    for (QString &b : m_bases)
        while (b.endsWith(u'/'))
            b.chop(1);
}

HttpTransport::~HttpTransport()
{
    // Replies die with their managers, exchanges with the client; nobody waits for their done any more.
    for (const std::shared_ptr<Active> &a : std::as_const(m_active))
        if (a->reply)
            a->reply->disconnect(this);
    m_active.clear();
}

void HttpTransport::dispose(HttpTransport *t)
{
    if (!t)
        return;
    if (t->thread() == QThread::currentThread() || !t->thread() || !t->thread()->isRunning())
        delete t;
    else
        t->deleteLater();
}

QNetworkAccessManager *HttpTransport::pickManager()
{
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *m : std::as_const(m_managers))
        if (!best || m_managerLoad.value(m) < m_managerLoad.value(best))
            best = m;
    if (best && (m_managerLoad.value(best) < kPerManager || m_managers.size() >= kMaxManagers))
        return best;
    auto *m = new QNetworkAccessManager(this);
    bool allLoopback = true;
    for (const QString &b : std::as_const(m_bases))
        allLoopback = allLoopback && isLoopbackUrl(b);
    // A system proxy must not intercept calls to a server on this machine.
    if (allLoopback)
        m->setProxy(QNetworkProxy::NoProxy);
    m_managers.push_back(m);
    return m;
}

QString HttpTransport::pickBase()
{
    if (m_bases.isEmpty())
        return {};
    // Least loaded replica; ties go round-robin so an idle cluster still spreads.
    int best = -1;
    for (int i = 0; i < m_bases.size(); ++i) {
        const int idx = (m_roundRobin + i) % m_bases.size();
        if (best < 0 || m_baseLoad.value(m_bases[idx]) < m_baseLoad.value(m_bases[best]))
            best = idx;
    }
    m_roundRobin = (best + 1) % m_bases.size();
    return m_bases[best];
}

void HttpTransport::send(HttpCall call, std::function<void(HttpResult)> done)
{
    auto a = std::make_shared<Active>();
    a->id = m_nextId++;
    a->done = std::move(done);
    a->onData = std::move(call.onData);
    a->base = pickBase();
    a->maxBytes = call.maxBytes > 0 ? call.maxBytes : kMaxResponseBytes;
    a->maxCallMs = call.maxCallMs > 0 ? call.maxCallMs : kMaxCallMs;
    a->call = std::move(call);
    a->clock.start();
    ++m_inFlight;
    ++m_baseLoad[a->base];
    m_active.insert(a->id, a);
    const QUrl url(a->base + a->call.path);
    // Decided once per replica: the environment is read and the host parsed on its first call.
    auto direct = m_direct.constFind(a->base);
    if (direct == m_direct.cend())
        direct = m_direct.insert(a->base, HttpClient::suits(url));
    if (*direct)
        startDirect(a, url);
    else
        startQt(a, url);
}

void HttpTransport::startQt(const std::shared_ptr<Active> &active, const QUrl &url)
{
    active->manager = pickManager();
    const HttpCall &call = active->call;
    QNetworkRequest req(url);
    for (const auto &h : std::as_const(call.headers))
        req.setRawHeader(h.first, h.second);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = call.method == "GET" ? active->manager->get(req)
                                                : active->manager->sendCustomRequest(req, call.method, call.body);
    active->reply = reply;
    ++m_managerLoad[active->manager];

    auto *idle = new QTimer(reply);
    idle->setSingleShot(true);
    idle->setInterval(qMax(1, call.timeoutMs));
    connect(idle, &QTimer::timeout, reply, [active, reply] {
        active->timedOut = true;
        reply->abort();
    });
    idle->start();
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [active, reply] {
        active->tooLong = true;
        reply->abort();
    });
    deadline->start(qMax(1, active->maxCallMs - int(active->clock.elapsed())));
    // The announced length or the bytes so far (streamed or buffered) past the limit: stop reading.
    connect(reply, &QNetworkReply::downloadProgress, reply, [active, reply](qint64 received, qint64 total) {
        if (!active->tooLarge && (received > active->maxBytes || total > active->maxBytes)) {
            active->tooLarge = true;
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::readyRead, this, [active, reply, idle] {
        if (active->tooLarge)
            return;
        idle->start(); // any byte resets the idle timeout
        if (active->onData) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                active->onData(reply->readAll());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id = active->id, reply, idle] {
        std::shared_ptr<Active> a = m_active.take(id);
        reply->deleteLater();
        if (!a)
            return;
        idle->stop();
        --m_managerLoad[a->manager];
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        r.networkErrorString = reply->errorString();
        QByteArray rest = reply->isOpen() && !a->tooLarge ? reply->readAll() : QByteArray();
        if (a->onData && r.status >= 200 && r.status < 300) {
            if (!rest.isEmpty())
                a->onData(rest);
        } else {
            r.body = std::move(rest);
        }
        r.retryAfter = reply->rawHeader("Retry-After");
        if (r.retryAfter.isEmpty()) {
            bool ok = false;
            const double ms = reply->rawHeader("retry-after-ms").toDouble(&ok);
            if (ok)
                r.retryAfter = QByteArray::number(ms / 1000.0);
        }
        complete(a, std::move(r));
    });
}

void HttpTransport::complete(const std::shared_ptr<Active> &a, HttpResult r)
{
    --m_inFlight;
    --m_baseLoad[a->base];
    r.base = a->base;
    r.latencyMs = a->clock.elapsed();
    r.timedOut = a->timedOut;
    r.cancelled = a->cancelled;
    r.tooLarge = a->tooLarge;
    r.tooLong = a->tooLong;
    r.maxBytes = a->maxBytes;
    r.maxCallMs = a->maxCallMs;
    a->done(std::move(r));
}

void HttpTransport::startDirect(const std::shared_ptr<Active> &active, const QUrl &url)
{
    if (!m_client)
        m_client = new HttpClient(HttpClient::kDefaultMaxConnections, this);
    const HttpCall &call = active->call;
    active->exchange = HttpClient::prepare(url, call.method, call.headers, call.body);
    // The exchange's callbacks must not keep the call alive: the transport owns it.
    const std::weak_ptr<Active> weak = active;
    active->exchange->onHeaders = [this, weak](const HttpResponseParser &p) {
        const std::shared_ptr<Active> a = weak.lock();
        if (!a)
            return;
        a->lastByteMs = a->clock.elapsed();
        a->status = p.statusCode();
        a->streaming = a->onData && a->status >= 200 && a->status < 300;
        a->location = p.header("Location");
        a->retryAfter = p.header("Retry-After");
        if (a->retryAfter.isEmpty()) {
            bool ok = false;
            const double ms = p.header("retry-after-ms").toDouble(&ok);
            if (ok)
                a->retryAfter = QByteArray::number(ms / 1000.0);
        }
        if (p.contentLength() > a->maxBytes) {
            a->tooLarge = true;
            abortActive(*a);
        } else if (!a->streaming && p.contentLength() > 0) {
            a->body.reserve(qsizetype(p.contentLength()));
        }
    };
    active->exchange->onBody = [this, weak](const QByteArray &bytes) {
        const std::shared_ptr<Active> a = weak.lock();
        if (!a || a->tooLarge)
            return;
        a->lastByteMs = a->clock.elapsed();
        a->received += bytes.size();
        if (a->received > a->maxBytes) {
            a->tooLarge = true;
            abortActive(*a);
        } else if (a->streaming) {
            a->onData(bytes);
        } else {
            a->body += bytes;
        }
    };
    active->exchange->onFinished = [this, weak](QNetworkReply::NetworkError error, const QString &message) {
        const std::shared_ptr<Active> a = weak.lock();
        if (!a)
            return;
        for (int *timer : {&a->idleTimer, &a->deadlineTimer})
            if (*timer) {
                killTimer(*timer);
                m_timerCall.remove(std::exchange(*timer, 0));
            }
        a->exchange.reset();
        if (error == QNetworkReply::NoError && isRedirect(a->status) && !a->location.isEmpty()) {
            // Qt's stack follows redirects under its policy (never to a less safe scheme): hand the call over.
            a->status = 0;
            a->body.clear();
            startQt(a, QUrl(a->base + a->call.path));
            return;
        }
        m_active.remove(a->id);
        HttpResult r;
        r.status = a->status;
        r.networkError = error;
        r.networkErrorString = message;
        if (!a->streaming && !a->tooLarge)
            r.body = std::move(a->body);
        r.retryAfter = a->retryAfter;
        complete(a, std::move(r));
    };
    active->idleTimer = startTimer(qMax(1, call.timeoutMs));
    m_timerCall.insert(active->idleTimer, active->id);
    active->deadlineTimer = startTimer(active->maxCallMs);
    m_timerCall.insert(active->deadlineTimer, active->id);
    m_client->send(active->exchange);
}

// The direct calls' timers: the idle one re-arms itself for what is left after the last
// byte, rather than being restarted for every chunk of a stream.
void HttpTransport::timerEvent(QTimerEvent *event)
{
    const int timer = event->timerId();
    const std::shared_ptr<Active> a = m_active.value(m_timerCall.value(timer));
    if (!a || (timer != a->idleTimer && timer != a->deadlineTimer)) {
        killTimer(timer);
        m_timerCall.remove(timer);
        return;
    }
    if (timer == a->deadlineTimer) {
        a->tooLong = true;
        abortActive(*a);
        return;
    }
    const int idleMs = qMax(1, a->call.timeoutMs);
    const qint64 quiet = a->clock.elapsed() - a->lastByteMs;
    if (quiet >= idleMs) {
        a->timedOut = true;
        abortActive(*a);
        return;
    }
    killTimer(timer);
    m_timerCall.remove(timer);
    a->idleTimer = startTimer(int(idleMs - quiet));
    m_timerCall.insert(a->idleTimer, a->id);
}

void HttpTransport::abortActive(Active &a)
{
    if (a.reply)
        a.reply->abort(); // emits finished, which reports the call
    else if (a.exchange && m_client)
        m_client->abort(a.exchange, QNetworkReply::OperationCanceledError, LlmText::tr("the call was aborted"));
}

void HttpTransport::cancelAll()
{
    const auto ids = m_active.keys();
    for (quint64 id : ids) {
        // Each abort reports the cancellation at once, and its done may end others.
        if (std::shared_ptr<Active> a = m_active.value(id)) {
            a->cancelled = true;
            abortActive(*a);
        }
    }
}

} // namespace drpo::llm
