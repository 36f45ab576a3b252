// SPDX-License-Identifier: GPL-3.0-or-later
// drpo serve benchmark: the server (ServerHost: HTTP layer, profile retrieval and
// rendering, scheduler, HTTP client) in front of the fake OpenAI-compatible server.
// Prints the latency the server adds (p50/p99 against calling the fake server directly
// with the same rendered request) at concurrency 1 and 64 with a 40 ms upstream, the
// requests per second through the server with a zero-latency upstream, and the growth of
// the process's resident memory over 20,000 requests, and the CPU each thread spends per
// request (the server's thread is the one that queues a burst of 64 requests).
//
//   drpo_bench_serve [--latency-ms 40] [--requests 20000] [--serial 300] [--per-client 20]

#include "fakellmserver.h"

#include "serve/profileresponder.h"
#include "serve/serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <memory>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 residentKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU time (ns) of each thread of this process by name, from /proc/self/task/*/schedstat.
QHash<QString, qint64> threadCpuNs()
{
    QHash<QString, qint64> out;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        QFile stat(tasks.filePath(tid + u"/schedstat"_s));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        out[QString::fromUtf8(comm.readAll().trimmed())] += stat.readAll().split(' ').value(0).toLongLong();
    }
    return out;
}

qint64 totalNs(const QHash<QString, qint64> &perThread)
{
    qint64 sum = 0;
    for (qint64 ns : perThread)
        sum += ns;
    return sum;
}

// CPU microseconds per request of the busiest threads between two snapshots.
QString cpuPerRequest(const QHash<QString, qint64> &before, const QHash<QString, qint64> &after, qsizetype requests)
{
    QList<QPair<qint64, QString>> used;
    for (auto it = after.begin(); it != after.end(); ++it)
        used.push_back({it.value() - before.value(it.key()), it.key()});
    std::sort(used.begin(), used.end(), std::greater<>());
    QStringList parts;
    for (const auto &[ns, name] : std::as_const(used))
        if (ns > 0 && parts.size() < 4)
            parts << u"%1 %2 us"_s.arg(name).arg(double(ns) / 1e3 / double(qMax<qsizetype>(1, requests)), 0, 'f', 0);
    return parts.join(u", "_s);
}

// A keep-alive client sending `count` requests one after the other, recording latencies.
// Asynchronous: many of them run on the benchmark's event loop.
class Client : public QObject {
public:
    Client(quint16 port, QByteArray request, int count, int delayMs, QList<double> *latencies, int *pending,
        QEventLoop *loop)
        : m_request(std::move(request))
        , m_left(count)
        , m_latencies(latencies)
        , m_pending(pending)
        , m_loop(loop)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, [this, delayMs] {
            if (delayMs > 0)
                QTimer::singleShot(delayMs, Qt::PreciseTimer, this, &Client::next);
            else
                next();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    int failures = 0;

private:
    void next()
    {
        if (m_left-- <= 0) {
            if (--*m_pending == 0)
                m_loop->quit();
            return;
        }
        m_clock.start();
        m_socket.write(m_request);
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype cl = m_buffer.indexOf("Content-Length: ");
            if (cl < 0 || cl > end)
                qFatal("an answer without Content-Length: %s", m_buffer.left(200).constData());
            const qsizetype size = m_buffer.mid(cl + 16, m_buffer.indexOf('\r', cl) - cl - 16).toLongLong();
            if (m_buffer.size() < end + 4 + size)
                return;
            if (!m_buffer.startsWith("HTTP/1.1 200"))
                ++failures;
            m_buffer.remove(0, end + 4 + size);
            m_latencies->push_back(double(m_clock.nsecsElapsed()) / 1e6);
            next();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    int m_left;
    QList<double> *m_latencies;
    int *m_pending;
    QEventLoop *m_loop;
    QElapsedTimer m_clock;
};

struct Figures {
    QList<double> latencies; // sorted by sort()
    double seconds = 0;
    int failures = 0;
    Figures &operator+=(const Figures &o)
    {
        latencies += o.latencies;
        seconds += o.seconds;
        failures += o.failures;
        return *this;
    }
    void sort() { std::sort(latencies.begin(), latencies.end()); }
    double percentile(double p) const
    {
        if (latencies.isEmpty())
            return 0;
        return latencies[qBound(qsizetype(0), qsizetype(p * double(latencies.size() - 1) + 0.5), latencies.size() - 1)];
    }
    double rate() const { return seconds > 0 ? double(latencies.size()) / seconds : 0; }
};

// `clients` keep-alive clients sending `perClient` requests each. With spreadMs > 0 their
// first requests start spread evenly over that time (users who do not arrive in the same
// millisecond); with 0 all start at once.
Figures drive(quint16 port, const QByteArray &request, int clients, int perClient, int spreadMs = 0)
{
    Figures f;
    int pending = clients;
    QEventLoop loop;
    std::vector<std::unique_ptr<Client>> all;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients; ++i)
        all.push_back(std::make_unique<Client>(
            port, request, perClient, spreadMs * i / qMax(1, clients), &f.latencies, &pending, &loop));
    loop.exec();
    f.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (const auto &c : all)
        f.failures += c->failures;
    return f;
}

QByteArray httpPost(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

model::AlignmentProfile benchProfile()
{
    // The size of a reference profile: a prompt of a dozen bullets, 20 examples, K = 3.
    model::AlignmentProfile p;
    p.systemPrompt = u"You are a helpful, honest assistant."_s;
    for (int i = 0; i < 12; ++i)
        p.systemPrompt +=
            u"\n- Rule %1: answer clearly, with structure where it helps, and say what you cannot know."_s.arg(i);
    p.k = 3;
    p.baseModel = u"fake-model"_s;
    const QStringList topics{u"eggs"_s, u"weather"_s, u"poems"_s, u"pasta"_s, u"taxes"_s, u"python"_s, u"running"_s,
        u"sleep"_s, u"gardening"_s, u"history"_s};
    for (int i = 0; i < 20; ++i) {
        model::Example e;
        e.id = u"e%1"_s.arg(i);
        e.query = u"How do I get started with %1 as a beginner (question %2)?"_s.arg(topics[i % topics.size()]).arg(i);
        e.answer = u"Here is a structured answer about %1.\n- First step\n- Second step\n- Third step"_s.arg(
            topics[i % topics.size()]);
        p.examples.push_back(e);
    }
    return p;
}

QString fmt(double ms)
{
    return QString::number(ms, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) // QT_NO_GLIB= (empty) compares with GLib's loop
        qputenv("QT_NO_GLIB", "1");               // drpo serve's event loop (see app/cli/main.cpp)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"latency-ms"_s, u"Fake upstream latency for the latency phases."_s, u"MS"_s, u"40"_s});
    p.addOption({u"serial"_s, u"Requests at concurrency 1."_s, u"N"_s, u"300"_s});
    p.addOption({u"per-client"_s, u"Requests per client at concurrency 64."_s, u"N"_s, u"20"_s});
    p.addOption({u"requests"_s, u"Requests of the throughput and memory phase."_s, u"N"_s, u"20000"_s});
    p.process(app);
    const int latency = p.value(u"latency-ms"_s).toInt();
    const int serial = p.value(u"serial"_s).toInt();
    const int perClient = p.value(u"per-client"_s).toInt();
    const int total = p.value(u"requests"_s).toInt();

    test::FakeLlmServer upstream;
    if (!upstream.start())
        qFatal("cannot start the fake server");
    // A fixed short answer: the figures are about the server, not the fake's text.
    upstream.setResponder([](const test::FakeRequest &, int) { return u"A short, fixed answer."_s; });

    model::ModelSettings models;
    models.base.kind = u"openai"_s;
    models.base.baseUrls = {upstream.baseUrl()};
    models.base.model = u"fake-model"_s;
    models.base.concurrency = 128;
    models.provider.cache = model::CacheMode::Off;
    serve::ServeConfig config;
    config.port = 0;
    config.maxConcurrent = 128;
    config.profiles = {serve::ServedProfile{u"aligned"_s, benchProfile(), {}}};
    serve::ServerHost host;
    QString error;
    if (!host.start(config, models, 1, &error) || !host.waitStarted(&error))
        qFatal("serve: %s", qPrintable(error));

    const QString question = u"How do I get started with pasta, quickly?"_s;
    const QByteArray viaServer = httpPost("/v1/chat/completions",
        QJsonDocument(QJsonObject{{u"model"_s, u"aligned"_s},
                          {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, question}}}}})
            .toJson(QJsonDocument::Compact));
    // The same base-model request the server makes, sent straight to the fake server.
    const serve::ProfileResponder responder(benchProfile(), models);
    const llm::LlmRequest rendered =
        responder.render({llm::Message{u"user"_s, question}}, responder.retrieve(question), serve::Sampling());
    QJsonArray msgs;
    for (const llm::Message &m : rendered.messages)
        msgs.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    const QByteArray direct = httpPost("/v1/chat/completions",
        QJsonDocument(QJsonObject{{u"model"_s, u"fake-model"_s}, {u"messages"_s, msgs}, {u"temperature"_s, 0},
                          {u"max_tokens"_s, rendered.maxTokens}})
            .toJson(QJsonDocument::Compact));

    out() << "drpo serve benchmark: ServerHost in front of the fake OpenAI server (" << upstream.baseUrl() << ")\n"
          << "profile: " << benchProfile().examples.size() << " examples, K = 3, BM25; cache off; base concurrency "
          << models.base.concurrency << "\n\n";

    // The server's own time per request (arrival to answer, minus the wait for the base
    // model), from its request log.
    QList<double> ownMs;
    QList<double> upstreamMs;
    QObject::connect(
        &host, &serve::ServerHost::requestFinished, [&ownMs, &upstreamMs](const serve::RequestLogEntry &e) {
            ownMs.push_back(e.serverMs);
            upstreamMs.push_back(e.upstreamMs);
        });
    auto percentiles = [](QList<double> &ms) {
        std::sort(ms.begin(), ms.end());
        Figures f;
        f.latencies = std::exchange(ms, {});
        return QStringLiteral("p50 %1 ms  p99 %2 ms").arg(fmt(f.percentile(0.5)), fmt(f.percentile(0.99)));
    };
    auto ownPercentiles = [&ownMs, &percentiles] { return percentiles(ownMs); };
    auto upstreamPercentiles = [&upstreamMs, &percentiles] { return percentiles(upstreamMs); };
    const quint16 serverPort = host.port();
    const quint16 upstreamPort = upstream.port();
    // The fake server records every request for tests: not here, or its copies would
    // count as the server's memory.
    upstream.setRecording(false);
    upstream.setLatencyMs(latency);
    drive(serverPort, viaServer, 8, 5); // warm up connections on both sides
    drive(upstreamPort, direct, 8, 5);
    ownMs.clear();
    upstreamMs.clear();
    struct Phase {
        int clients;
        int each;
        int spreadMs;
        const char *what;
    };
    const Phase phases[] = {
        {1, serial, 0, "concurrency 1"},
        {64, perClient, 0, "concurrency 64, all clients sending at once (a synchronised burst every round trip)"},
        {64, perClient, latency, "concurrency 64, clients starting spread over one upstream latency"},
    };
    const int cores = qMax(1, QThread::idealThreadCount());
    for (const Phase &phase : phases) {
        const int clients = phase.clients;
        const int each = phase.each;
        // Alternate direct and served rounds, so both meet the same machine load.
        Figures d, s;
        const int rounds = 6;
        QHash<QString, qint64> servedCpu, directCpu;
        for (int r = 0; r < rounds; ++r) {
            QHash<QString, qint64> t0 = threadCpuNs();
            d += drive(upstreamPort, direct, clients, qMax(1, each / rounds), phase.spreadMs);
            QHash<QString, qint64> t1 = threadCpuNs();
            s += drive(serverPort, viaServer, clients, qMax(1, each / rounds), phase.spreadMs);
            const QHash<QString, qint64> t2 = threadCpuNs();
            for (auto it = t2.begin(); it != t2.end(); ++it) {
                servedCpu[it.key()] += it.value() - t1.value(it.key());
                directCpu[it.key()] += t1.value(it.key()) - t0.value(it.key());
            }
        }
        d.sort();
        s.sort();
        const double add50 = s.percentile(0.5) - d.percentile(0.5);
        const double add99 = s.percentile(0.99) - d.percentile(0.99);
        const bool met = add50 < 1.0 && add99 < 5.0;
        out() << phase.what << ", upstream " << latency << " ms, " << s.latencies.size()
              << " requests each way, interleaved in " << rounds << " rounds:\n"
              << "  direct   p50 " << fmt(d.percentile(0.5)) << " ms  p99 " << fmt(d.percentile(0.99)) << " ms\n"
              << "  serve    p50 " << fmt(s.percentile(0.5)) << " ms  p99 " << fmt(s.percentile(0.99)) << " ms"
              << (s.failures ? QStringLiteral("  (%1 failed)").arg(s.failures) : QString()) << "\n"
              << "  added    p50 " << fmt(add50) << " ms (goal < 1)  p99 " << fmt(add99) << " ms (goal < 5)  "
              << (met ? "MET" : "NOT MET") << "\n"
              << "  the server's own part (parse, queue, retrieval, rendering, answer; its log): " << ownPercentiles()
              << "\n"
              << "  its wait for the base model (scheduler, HTTP client, fake server; its log): "
              << upstreamPercentiles() << "\n"
              << "  CPU per request, served: " << cpuPerRequest({}, servedCpu, s.latencies.size()) << "\n"
              << "  CPU per request, direct: " << cpuPerRequest({}, directCpu, d.latencies.size()) << "\n";
        if (clients > 1 && phase.spreadMs == 0) {
            // All threads share the machine's cores: a burst of N requests takes at least
            // N x (the CPU a request costs served - direct) / cores longer through the
            // server, and its median request waits about half of that.
            const double extraUs = double(totalNs(servedCpu)) / double(qMax<qsizetype>(1, s.latencies.size())) / 1e3 -
                double(totalNs(directCpu)) / double(qMax<qsizetype>(1, d.latencies.size())) / 1e3;
            out() << "  the floor the CPU sets: " << QString::number(extraUs, 'f', 0)
                  << " us more CPU a request served, x " << clients << " requests / " << cores << " cores = a burst "
                  << fmt(extraUs * clients / cores / 1e3) << " ms longer; its median request waits about "
                  << fmt(extraUs * clients / cores / 2e3) << " ms more\n";
        }
        out() << Qt::endl;
    }

    upstream.setLatencyMs(0);
    const int clients = 32;
    drive(serverPort, viaServer, clients, 2000 / clients); // warm up: pools, caches, allocator
    ownMs.clear();
    const qint64 before = residentKb();
    const size_t heapBefore = mallinfo2().uordblks;
    const QHash<QString, qint64> cpuBefore = threadCpuNs();
    Figures t = drive(serverPort, viaServer, clients, qMax(1, total / clients));
    const QHash<QString, qint64> cpuAfter = threadCpuNs();
    t.sort();
    const qint64 after = residentKb();
    const size_t heapAfter = mallinfo2().uordblks;
    malloc_trim(0); // what the allocator keeps cached, as opposed to what is still in use
    const qint64 trimmed = residentKb();
    const double growthMb = double(after - before) / 1024.0;
    const double trimmedMb = double(trimmed - before) / 1024.0;
    out() << "zero-latency upstream, " << clients << " clients, " << t.latencies.size() << " requests (" << t.failures
          << " failed):\n"
          << "  throughput " << QString::number(t.rate(), 'f', 0) << " requests/s (goal >= 1000) "
          << (t.rate() >= 1000 ? "MET" : "NOT MET") << ", p50 " << fmt(t.percentile(0.5)) << " ms, p99 "
          << fmt(t.percentile(0.99)) << " ms\n"
          << "  the server's own part: " << ownPercentiles() << "\n"
          << "  CPU per request: " << cpuPerRequest(cpuBefore, cpuAfter, t.latencies.size()) << "\n"
          << "  resident memory " << QString::number(before / 1024.0, 'f', 1) << " MB before, "
          << QString::number(after / 1024.0, 'f', 1) << " MB after (growth " << QString::number(growthMb, 'f', 1)
          << " MB, goal < 10: " << (growthMb < 10 ? "MET" : "NOT MET") << "), "
          << QString::number(trimmed / 1024.0, 'f', 1) << " MB after malloc_trim (growth "
          << QString::number(trimmedMb, 'f', 1) << " MB)\n"
          << "  heap in use (malloc's own count, without what it keeps cached): growth "
          << QString::number((double(heapAfter) - double(heapBefore)) / 1048576.0, 'f', 2) << " MB\n"
          << "  (one process holds the server, the fake upstream and the clients: an upper bound for the server)"
          << Qt::endl;
    host.stop();
    return 0;
}
