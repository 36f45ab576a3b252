// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httptransport.h"

#include "llm/httperror.h"
#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace drpo::llm {

namespace {
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
    std::function<void(HttpResult)> done;
    std::function<void(const QByteArray &)> onData;
    QNetworkAccessManager *manager = nullptr;
    QString base;
    QTimer *idle = nullptr;
    QElapsedTimer clock;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool tooLong = false;
    qint64 maxBytes = kMaxResponseBytes;
    int maxCallMs = kMaxCallMs;
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
    // Replies die with their managers; nobody waits for their done any more.
    for (auto it = m_active.begin(); it != m_active.end(); ++it)
        it.key()->disconnect(this);
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
    auto active = std::make_shared<Active>();
    active->done = std::move(done);
    active->onData = std::move(call.onData);
    active->base = pickBase();
    active->manager = pickManager();
    active->clock.start();

    QNetworkRequest req(QUrl(active->base + call.path));
    for (const auto &h : std::as_const(call.headers))
        req.setRawHeader(h.first, h.second);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = call.method == "GET" ? active->manager->get(req)
                                                : active->manager->sendCustomRequest(req, call.method, call.body);
    ++m_inFlight;
    ++m_baseLoad[active->base];
    ++m_managerLoad[active->manager];
    m_active.insert(reply, active);

    active->idle = new QTimer(reply);
    active->idle->setSingleShot(true);
    active->idle->setInterval(qMax(1, call.timeoutMs));
    connect(active->idle, &QTimer::timeout, reply, [active, reply] {
        active->timedOut = true;
        reply->abort();
    });
    active->idle->start();
    active->maxBytes = call.maxBytes > 0 ? call.maxBytes : kMaxResponseBytes;
    active->maxCallMs = call.maxCallMs > 0 ? call.maxCallMs : kMaxCallMs;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [active, reply] {
        active->tooLong = true;
        reply->abort();
    });
    deadline->start(active->maxCallMs);
    // The announced length or the bytes so far (streamed or buffered) past the limit: stop reading.
    connect(reply, &QNetworkReply::downloadProgress, reply, [active, reply](qint64 received, qint64 total) {
        if (!active->tooLarge && (received > active->maxBytes || total > active->maxBytes)) {
            active->tooLarge = true;
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::readyRead, this, [active, reply] {
        if (active->tooLarge)
            return;
        active->idle->start(); // any byte resets the idle timeout
        if (active->onData) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                active->onData(reply->readAll());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        std::shared_ptr<Active> a = m_active.take(reply);
        reply->deleteLater();
        if (!a)
            return;
        a->idle->stop();
        --m_inFlight;
        --m_baseLoad[a->base];
        --m_managerLoad[a->manager];
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.base = a->base;
        r.latencyMs = a->clock.elapsed();
        r.networkError = reply->error();
        r.networkErrorString = reply->errorString();
        r.timedOut = a->timedOut;
        r.cancelled = a->cancelled;
        r.tooLarge = a->tooLarge;
        r.tooLong = a->tooLong;
        r.maxBytes = a->maxBytes;
        r.maxCallMs = a->maxCallMs;
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
        a->done(std::move(r));
    });
}

std::optional<LlmResponse> HttpTransport::failure(const HttpResult &r, const QString &secret)
{
    LlmResponse out;
    out.endpoint = r.base;
    out.httpStatus = r.status;
    out.latencyMs = r.latencyMs;
    const QString host = QUrl(r.base).host();
    if (r.cancelled) {
        out.error = ErrorKind::Cancelled;
        out.errorMessage = LlmText::tr("the call was cancelled");
    } else if (r.timedOut) {
        out.error = ErrorKind::Transient;
        out.timedOut = true;
        out.errorMessage = LlmText::tr("no answer from %1 within the timeout").arg(host);
    } else if (r.tooLarge) {
        // Retried like a garbled body: a sampled answer may be sane next time.
        out.error = ErrorKind::Parse;
        out.errorMessage = LlmText::tr("the answer from %1 is larger than %2 MiB, so it was cut off unread (a runaway "
                                       "generation? check the model's max tokens and stop sequences)")
                               .arg(host)
                               .arg(r.maxBytes >> 20);
    } else if (r.tooLong) {
        out.error = ErrorKind::Transient;
        out.errorMessage = LlmText::tr(
            "the answer from %1 was still not complete after %2 s, so it was cut off (a stream that never ends?)")
                               .arg(host, QString::number(double(r.maxCallMs) / 1000.0));
    } else if (r.status >= 300 || (r.status == 0 && r.networkError != QNetworkReply::NoError)) {
        if (r.status >= 300) {
            const HttpError e = classifyHttpStatus(r.status, r.body, host);
            out.error = e.kind;
            out.errorMessage = e.message;
            out.retryAfterMs = parseRetryAfter(r.retryAfter);
            out.timedOut = r.status == 504 || r.status == 408;
        } else {
            switch (r.networkError) {
            case QNetworkReply::SslHandshakeFailedError:
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::ProtocolUnknownError:
                // Wrong URL or certificate: retrying cannot help, the user must fix it.
                out.error = ErrorKind::NotFound;
                out.errorMessage =
                    LlmText::tr("cannot reach %1: %2; check the base URL").arg(host, r.networkErrorString);
                break;
            default:
                out.error = ErrorKind::Transient;
                out.errorMessage = LlmText::tr("network error talking to %1: %2").arg(host, r.networkErrorString);
            }
        }
    } else if (r.networkError != QNetworkReply::NoError) {
        // A 2xx status but the transfer broke (reset mid-body or mid-stream).
        out.error = ErrorKind::Transient;
        out.errorMessage =
            LlmText::tr("the connection to %1 broke during the answer: %2").arg(host, r.networkErrorString);
    } else {
        return std::nullopt;
    }
    out.errorMessage = scrubSecret(out.errorMessage, secret);
    return out;
}

void HttpTransport::cancelAll()
{
    const auto replies = m_active.keys();
    for (QNetworkReply *reply : replies) {
        if (std::shared_ptr<Active> a = m_active.value(reply))
            a->cancelled = true;
        reply->abort(); // emits finished, which reports the cancellation
    }
}

} // namespace drpo::llm
