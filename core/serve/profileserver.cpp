// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/profileserver.h"

#include "llm/scheduler.h"
#include "llm/threadhandoff.h"
#include "serve/servetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <cmath>

namespace drpo::serve {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Compares without an early exit, so the time taken says nothing about the key.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = qMax(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i)
        diff |= unsigned(quint8(i < a.size() ? a[i] : 0)) ^ unsigned(quint8(i < b.size() ? b[i] : 0));
    return diff == 0;
}

// The status a client gets for a failed upstream call, and the code in the error body.
ApiError upstreamError(const llm::LlmResponse &r)
{
    ApiError e;
    e.message = ServeText::tr("the base model failed: %1").arg(r.errorMessage);
    switch (r.error) {
    case llm::ErrorKind::Cancelled:
        e.status = 503;
        e.code = QStringLiteral("server_stopping");
        e.message = ServeText::tr("the server is stopping");
        break;
    case llm::ErrorKind::Budget:
        e.status = 503;
        e.code = QStringLiteral("budget_exhausted");
        e.message = r.errorMessage;
        break;
    case llm::ErrorKind::RateLimited:
        e.status = 429;
        e.code = QStringLiteral("upstream_rate_limited");
        break;
    case llm::ErrorKind::ContextLength:
        e.status = 400;
        e.code = QStringLiteral("context_length_exceeded");
        break;
    default:
        e.status = r.timedOut ? 504 : 502;
        e.code = r.timedOut ? QStringLiteral("upstream_timeout") : QStringLiteral("upstream_error");
    }
    return e;
}

} // namespace

// Carries callbacks from the scheduler's thread to the server's. Shared with the calls in
// flight, so a call that finishes after the server is gone finds a closed mailbox.
class ProfileServer::Mailbox {
public:
    explicit Mailbox(ProfileServer *server)
        : m_server(server)
    {}
    void post(std::function<void(ProfileServer *)> f)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_server)
            return;
        ProfileServer *s = m_server;
        if (s->thread() == QThread::currentThread()) {
            // The scheduler shares the server's thread (ServerHost): answer now, without
            // another turn of the event loop. That may be inside the server's own submit (a
            // cache hit), which start() and callBase() allow: the job is registered first.
            // Only this thread can close the mailbox, so s stays valid.
            lock.unlock();
            f(s);
            return;
        }
        llm::postTo(s, [s, f = std::move(f)] { f(s); });
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_server = nullptr;
    }

private:
    QMutex m_mutex;
    ProfileServer *m_server;
};

ProfileServer::ProfileServer(
    const ServeConfig &config, const QList<ServedModel> &models, llm::Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new HttpServer(config.http, this))
    , m_scheduler(scheduler)
    , m_mailbox(std::make_shared<Mailbox>(this))
    , m_startedSecs(QDateTime::currentSecsSinceEpoch())
{
    qRegisterMetaType<drpo::serve::RequestLogEntry>();
    for (const ServedModel &m : models) {
        m_models.insert(m.name, m);
        m_modelOrder << m.name;
    }
    m_http->setHandler(
        [this](HttpRequest request, HttpResponder responder) { handle(std::move(request), std::move(responder)); });
    m_http->setErrorFormatter([](int status, const QString &message, QByteArray *contentType) {
        *contentType = "application/json";
        ApiError e;
        e.status = status;
        e.message = message;
        return e.toJson();
    });
    connect(m_http, &HttpServer::requestAborted, this, &ProfileServer::onAborted);
    connect(m_http, &HttpServer::rejected, this, [this](const QHostAddress &peer, int status, const QString &message) {
        RequestLogEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.status = status;
        e.error = message;
        e.peer = peer.toString();
        emit requestFinished(e);
    });
    m_sweep.setInterval(qBound(10, m_config.totalTimeoutMs / 10, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ProfileServer::sweep);
}

ProfileServer::~ProfileServer()
{
    m_mailbox->close();
}

bool ProfileServer::listen(QString *error)
{
    return m_http->listen(m_config.address, m_config.port, error);
}

void ProfileServer::close()
{
    m_http->close();
}

QString ProfileServer::url() const
{
    QHostAddress a = m_http->address();
    QString host = a.toString();
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (a == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (a.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("http://%1:%2/v1").arg(host).arg(m_http->port());
}

bool ProfileServer::authorized(const HttpRequest &request) const
{
    if (m_config.apiKey.isEmpty())
        return true;
    const QByteArray header = request.header("authorization");
    if (header.size() < 7 || header.left(7).toLower() != "bearer ")
        return false;
    return sameSecret(header.mid(7).trimmed(), m_config.apiKey.toUtf8());
}

void ProfileServer::refuse(
    HttpResponder &responder, RequestLogEntry entry, const ApiError &error, const HttpHeaders &extra)
{
    responder.respond(error.status, "application/json", error.toJson(), extra);
    entry.status = error.status;
    entry.error = error.message;
    entry.latencyMs = qMax<qint64>(0, entry.time.msecsTo(QDateTime::currentDateTimeUtc()));
    emit requestFinished(entry);
}

void ProfileServer::handle(HttpRequest request, HttpResponder responder)
{
    QElapsedTimer clock;
    clock.start();
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(request.method);
    entry.path = QString::fromLatin1(request.path);
    entry.peer = request.peer.toString();
    if (m_config.logBodies && !request.body.isEmpty())
        entry.requestBody = QString::fromUtf8(request.body.left(64 * 1024));

    const QByteArray &path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (path == "/health") {
        if (!get) {
            ApiError e{405, ServeText::tr("/health answers GET"), {}, QStringLiteral("method_not_allowed")};
            refuse(responder, entry, e, {{"Allow", "GET, HEAD"}});
            return;
        }
        // No key needed (load balancers probe it), and nothing to learn from it beyond load.
        responder.respond(200, "application/json",
            json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("active"), m_active},
                {QStringLiteral("queued"), int(m_queue.size())}}));
        return;
    }
    const bool chat = path == "/v1/chat/completions";
    const bool legacy = path == "/v1/completions";
    const bool models = path == "/v1/models" || path.startsWith("/v1/models/");
    if (!chat && !legacy && !models) {
        ApiError e{404,
            ServeText::tr("unknown path %1: this server answers /v1/chat/completions, /v1/completions, /v1/models "
                          "and /health")
                .arg(QString::fromLatin1(path.left(200))),
            {}, QStringLiteral("unknown_url")};
        refuse(responder, entry, e);
        return;
    }
    if ((models && !get) || (!models && request.method != "POST")) {
        ApiError e{405,
            ServeText::tr("%1 answers %2").arg(entry.path, models ? QStringLiteral("GET") : QStringLiteral("POST")), {},
            QStringLiteral("method_not_allowed")};
        refuse(responder, entry, e, {{"Allow", models ? "GET, HEAD" : "POST"}});
        return;
    }
    if (!authorized(request)) {
        ApiError e{401,
            request.hasHeader("authorization")
                ? ServeText::tr("the API key is not valid for this server")
                : ServeText::tr("this server needs a key: send Authorization: Bearer <key>"),
            {}, QStringLiteral("invalid_api_key")};
        refuse(responder, entry, e, {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    if (models)
        handleModels(request, std::move(responder), std::move(entry));
    else
        handleCompletion(request, std::move(responder), legacy, std::move(entry), clock);
}

void ProfileServer::handleModels(const HttpRequest &request, HttpResponder responder, RequestLogEntry entry)
{
    auto describe = [this](const QString &name) {
        return QJsonObject{{QStringLiteral("id"), name}, {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), m_startedSecs}, {QStringLiteral("owned_by"), QStringLiteral("drpo")}};
    };
    if (request.path == "/v1/models") {
        QJsonArray data;
        for (const QString &name : std::as_const(m_modelOrder))
            data.append(describe(name));
        responder.respond(200, "application/json",
            json(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}}));
    } else {
        const QString name = QUrl::fromPercentEncoding(request.path.mid(int(qstrlen("/v1/models/"))));
        if (!m_models.contains(name)) {
            refuse(responder, entry,
                ApiError{404, ServeText::tr("the model \"%1\" is not served here").arg(name.left(200)),
                    QStringLiteral("model"), QStringLiteral("model_not_found")});
            return;
        }
        responder.respond(200, "application/json", json(describe(name)));
    }
    entry.status = 200;
    entry.latencyMs = qMax<qint64>(0, entry.time.msecsTo(QDateTime::currentDateTimeUtc()));
    emit requestFinished(entry);
}

void ProfileServer::handleCompletion(
    const HttpRequest &request, HttpResponder responder, bool legacy, RequestLogEntry entry, QElapsedTimer clock)
{
    ApiError error;
    std::optional<ApiRequest> parsed =
        legacy ? openai::parseCompletion(request.body, &error) : openai::parseChat(request.body, &error);
    if (!parsed) {
        refuse(responder, entry, error);
        return;
    }
    entry.model = parsed->model;
    entry.stream = parsed->sampling.stream;
    const auto model = m_models.constFind(parsed->model);
    if (model == m_models.cend()) {
        refuse(responder, entry,
            ApiError{404,
                ServeText::tr("the model \"%1\" is not served here; this server serves: %2")
                    .arg(parsed->model.left(200), m_modelOrder.join(QStringLiteral(", "))),
                QStringLiteral("model"), QStringLiteral("model_not_found")});
        return;
    }
    if (m_active >= m_config.maxConcurrent && qsizetype(m_queue.size()) >= m_config.maxQueue) {
        refuse(responder, entry,
            ApiError{429,
                ServeText::tr("the server is busy (%1 requests answered, %2 waiting); retry shortly")
                    .arg(m_active)
                    .arg(m_queue.size()),
                {}, QStringLiteral("server_busy")},
            {{"Retry-After", "1"}});
        return;
    }
    auto job =
        std::make_shared<CompletionJob>(std::move(responder), std::move(*parsed), *model, std::move(entry), clock);
    m_jobs.insert(job->id(), job);
    if (!m_sweep.isActive())
        m_sweep.start();
    if (m_active < m_config.maxConcurrent)
        start(job);
    else
        m_queue.push_back(job->id());
}

void ProfileServer::start(const std::shared_ptr<CompletionJob> &job)
{
    job->running = true;
    ++m_active;
    const ProfileResponder &responder = *job->model().responder;
    if (!responder.usesEmbeddings()) {
        callBase(job, {});
        return;
    }
    const quint64 id = job->id();
    const QString query = ProfileResponder::retrievalQuery(job->request().messages);
    job->upstreamStarted();
    m_scheduler->submit(responder.embedRequest(query), [mailbox = m_mailbox, id](llm::LlmResponse r) {
        mailbox->post([id, r = std::move(r)](ProfileServer *s) {
            const std::shared_ptr<CompletionJob> j = s->m_jobs.value(id);
            if (!j)
                return; // timed out or the client left meanwhile
            j->upstreamFinished();
            if (!r.ok() && llm::isFatal(r.error)) {
                ApiError e = upstreamError(r);
                e.message = ServeText::tr("the embedder failed: %1").arg(r.errorMessage);
                j->fail(e);
                s->finish(j);
                return;
            }
            // A passing failure: this query's examples come from BM25, as during a run.
            s->callBase(j, r.ok() && r.embeddings.size() == 1 ? r.embeddings.first() : QList<double>());
        });
    });
}

void ProfileServer::callBase(const std::shared_ptr<CompletionJob> &job, const QList<double> &queryVector)
{
    const ProfileResponder &responder = *job->model().responder;
    const QString query = ProfileResponder::retrievalQuery(job->request().messages);
    const QList<int> examples = responder.retrieve(query, queryVector);
    const bool byVector = responder.usesEmbeddings() && !queryVector.isEmpty();
    job->setRetrieval(byVector ? QStringLiteral("embeddings") : QStringLiteral("bm25"), examples);
    llm::LlmRequest request = responder.render(job->request().messages, examples, job->request().sampling);
    const quint64 id = job->id();
    if (request.stream)
        request.onPartial = [mailbox = m_mailbox, id](int choice, const QString &text) {
            mailbox->post([id, choice, text](ProfileServer *s) {
                if (const std::shared_ptr<CompletionJob> j = s->m_jobs.value(id))
                    j->onPartial(choice, text);
            });
        };
    job->upstreamStarted();
    m_scheduler->submit(std::move(request), [mailbox = m_mailbox, id](llm::LlmResponse r) {
        mailbox->post([id, r = std::move(r)](ProfileServer *s) { s->onAnswer(id, r); });
    });
}

void ProfileServer::onAnswer(quint64 id, const llm::LlmResponse &response)
{
    const std::shared_ptr<CompletionJob> job = m_jobs.value(id);
    if (!job)
        return;
    job->upstreamFinished();
    if (response.ok() && !response.choices.isEmpty()) {
        job->answer(response);
    } else {
        ApiError e = upstreamError(response);
        if (response.ok())
            e.message = ServeText::tr("the base model returned no answer");
        HttpHeaders extra;
        if (e.status == 429 || e.status == 503)
            extra.push_back({"Retry-After",
                QByteArray::number(response.retryAfterMs > 0 ? (response.retryAfterMs + 999) / 1000 : 1)});
        job->fail(e, extra);
    }
    finish(job);
}

void ProfileServer::finish(const std::shared_ptr<CompletionJob> &job)
{
    if (!m_jobs.remove(job->id()))
        return;
    if (job->running)
        --m_active;
    emit requestFinished(job->log());
    if (m_jobs.isEmpty())
        m_sweep.stop();
    pump();
}

void ProfileServer::pump()
{
    while (m_active < m_config.maxConcurrent && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        if (const std::shared_ptr<CompletionJob> job = m_jobs.value(id))
            start(job);
    }
}

void ProfileServer::sweep()
{
    QList<std::shared_ptr<CompletionJob>> late;
    for (const std::shared_ptr<CompletionJob> &job : std::as_const(m_jobs))
        if (job->elapsedMs() >= m_config.totalTimeoutMs)
            late.push_back(job);
    for (const std::shared_ptr<CompletionJob> &job : std::as_const(late)) {
        if (!job->running)
            m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), job->id()), m_queue.end());
        job->fail(ApiError{504,
            job->running
                ? ServeText::tr("no answer from the base model within %1 s").arg(m_config.totalTimeoutMs / 1000.0)
                : ServeText::tr("the request waited %1 s in the queue without being answered")
                      .arg(m_config.totalTimeoutMs / 1000.0),
            {}, QStringLiteral("timeout")});
        finish(job);
    }
}

void ProfileServer::onAborted(quint64 id)
{
    const std::shared_ptr<CompletionJob> job = m_jobs.value(id);
    if (!job)
        return;
    if (!job->running)
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    job->fail(ApiError{499, ServeText::tr("the client closed the connection before the answer"), {}, {}});
    finish(job);
}

} // namespace drpo::serve
