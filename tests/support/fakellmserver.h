// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace drpo::test {

// One request the fake server received, as recorded for assertions.
struct FakeRequest {
    QByteArray method;
    QByteArray path;                      // e.g. "/v1/chat/completions"
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;     // the body parsed, when it was JSON
    QString text() const; // all message / prompt text joined
};

// A fault injected into the next matching requests.
struct FakeFault {
    enum class Kind {
        Status,           // answer `status` with `body` and optional Retry-After
        Hang,             // never answer (the client's timeout must fire)
        ResetBeforeReply, // close the connection without answering
        ResetMidStream,   // 200, part of the body (or stream), then close
        MalformedJson,    // 200 with a body that is not JSON
        SlowStream,       // stream with `delayMs` between chunks
        Latency,          // answer normally after `delayMs`
        EndlessStream     // 200 event stream that never ends: `body` (default a content delta) every `delayMs`
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;       // default: an OpenAI-style error object
    QByteArray retryAfter; // Retry-After header value
    int delayMs = 0;
    QString pathContains; // only requests whose path contains this (empty = any)
    int period = 1;       // strikes one matching request in `period` (the others pass): a flaky server
    int seen = 0;         // matching requests so far (the server's count)

    static FakeFault httpStatus(int status, const QByteArray &body = {}, const QByteArray &retryAfter = {})
    {
        FakeFault f;
        f.status = status;
        f.body = body;
        f.retryAfter = retryAfter;
        return f;
    }
    static FakeFault of(Kind kind, int delayMs = 0)
    {
        FakeFault f;
        f.kind = kind;
        f.delayMs = delayMs;
        return f;
    }
};

// A local OpenAI-compatible (and Anthropic Messages) server for tests and benchmarks:
// QTcpServer on 127.0.0.1 in its own thread, HTTP/1.1 with keep-alive. Serves
// /v1/chat/completions (with SSE streaming), /v1/completions, /v1/embeddings, /v1/models and
// /v1/messages; injects latency and faults; records every request.
// Its answers are usable by DRPO: judge JSON for judge prompts (and for the evaluation judge),
// <prompt>…</prompt> for the optimizer, selector JSON for the selector, a plain answer
// otherwise (see defaultAnswer).
class FakeLlmServer : public QObject {
    Q_OBJECT
public:
    // Text of choice `index` for a request; called on the server's thread.
    using Responder = std::function<QString(const FakeRequest &request, int index)>;
    // The vector /v1/embeddings returns for one input text; called on the server's thread.
    using Embedder = std::function<QList<double>(const QString &text)>;

    FakeLlmServer();
    ~FakeLlmServer() override;

    bool start(); // listens on 127.0.0.1:0
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:<port>/v1

    void setLatencyMs(int ms);
    void setResponder(Responder responder);
    void setEmbedder(Embedder embedder); // default: 8 hashed numbers per text
    void setHonourN(bool on);            // false: answer one choice whatever n asks (like Ollama)
    void setModels(const QStringList &models);
    void injectFault(const FakeFault &fault, int times = 1);
    void clearFaults();

    QList<FakeRequest> requests() const;
    int requestCount(const QString &pathContains = {}) const;
    void clearRequests();
    // false: keep no copy of the requests (requests() and requestCount() see none); for
    // benchmarks, where the copies would count as the measured process's memory.
    void setRecording(bool on);
    int peakConcurrency() const; // most requests being answered at the same time
    int connectionCount() const; // TCP connections accepted so far

    static QString defaultAnswer(const FakeRequest &request, int index);

private:
    friend class FakeLlmServerWorker;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace drpo::test
