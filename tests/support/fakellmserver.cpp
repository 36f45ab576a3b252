// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakellmserver.h"

#include "llm/threadhandoff.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace drpo::test {

using namespace Qt::Literals::StringLiterals;

struct FakeLlmServer::Shared {
    mutable QMutex mutex;
    int latencyMs = 0;
    Responder responder;
    Embedder embedder;
    bool honourN = true;
    QStringList models{u"fake-model"_s, u"fake-base"_s};
    QList<QPair<FakeFault, int>> faults;
    QList<FakeRequest> requests;
    bool recording = true;
    int active = 0;
    int peak = 0;
    int connections = 0;

    std::optional<FakeFault> takeFault(const QByteArray &path)
    {
        QMutexLocker lock(&mutex);
        for (int i = 0; i < faults.size(); ++i) {
            if (!faults[i].first.pathContains.isEmpty() &&
                !QString::fromLatin1(path).contains(faults[i].first.pathContains))
                continue;
            if (faults[i].first.period > 1 && ++faults[i].first.seen % faults[i].first.period != 0)
                continue;
            FakeFault f = faults[i].first;
            if (--faults[i].second <= 0)
                faults.removeAt(i);
            return f;
        }
        return std::nullopt;
    }
};

namespace {

quint64 stableHash(const QString &s)
{
    const QByteArray h = QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h[i]);
    return v;
}

// "- Name: description" lines following `header`.
QStringList criteriaAfter(const QString &text, const QString &header)
{
    QStringList names;
    const qsizetype at = text.indexOf(header);
    if (at < 0)
        return names;
    const QStringList lines = text.mid(at + header.size()).split(u'\n');
    bool started = false;
    for (const QString &l : lines) {
        if (l.startsWith(u"- ") && l.contains(u':')) {
            names.push_back(l.mid(2, l.indexOf(u':') - 2).trimmed());
            started = true;
        } else if (started || !l.trimmed().isEmpty()) {
            if (started)
                break;
        }
    }
    return names;
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 529: return "Overloaded";
    default: return "Status";
    }
}

} // namespace

QString FakeRequest::text() const
{
    QStringList parts;
    for (const QJsonValue &m : json.value(u"messages").toArray())
        parts.push_back(m.toObject().value(u"content").toString());
    if (json.value(u"system").isString())
        parts.prepend(json.value(u"system").toString());
    if (json.value(u"prompt").isString())
        parts.push_back(json.value(u"prompt").toString());
    return parts.join(u"\n\n"_s);
}

QString FakeLlmServer::defaultAnswer(const FakeRequest &request, int index)
{
    const QString text = request.text();
    // Separate calls for the same prompt (the n fallback) differ by seed: so do the answers.
    const quint64 h =
        stableHash(text + QString::number(index) + u'/' + request.json.value(u"seed").toVariant().toString());
    if (text.contains(u"Available criteria:")) {
        QStringList names = criteriaAfter(text, u"Available criteria:\n"_s);
        const int count = qMin<int>(3, names.size());
        const QStringList chosen = names.mid(int(h % qMax<quint64>(1, quint64(names.size() - count + 1))), count);
        QJsonObject o{{u"query_analysis"_s,
                          QJsonObject{{u"main_topic"_s, u"the query"_s}, {u"user_intent"_s, u"get a good answer"_s},
                              {u"challenges"_s, u"none in particular"_s}}},
            {u"aspects_selection"_s,
                QJsonObject{{u"reasoning"_s, u"These matter most here."_s},
                    {u"selected_aspects"_s, QJsonArray::fromStringList(chosen)}}}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (text.contains(u"## Answer to grade\n") && text.contains(u"## Aspects\n")) {
        // The evaluation judge: {"aspect": {"reason", "score"}} with scores that depend on the answer.
        const qsizetype a = text.indexOf(u"## Answer to grade\n");
        const QString answer = text.mid(a, text.indexOf(u"## Aspects\n") - a);
        QJsonObject o;
        for (const QString &aspect : criteriaAfter(text, u"## Aspects\n"_s)) {
            const int score = 2 + int(stableHash(answer + aspect) % 4);
            o.insert(aspect,
                QJsonObject{{u"reason"_s, u"The answer is %1 on %2."_s.arg(score >= 4 ? u"good"_s : u"weak"_s, aspect)},
                    {u"score"_s, QString::number(score)}});
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (text.contains(u"\"rationale\"") && text.contains(u"Criteria:\n")) {
        // Scores depend on the answer, so different prompts earn different rewards.
        const qsizetype a = text.indexOf(u"Answer:\n");
        const QString answer = a < 0 ? text : text.mid(a, 400);
        QJsonObject o;
        for (const QString &c : criteriaAfter(text, u"Criteria:\n"_s)) {
            const int score = 2 + int(stableHash(answer + c) % 4);
            o.insert(c,
                QJsonObject{{u"rationale"_s, u"The answer is %1 on %2."_s.arg(score >= 4 ? u"good"_s : u"weak"_s, c)},
                    {u"score"_s, QString::number(score)}});
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (text.contains(u"<prompt>")) {
        static const QStringList rules{u"Structure longer answers with short lists."_s,
            u"Say so plainly when you cannot access live data."_s, u"Do not repeat yourself."_s,
            u"Acknowledge the user's feelings where they show."_s, u"Explain technical terms in plain words."_s,
            u"Give a concrete example where it helps."_s};
        return u"The critique asks for clearer answers.\n<prompt>\nYou are a helpful, honest assistant.\n- %1\n- %2\n</prompt>"_s
            .arg(rules[int(h % rules.size())], rules[int((h / 7) % rules.size())]);
    }
    if (text.contains(u"<answer>"))
        return u"<answer>\nA clearer, structured answer that addresses every point.\n</answer>"_s;
    QString last = text.section(u"\n\n"_s, -1).simplified().left(60);
    return u"Here is an answer (variant %1) about: %2"_s.arg(index).arg(last);
}

// Lives on the server thread: accepts connections, parses requests, writes answers.
class FakeLlmServerWorker : public QObject {
public:
    explicit FakeLlmServerWorker(std::shared_ptr<FakeLlmServer::Shared> shared)
        : m_shared(std::move(shared))
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                {
                    QMutexLocker lock(&m_shared->mutex);
                    ++m_shared->connections;
                }
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { readFrom(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                // Its state goes with it: the next socket may get the same address (a hung
                // request's "busy" flag then blocked every later request: seen under TSan).
                connect(s, &QObject::destroyed, this, [this, s] {
                    m_buffers.remove(s);
                    m_busy.remove(s);
                });
            }
        });
        return m_server->serverPort();
    }

private:
    void readFrom(QTcpSocket *s)
    {
        m_buffers[s] += s->readAll();
        tryParse(s);
    }

    void tryParse(QTcpSocket *s)
    {
        if (m_busy.value(s))
            return;
        QByteArray &buf = m_buffers[s];
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        FakeRequest r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines[i].indexOf(':');
            if (c > 0)
                r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        r.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        r.json = QJsonDocument::fromJson(r.body).object();
        {
            QMutexLocker lock(&m_shared->mutex);
            if (m_shared->recording)
                m_shared->requests.push_back(r);
            m_shared->peak = qMax(m_shared->peak, ++m_shared->active);
        }
        m_busy[s] = true;
        handle(s, r);
    }

    void done(QTcpSocket *s)
    {
        {
            QMutexLocker lock(&m_shared->mutex);
            --m_shared->active;
        }
        m_busy[s] = false;
        QMetaObject::invokeMethod(
            this,
            [this, p = QPointer<QTcpSocket>(s)] {
                if (p)
                    tryParse(p);
            },
            Qt::QueuedConnection);
    }

    void writeFull(QTcpSocket *s, int status, const QByteArray &body,
        const QByteArray &contentType = "application/json", const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
            "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: keep-alive\r\n" + extra + "\r\n" + body);
        done(s);
    }

    void handle(QTcpSocket *s, const FakeRequest &r)
    {
        const std::optional<FakeFault> fault = m_shared->takeFault(r.path);
        int delay;
        {
            QMutexLocker lock(&m_shared->mutex);
            delay = m_shared->latencyMs;
        }
        if (fault && fault->kind == FakeFault::Kind::Latency)
            delay += fault->delayMs;
        if (fault && fault->kind == FakeFault::Kind::Hang) {
            m_busy[s] = true; // keep the request open forever
            return;
        }
        QPointer<QTcpSocket> p(s);
        auto respond = [this, p, r, fault] {
            if (p)
                answer(p, r, fault);
            else {
                QMutexLocker lock(&m_shared->mutex);
                --m_shared->active;
            }
        };
        if (delay > 0)
            QTimer::singleShot(delay, Qt::PreciseTimer, this, respond); // a fixed latency, not "about"

        else
            respond();
    }

    void answer(QTcpSocket *s, const FakeRequest &r, const std::optional<FakeFault> &fault)
    {
        using K = FakeFault::Kind;
        if (fault && fault->kind == K::Status) {
            QByteArray body = fault->body;
            if (body.isEmpty())
                body = R"({"error":{"message":"injected failure","type":"server_error"}})";
            writeFull(s, fault->status, body, "application/json",
                fault->retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + fault->retryAfter + "\r\n");
            return;
        }
        if (fault && fault->kind == K::ResetBeforeReply) {
            done(s);
            s->abort();
            return;
        }
        if (fault && fault->kind == K::EndlessStream) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray event = fault->body.isEmpty()
                ? QByteArray(R"(data: {"choices":[{"index":0,"delta":{"content":"and on "},"finish_reason":null}]})"
                             "\n\n")
                : fault->body;
            const QByteArray chunk = QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
            auto *tick = new QTimer(s); // dies with the socket when the client gives up
            connect(tick, &QTimer::timeout, s, [s, chunk] {
                if (s->bytesToWrite() < (qint64(4) << 20)) // do not buffer faster than the client reads
                    s->write(chunk);
            });
            connect(s, &QObject::destroyed, this, [this] {
                QMutexLocker lock(&m_shared->mutex);
                --m_shared->active;
            });
            tick->start(qMax(0, fault->delayMs));
            return;
        }
        if (fault && fault->kind == K::MalformedJson) {
            writeFull(s, 200, R"({"choices": [{"message": {"content": "trunc)");
            return;
        }
        const bool stream = r.json.value(u"stream").toBool();
        const bool anthropic = r.path.endsWith("/messages");
        if (r.method == "GET" && r.path.endsWith("/models")) {
            QJsonArray data;
            {
                QMutexLocker lock(&m_shared->mutex);
                for (const QString &m : std::as_const(m_shared->models))
                    data.append(QJsonObject{{u"id"_s, m}, {u"object"_s, u"model"_s}});
            }
            writeFull(s, 200,
                QJsonDocument(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}}).toJson(QJsonDocument::Compact));
            return;
        }
        if (r.path.endsWith("/embeddings")) {
            FakeLlmServer::Embedder embedder;
            {
                QMutexLocker lock(&m_shared->mutex);
                embedder = m_shared->embedder;
            }
            QJsonArray data;
            const QJsonArray input = r.json.value(u"input").toArray();
            for (int i = 0; i < input.size(); ++i) {
                QJsonArray v;
                if (embedder) {
                    for (double x : embedder(input[i].toString()))
                        v.append(x);
                } else {
                    const quint64 h = stableHash(input[i].toString());
                    for (int d = 0; d < 8; ++d)
                        v.append(double((h >> (d * 8)) & 0xff) / 255.0);
                }
                data.append(QJsonObject{{u"index"_s, i}, {u"embedding"_s, v}});
            }
            writeFull(s, 200,
                QJsonDocument(
                    QJsonObject{{u"data"_s, data}, {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 3 * input.size()}}}})
                    .toJson(QJsonDocument::Compact));
            return;
        }
        FakeLlmServer::Responder responder;
        bool honourN;
        {
            QMutexLocker lock(&m_shared->mutex);
            responder = m_shared->responder;
            honourN = m_shared->honourN;
        }
        const int n = honourN && !anthropic ? qMax(1, r.json.value(u"n").toInt(1)) : 1;
        QStringList texts;
        for (int i = 0; i < n; ++i)
            texts.push_back(responder ? responder(r, i) : FakeLlmServer::defaultAnswer(r, i));
        const qint64 promptTokens = qMax<qint64>(1, r.text().size() / 4);
        qint64 completionTokens = 0;
        for (const QString &t : texts)
            completionTokens += qMax<qint64>(1, t.size() / 4);
        const bool completion = r.path.endsWith("/completions") && !r.path.endsWith("/chat/completions");

        if (!stream) {
            QJsonObject body;
            if (anthropic) {
                body = QJsonObject{{u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
                    {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, texts[0]}}}},
                    {u"stop_reason"_s, u"end_turn"_s},
                    {u"usage"_s,
                        QJsonObject{{u"input_tokens"_s, promptTokens}, {u"output_tokens"_s, completionTokens}}}};
            } else {
                QJsonArray choices;
                for (int i = 0; i < texts.size(); ++i) {
                    QJsonObject c{{u"index"_s, i}, {u"finish_reason"_s, u"stop"_s}};
                    if (completion)
                        c.insert(u"text"_s, texts[i]);
                    else
                        c.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, texts[i]}});
                    choices.append(c);
                }
                body = QJsonObject{{u"object"_s, completion ? u"text_completion"_s : u"chat.completion"_s},
                    {u"choices"_s, choices},
                    {u"usage"_s,
                        QJsonObject{{u"prompt_tokens"_s, promptTokens}, {u"completion_tokens"_s, completionTokens}}}};
            }
            if (fault && fault->kind == K::ResetMidStream) {
                const QByteArray b = QJsonDocument(body).toJson(QJsonDocument::Compact);
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(b.size()) + "\r\n\r\n" + b.left(b.size() / 2));
                s->flush();
                done(s);
                s->abort();
                return;
            }
            writeFull(s, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
            return;
        }

        // Streaming: build the events, then send them (spaced out for a slow stream).
        QList<QByteArray> events;
        events.push_back(": keep-alive\r\n\r\n");
        auto data = [](const QJsonObject &o, const QByteArray &name = {}) -> QByteArray {
            return (name.isEmpty() ? QByteArray() : "event: " + name + "\r\n") +
                "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\r\n\r\n";
        };
        if (anthropic) {
            events.push_back(
                data(QJsonObject{{u"type"_s, u"message_start"_s},
                         {u"message"_s, QJsonObject{{u"usage"_s, QJsonObject{{u"input_tokens"_s, promptTokens}}}}}},
                    "message_start"));
            const QStringList words = texts[0].split(u' ');
            for (int w = 0; w < words.size(); ++w) {
                const QString piece = w == 0 ? words[w] : QString(u' ' + words[w]);
                events.push_back(data(QJsonObject{{u"type"_s, u"content_block_delta"_s}, {u"index"_s, 0},
                                          {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}}}},
                    "content_block_delta"));
            }
            events.push_back("event: ping\ndata: {\"type\":\"ping\"}\n\n");
            events.push_back(data(QJsonObject{{u"type"_s, u"message_delta"_s},
                                      {u"delta"_s, QJsonObject{{u"stop_reason"_s, u"end_turn"_s}}},
                                      {u"usage"_s, QJsonObject{{u"output_tokens"_s, completionTokens}}}},
                "message_delta"));
            events.push_back(data(QJsonObject{{u"type"_s, u"message_stop"_s}}, "message_stop"));
        } else {
            for (int i = 0; i < texts.size(); ++i) {
                const QString &t = texts[i];
                const qsizetype third = qMax<qsizetype>(1, t.size() / 3);
                for (qsizetype at = 0; at < t.size(); at += third) {
                    const QString piece = t.mid(at, third);
                    QJsonObject c{{u"index"_s, i}, {u"finish_reason"_s, QJsonValue()}};
                    if (completion)
                        c.insert(u"text"_s, piece);
                    else
                        c.insert(u"delta"_s, QJsonObject{{u"content"_s, piece}});
                    events.push_back(data(QJsonObject{{u"choices"_s, QJsonArray{c}}}));
                }
                events.push_back(data(QJsonObject{{u"choices"_s,
                    QJsonArray{
                        QJsonObject{{u"index"_s, i}, {u"delta"_s, QJsonObject()}, {u"finish_reason"_s, u"stop"_s}}}}}));
            }
            events.push_back(data(QJsonObject{{u"choices"_s, QJsonArray()},
                {u"usage"_s,
                    QJsonObject{{u"prompt_tokens"_s, promptTokens}, {u"completion_tokens"_s, completionTokens}}}}));
            events.push_back("data: [DONE]\n\n");
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nConnection: "
                 "keep-alive\r\n\r\n");
        const bool reset = fault && fault->kind == K::ResetMidStream;
        if (reset)
            events = events.mid(0, qMax<qsizetype>(2, events.size() / 2));
        const int gap = fault && fault->kind == K::SlowStream ? fault->delayMs : 0;
        sendEvents(QPointer<QTcpSocket>(s), events, 0, gap, reset);
    }

    void sendEvents(QPointer<QTcpSocket> s, QList<QByteArray> events, int at, int gapMs, bool reset)
    {
        if (!s) {
            QMutexLocker lock(&m_shared->mutex);
            --m_shared->active;
            return;
        }
        while (at < events.size()) {
            const QByteArray &e = events[at++];
            s->write(QByteArray::number(e.size(), 16) + "\r\n" + e + "\r\n");
            if (gapMs > 0 && at < events.size()) {
                s->flush();
                QTimer::singleShot(gapMs, Qt::PreciseTimer, this,
                    [this, s, events, at, gapMs, reset] { sendEvents(s, events, at, gapMs, reset); });
                return;
            }
        }
        if (reset) {
            s->flush();
            done(s);
            s->abort();
            return;
        }
        s->write("0\r\n\r\n");
        done(s);
    }

    std::shared_ptr<FakeLlmServer::Shared> m_shared;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_busy;
};

FakeLlmServer::FakeLlmServer()
    : m_shared(std::make_shared<Shared>())
{}

FakeLlmServer::~FakeLlmServer()
{
    if (m_thread) {
        llm::runOnAndWait(m_worker, [w = m_worker] { delete w; });
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool FakeLlmServer::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(u"fake-llm-server"_s);
    auto *worker = new FakeLlmServerWorker(m_shared);
    worker->moveToThread(m_thread);
    m_worker = worker;
    m_thread->start();
    llm::runOnAndWait(worker, [this, worker] { m_port = worker->listen(); });
    return m_port != 0;
}

QString FakeLlmServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/v1"_s.arg(m_port);
}

void FakeLlmServer::setLatencyMs(int ms)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->latencyMs = ms;
}

void FakeLlmServer::setResponder(Responder responder)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->responder = std::move(responder);
}

void FakeLlmServer::setEmbedder(Embedder embedder)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->embedder = std::move(embedder);
}

void FakeLlmServer::setHonourN(bool on)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->honourN = on;
}

void FakeLlmServer::setModels(const QStringList &models)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->models = models;
}

void FakeLlmServer::injectFault(const FakeFault &fault, int times)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.push_back({fault, times});
}

void FakeLlmServer::clearFaults()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.clear();
}

QList<FakeRequest> FakeLlmServer::requests() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->requests;
}

int FakeLlmServer::requestCount(const QString &pathContains) const
{
    QMutexLocker lock(&m_shared->mutex);
    int n = 0;
    for (const FakeRequest &r : std::as_const(m_shared->requests))
        n += pathContains.isEmpty() || QString::fromLatin1(r.path).contains(pathContains);
    return n;
}

void FakeLlmServer::setRecording(bool on)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->recording = on;
}

void FakeLlmServer::clearRequests()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->requests.clear();
    m_shared->peak = 0;
}

int FakeLlmServer::peakConcurrency() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->peak;
}

int FakeLlmServer::connectionCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->connections;
}

} // namespace drpo::test
