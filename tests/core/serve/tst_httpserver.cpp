// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 layer of drpo serve, driven with raw sockets: keep-alive, pipelining,
// streaming, every limit and timeout, and the garbage a hostile client sends.
#include "httptestclient.h"
#include "llm/threadhandoff.h"
#include "serve/httpserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace drpo;
using test::RawClient;

namespace {

// An HttpServer on its own thread (as drpo serve runs it) with a test handler:
//   /echo            200 "<method> <path> <body>"
//   /slow?ms=N       the same after N ms
//   /stream?n=N      N chunks "chunk<i>\n", 5 ms apart
//   /flood           a stream of 256 KiB chunks until the connection drops
//   /hold            never answered
class ServerThread {
public:
    explicit ServerThread(const serve::HttpLimits &limits)
    {
        m_thread.start();
        llm::runOnAndWait(m_context.get(), [this, limits] {
            server = new serve::HttpServer(limits);
            server->setHandler([this](serve::HttpRequest r, serve::HttpResponder w) { handle(r, w); });
            QObject::connect(server, &serve::HttpServer::requestAborted, server, [this] { ++aborted; });
            QString error;
            listening = server->listen(QHostAddress::LocalHost, 0, &error);
            port = server->port();
        });
    }
    ~ServerThread()
    {
        llm::runOnAndWait(m_context.get(), [this] { delete server; });
        m_thread.quit();
        m_thread.wait();
    }
    int connections()
    {
        int n = 0;
        llm::runOnAndWait(m_context.get(), [this, &n] { n = server->connectionCount(); });
        return n;
    }

    serve::HttpServer *server = nullptr;
    bool listening = false;
    quint16 port = 0;
    std::atomic<int> aborted{0};
    std::atomic<int> handled{0};

private:
    void handle(const serve::HttpRequest &r, serve::HttpResponder w)
    {
        ++handled;
        const QUrlQuery q(QString::fromLatin1(r.query));
        const QByteArray echo = r.method + ' ' + r.path + ' ' + r.body;
        if (r.path == "/echo") {
            w.respond(200, "text/plain", echo);
        } else if (r.path == "/slow") {
            QTimer::singleShot(q.queryItemValue(QStringLiteral("ms")).toInt(), server,
                [w, echo]() mutable { w.respond(200, "text/plain", echo); });
        } else if (r.path == "/stream") {
            w.beginStream(200, "text/plain");
            streamChunk(w, 0, q.queryItemValue(QStringLiteral("n")).toInt());
        } else if (r.path == "/flood") {
            w.beginStream(200, "application/octet-stream");
            flood(w);
        } else if (r.path != "/hold") {
            w.respond(404, "text/plain", "no");
        }
    }
    void streamChunk(serve::HttpResponder w, int i, int n)
    {
        if (i == n) {
            w.end();
            return;
        }
        w.write("chunk" + QByteArray::number(i) + '\n');
        QTimer::singleShot(5, server, [this, w, i, n] { streamChunk(w, i + 1, n); });
    }
    void flood(serve::HttpResponder w)
    {
        if (!w.write(QByteArray(256 * 1024, 'x')))
            return;
        QTimer::singleShot(1, server, [this, w] { flood(w); });
    }

    QThread m_thread;
    std::unique_ptr<QObject> m_context = [this] {
        auto o = std::make_unique<QObject>();
        o->moveToThread(&m_thread);
        return o;
    }();
};

serve::HttpLimits testLimits()
{
    serve::HttpLimits l;
    l.maxBodyBytes = 64 * 1024;
    l.maxHeaderBytes = 4096;
    l.maxConnections = 16;
    l.idleTimeoutMs = 400;
    l.requestTimeoutMs = 400;
    l.writeStallTimeoutMs = 400;
    l.maxPendingWriteBytes = 2 * 1024 * 1024;
    return l;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
        body;
}

} // namespace

class TstHttpServer : public QObject {
    Q_OBJECT
private slots:
    void request_keepAlive_severalAnswersOnOneConnection()
    {
        ServerThread s(testLimits());
        QVERIFY(s.listening);
        RawClient c(s.port);
        for (int i = 0; i < 3; ++i) {
            c.send(post("/echo", "n" + QByteArray::number(i)));
            const auto r = c.read();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(r->body, "POST /echo n" + QByteArray::number(i));
            QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
        }
        QVERIFY(c.connected());
    }

    void request_pipelined_answeredInOrderEvenWhenFirstIsSlow()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send(post("/slow?ms=150", "first") + post("/echo", "second") + get("/echo"));
        const auto a = c.read(), b = c.read(), d = c.read();
        QVERIFY(a && b && d);
        QCOMPARE(a->body, QByteArray("POST /slow first"));
        QCOMPARE(b->body, QByteArray("POST /echo second"));
        QCOMPARE(d->body, QByteArray("GET /echo "));
    }

    void request_connectionClose_closedAfterAnswer()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send(get("/echo", "Connection: close\r\n"));
        const auto r = c.read();
        QVERIFY(r);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed(2000));
    }

    void request_http10_answeredThenClosed()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("GET /echo HTTP/1.0\r\n\r\n");
        const auto r = c.read();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(c.waitClosed(2000));
    }

    void request_head_noBody()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("HEAD /echo HTTP/1.1\r\nHost: t\r\n\r\n");
        const auto r = c.read(5000, true);
        QVERIFY(r);
        QCOMPARE(r->headers.value("content-length"), QByteArray("11")); // "HEAD /echo "
        c.send(get("/echo"));
        const auto next = c.read();
        QVERIFY(next); // no stray body bytes between the two answers
        QCOMPARE(next->body, QByteArray("GET /echo "));
    }

    void request_expectContinue_100ThenAnswer()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        const auto cont = c.read();
        QVERIFY(cont);
        QCOMPARE(cont->status, 100);
        c.send("body");
        const auto r = c.read();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("POST /echo body"));
    }

    void request_oversizedBody_413WithoutReadingIt()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 10000000\r\n\r\n");
        const auto r = c.read();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(r->body.contains("10000000"));
        QVERIFY(c.waitClosed(2000));
        QCOMPARE(s.handled.load(), 0);
    }

    void request_malformed_4xxAndClosed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("tls hello") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15) << 400;
        QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << 400;
        QTest::newRow("chunked upload")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
            << 411;
        QTest::newRow("smuggling") << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400;
        QTest::newRow("huge head") << QByteArray(
                                          "GET /echo HTTP/1.1\r\nHost: t\r\nX: " + QByteArray(8000, 'a') + "\r\n\r\n")
                                   << 431;
        QTest::newRow("long target") << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    }

    void request_malformed_4xxAndClosed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send(bytes);
        const auto r = c.read();
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed(2000));
        // The server keeps serving others.
        RawClient next(s.port);
        next.send(get("/echo"));
        const auto ok = next.read();
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
    }

    void slowloris_trickledHead_408AtTheDeadline()
    {
        // A byte every 50 ms never looks idle; the request deadline (400 ms from the first
        // byte) cuts it off anyway.
        ServerThread s(testLimits());
        RawClient c(s.port);
        const QByteArray req = get("/echo", "X-Padding: " + QByteArray(100, 'p') + "\r\n");
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        while (c.connected() && sent < req.size() - 1 && clock.elapsed() < 3000) {
            c.send(req.mid(sent++, 1));
            QTest::qWait(50);
            if (c.socket().bytesAvailable() > 0)
                break;
        }
        const auto r = c.read(2000);
        QVERIFY(r);
        QCOMPARE(r->status, 408);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(c.waitClosed(2000));
    }

    void slowloris_trickledBody_408()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n");
        for (int i = 0; i < 20 && c.socket().bytesAvailable() == 0; ++i) {
            c.send("x");
            QTest::qWait(40);
        }
        const auto r = c.read(2000);
        QVERIFY(r);
        QCOMPARE(r->status, 408);
        QCOMPARE(s.handled.load(), 0);
    }

    void idle_connectionWithoutRequest_closed()
    {
        ServerThread s(testLimits());
        RawClient silent(s.port);
        RawClient afterAnswer(s.port);
        afterAnswer.send(get("/echo"));
        QVERIFY(afterAnswer.read());
        QVERIFY(silent.waitClosed(2000));
        QVERIFY(afterAnswer.waitClosed(2000));
        QTRY_COMPARE(s.connections(), 0);
    }

    void connections_overTheLimit_503ThenServedAgain()
    {
        serve::HttpLimits l = testLimits();
        l.maxConnections = 3;
        l.idleTimeoutMs = 10000;
        ServerThread s(l);
        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>(s.port));
            open.back()->send(get("/echo"));
            QVERIFY(open.back()->read());
        }
        RawClient extra(s.port);
        const auto r = extra.read(2000);
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QCOMPARE(r->headers.value("retry-after"), QByteArray("1"));
        QVERIFY(extra.waitClosed(2000));
        open.clear(); // they leave
        QTRY_COMPARE(s.connections(), 0);
        RawClient again(s.port);
        again.send(get("/echo"));
        const auto ok = again.read();
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
    }

    void stream_chunked_allChunksThenTerminator()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send(get("/stream?n=5"));
        const auto r = c.read();
        QVERIFY(r);
        QVERIFY(r->chunked);
        QCOMPARE(r->body, QByteArray("chunk0\nchunk1\nchunk2\nchunk3\nchunk4\n"));
        c.send(get("/echo")); // the connection is reusable after a stream
        QVERIFY(c.read());
    }

    void stream_http10_rawBytesThenClose()
    {
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.send("GET /stream?n=3 HTTP/1.0\r\n\r\n");
        const auto r = c.read();
        QVERIFY(r);
        QVERIFY(!r->chunked);
        QCOMPARE(r->body, QByteArray("chunk0\nchunk1\nchunk2\n"));
    }

    void stream_clientStopsReading_connectionDropped()
    {
        // Nothing read on our side: the kernel buffers fill, the server's pending output
        // passes its bound (or stalls past the timeout) and the connection is dropped.
        ServerThread s(testLimits());
        RawClient c(s.port);
        c.socket().setReadBufferSize(1);
        c.send(get("/flood"));
        QTRY_VERIFY_WITH_TIMEOUT(s.aborted.load() == 1, 10000);
    }

    void abort_clientLeavesMidRequest_reported()
    {
        ServerThread s(testLimits());
        {
            RawClient c(s.port);
            c.send(get("/hold"));
            QTRY_COMPARE(s.handled.load(), 1);
        }
        QTRY_COMPARE(s.aborted.load(), 1);
        QTRY_COMPARE(s.connections(), 0);
    }

    void fuzz_randomBytes_serverSurvivesAndServes()
    {
        ServerThread s(testLimits());
        QRandomGenerator rng(42);
        for (int round = 0; round < 40; ++round) {
            RawClient c(s.port);
            QByteArray junk;
            const int len = 1 + int(rng.bounded(3000));
            for (int i = 0; i < len; ++i)
                junk += char(rng.bounded(256));
            if (round % 3 == 0)
                junk.prepend("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n");
            c.send(junk + "\r\n\r\n");
            if (const auto r = c.read(1000))
                QVERIFY2(
                    r->status == 200 || (r->status >= 400 && r->status < 600), qPrintable(QString::number(r->status)));
        }
        RawClient ok(s.port);
        ok.send(get("/echo"));
        const auto r = ok.read();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
};

QTEST_GUILESS_MAIN(TstHttpServer)
#include "tst_httpserver.moc"
