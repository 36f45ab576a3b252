// SPDX-License-Identifier: GPL-3.0-or-later
// Our HTTP/1.1 client against a scripted server on 127.0.0.1: keep-alive reuse, the bound
// on connections, the one transparent retry when a reused connection closes before any
// byte of the answer (and no other retry), streaming, abort, errors as Qt reports them;
// and HttpTransport carries plain http:// calls on it, handing redirects to Qt's stack.
#include "llm/httpclient.h"
#include "llm/httpresponseparser.h"
#include "llm/httptransport.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace drpo::llm;
using namespace Qt::Literals::StringLiterals;

namespace {

// Calls handler(socket, connection index, request index on that connection, request) for
// every complete request; a request is its head and a Content-Length body.
class ScriptServer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *, int connection, int request, const QByteArray &)>;
    explicit ScriptServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                const int index = connections++;
                auto buffer = std::make_shared<QByteArray>();
                auto served = std::make_shared<int>(0);
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s, index, buffer, served] {
                    *buffer += s->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qsizetype length = 0;
                        const qsizetype cl = buffer->indexOf("Content-Length: ");
                        if (cl >= 0 && cl < end)
                            length = buffer->mid(cl + 16, buffer->indexOf('\r', cl) - cl - 16).toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray request = buffer->left(end + 4 + length);
                        buffer->remove(0, end + 4 + length);
                        ++requests;
                        m_handler(s, index, (*served)++, request);
                        if (s->state() != QAbstractSocket::ConnectedState)
                            return;
                    }
                });
            }
        });
    }
    QUrl url(const QString &path = u"/v1/x"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }
    static void answer(QTcpSocket *s, const QByteArray &body, const QByteArray &extra = {})
    {
        s->write(
            "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
    }
    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    Handler m_handler;
};

struct Outcome {
    bool finished = false;
    int finishes = 0;
    int status = 0;
    QByteArray body;
    int pieces = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString message;
};

std::shared_ptr<HttpExchange> start(HttpClient &client, const QUrl &url, Outcome *out, const QByteArray &body = "{}")
{
    auto e = HttpClient::prepare(url, "POST", {{"Content-Type", "application/json"}}, body);
    e->onHeaders = [out](const HttpResponseParser &p) { out->status = p.statusCode(); };
    e->onBody = [out](const QByteArray &b) {
        out->body += b;
        ++out->pieces;
    };
    e->onFinished = [out](QNetworkReply::NetworkError error, const QString &message) {
        out->finished = true;
        ++out->finishes;
        out->error = error;
        out->message = message;
    };
    client.send(e);
    return e;
}

Outcome call(HttpClient &client, const QUrl &url)
{
    Outcome o;
    start(client, url, &o);
    if (!QTest::qWaitFor([&o] { return o.finished; }, 10000))
        qWarning("no answer");
    return o;
}

} // namespace

class TstHttpClient : public QObject {
    Q_OBJECT
private slots:
    void prepare_writesTheFramingAndNoLineBreaksFromHeaders()
    {
        const auto e = HttpClient::prepare(QUrl(u"http://10.0.0.5:8000/v1/chat?x=1%202"_s), "POST",
            {{"Authorization", "Bearer a\r\nInjected: yes"}, {"Content-Length", "999"}}, "hello");
        const QByteArray r = e->request;
        QVERIFY2(r.startsWith("POST /v1/chat?x=1%202 HTTP/1.1\r\nHost: 10.0.0.5:8000\r\n"), r.constData());
        QVERIFY2(r.contains("Authorization: Bearer a  Injected: yes\r\n"), r.constData());
        QVERIFY2(r.contains("Content-Length: 5\r\n") && !r.contains("999"), r.constData());
        QVERIFY(r.endsWith("\r\n\r\nhello"));
        QCOMPARE(e->host, u"10.0.0.5"_s);
        QCOMPARE(e->port, 8000);
        QVERIFY(!HttpClient::prepare(QUrl(u"http://h/models"_s), "GET", {}, {})->request.contains("Content-Length"));
    }

    void suits_plainHttpOnly_optOutByEnvironment()
    {
        QVERIFY(HttpClient::suits(QUrl(u"http://127.0.0.1:8000/v1"_s)));
        QVERIFY(HttpClient::suits(QUrl(u"http://localhost:8000/v1"_s)));
        QVERIFY(!HttpClient::suits(QUrl(u"https://api.openai.com/v1"_s)));
        qputenv("DRPO_HTTP_CLIENT", "qt");
        QVERIFY(!HttpClient::suits(QUrl(u"http://127.0.0.1:8000/v1"_s)));
        qunsetenv("DRPO_HTTP_CLIENT");
        qputenv("http_proxy", "http://proxy:3128");
        QVERIFY(!HttpClient::suits(QUrl(u"http://10.0.0.5:8000/v1"_s)));
        QVERIFY(HttpClient::suits(QUrl(u"http://127.0.0.1:8000/v1"_s))); // loopback never goes through a proxy
        qunsetenv("http_proxy");
    }

    void sequentialCalls_reuseOneConnection()
    {
        ScriptServer server([](QTcpSocket *s, int, int n, const QByteArray &) {
            ScriptServer::answer(s, "answer " + QByteArray::number(n));
        });
        HttpClient client;
        for (int i = 0; i < 20; ++i) {
            const Outcome o = call(client, server.url());
            QCOMPARE(o.error, QNetworkReply::NoError);
            QCOMPARE(o.status, 200);
            QCOMPARE(o.body, "answer " + QByteArray::number(i));
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(client.connectionCount(), 1);
        QCOMPARE(client.idleConnectionCount(), 1);
    }

    void concurrentCalls_poolBoundRespected_allAnswered()
    {
        int inFlight = 0, peak = 0;
        ScriptServer server([&](QTcpSocket *s, int, int, const QByteArray &) {
            peak = qMax(peak, ++inFlight);
            QTimer::singleShot(20, s, [s, &inFlight] {
                --inFlight;
                ScriptServer::answer(s, "ok");
            });
        });
        HttpClient client(3);
        QList<Outcome> outs(10);
        for (Outcome &o : outs)
            start(client, server.url(), &o);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outs.begin(), outs.end(), [](const Outcome &o) { return o.finished; }), 10000);
        for (const Outcome &o : outs)
            QCOMPARE(o.body, QByteArray("ok"));
        QCOMPARE(server.connections, 3);
        QCOMPARE(peak, 3);
    }

    void reusedConnectionClosedBeforeAnswer_retriedOnceOnANewConnection()
    {
        // The server's keep-alive timeout races the second request: it closes without answering.
        ScriptServer server([](QTcpSocket *s, int connection, int n, const QByteArray &) {
            if (connection == 0 && n == 1)
                s->abort();
            else
                ScriptServer::answer(s, "ok");
        });
        HttpClient client;
        QCOMPARE(call(client, server.url()).body, QByteArray("ok"));
        const Outcome second = call(client, server.url());
        QCOMPARE(second.error, QNetworkReply::NoError);
        QCOMPARE(second.body, QByteArray("ok"));
        QCOMPARE(second.finishes, 1);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.requests, 3);
    }

    void reusedConnectionClosedAgainOnRetry_failsAfterOneRetry()
    {
        ScriptServer server([](QTcpSocket *s, int connection, int n, const QByteArray &) {
            if (connection == 0 && n == 0)
                ScriptServer::answer(s, "first");
            else
                s->abort();
        });
        HttpClient client;
        QCOMPARE(call(client, server.url()).body, QByteArray("first"));
        const Outcome o = call(client, server.url());
        QCOMPARE(o.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(o.finishes, 1);
        QCOMPARE(server.requests, 3); // the first, the second and its one retry
        QCOMPARE(server.connections, 2);
    }

    void freshConnectionClosedWithoutAnswer_errorNoRetry()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) { s->abort(); });
        HttpClient client;
        const Outcome o = call(client, server.url());
        QCOMPARE(o.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY2(o.message.contains(u"without answering"), qPrintable(o.message));
        QCOMPARE(server.requests, 1);
        QCOMPARE(o.status, 0);
    }

    void partialAnswerThenClose_errorWithStatusNoRetry()
    {
        ScriptServer server([](QTcpSocket *s, int, int n, const QByteArray &) {
            if (n == 0) {
                ScriptServer::answer(s, "ok");
                return;
            }
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
            s->flush();
            s->disconnectFromHost();
        });
        HttpClient client;
        call(client, server.url());
        const Outcome o = call(client, server.url());
        QCOMPARE(o.status, 200);
        QCOMPARE(o.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(o.body, QByteArray("partial"));
        QVERIFY2(o.message.contains(u"after 7 of the 100 bytes"), qPrintable(o.message));
        QCOMPARE(server.requests, 2);
    }

    void closeDelimitedAnswer_complete_connectionNotKept()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
            s->disconnectFromHost();
        });
        HttpClient client;
        const Outcome o = call(client, server.url());
        QCOMPARE(o.error, QNetworkReply::NoError);
        QCOMPARE(o.body, QByteArray("until the end"));
        QTRY_COMPARE(client.connectionCount(), 0);
        QCOMPARE(call(client, server.url()).body, QByteArray("until the end"));
        QCOMPARE(server.connections, 2);
    }

    void chunkedStream_bodyArrivesAsItIsSent()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
            QTimer::singleShot(50, s, [s] { s->write("6\r\nsecond\r\n"); });
            QTimer::singleShot(100, s, [s] { s->write("0\r\n\r\n"); });
        });
        HttpClient client;
        const Outcome o = call(client, server.url());
        QCOMPARE(o.error, QNetworkReply::NoError);
        QCOMPARE(o.body, QByteArray("firstsecond"));
        QVERIFY2(o.pieces >= 2, qPrintable(QString::number(o.pieces)));
        QCOMPARE(client.idleConnectionCount(), 1);
    }

    void malformedAnswer_protocolFailure()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) { s->write("SSH-2.0-OpenSSH\r\n\r\n"); });
        HttpClient client;
        const Outcome o = call(client, server.url());
        QCOMPARE(o.error, QNetworkReply::ProtocolFailure);
        QVERIFY2(o.message.contains(u"not HTTP/1.x"), qPrintable(o.message));
        QTRY_COMPARE(client.connectionCount(), 0);
    }

    void abort_midAnswer_finishesOnceAndClosesTheConnection()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
        });
        HttpClient client;
        Outcome o;
        const auto e = start(client, server.url(), &o);
        QTRY_COMPARE(o.body, QByteArray("abc"));
        client.abort(e, QNetworkReply::OperationCanceledError, u"stop"_s);
        QCOMPARE(o.finishes, 1);
        QCOMPARE(o.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(client.connectionCount(), 0);
        client.abort(e, QNetworkReply::OperationCanceledError, u"again"_s); // a no-op
        QTest::qWait(50);
        QCOMPARE(o.finishes, 1);
    }

    void refusedConnection_connectionRefusedError()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost);
            port = closed.serverPort();
        }
        HttpClient client;
        const Outcome o = call(client, QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
        QCOMPARE(o.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(o.finishes, 1);
    }

    void clientDeletedInsideACallback_noCrash()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &) { ScriptServer::answer(s, "ok"); });
        auto *client = new HttpClient;
        bool done = false;
        auto e = HttpClient::prepare(server.url(), "POST", {}, "{}");
        e->onBody = [&client](const QByteArray &) { delete std::exchange(client, nullptr); };
        e->onFinished = [&done](QNetworkReply::NetworkError, const QString &) { done = true; };
        client->send(e);
        QTRY_VERIFY(!client);
        QTest::qWait(20);
        QVERIFY(!done); // nobody is told about a client that is gone
    }

    void transport_plainHttp_carriedByOurClient_redirectFollowedByQt()
    {
        ScriptServer server([](QTcpSocket *s, int, int, const QByteArray &request) {
            if (request.startsWith("POST /v1/old"))
                s->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: /v1/new\r\nContent-Length: 0\r\n\r\n");
            else
                ScriptServer::answer(s, request.left(request.indexOf(' ', 5)));
        });
        HttpTransport t({server.url(u"/v1/"_s).toString()});
        std::optional<HttpResult> result;
        HttpCall c;
        c.path = u"/x"_s;
        t.send(c, [&result](HttpResult r) { result = std::move(r); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray("POST /v1/x"));
        QVERIFY(t.findChild<HttpClient *>());
        QVERIFY(!t.findChild<QNetworkAccessManager *>());

        result.reset();
        c.path = u"/old"_s;
        t.send(c, [&result](HttpResult r) { result = std::move(r); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray("POST /v1/new"));
        QVERIFY(t.findChild<QNetworkAccessManager *>()); // the redirect went through Qt's stack
        QCOMPARE(t.inFlight(), 0);
    }

    void transport_idleTimeoutAndCancel_reportedLikeQt()
    {
        ScriptServer server([](QTcpSocket *, int, int, const QByteArray &) {}); // never answers
        HttpTransport t({server.url(u"/v1"_s).toString()});
        std::optional<HttpResult> timedOut, cancelled;
        HttpCall c;
        c.path = u"/x"_s;
        c.timeoutMs = 100;
        t.send(c, [&timedOut](HttpResult r) { timedOut = std::move(r); });
        QTRY_VERIFY(timedOut.has_value());
        QVERIFY(timedOut->timedOut);
        QCOMPARE(timedOut->networkError, QNetworkReply::OperationCanceledError);
        QVERIFY(HttpTransport::failure(*timedOut, {})->timedOut);

        c.timeoutMs = 60000;
        t.send(c, [&cancelled](HttpResult r) { cancelled = std::move(r); });
        QTest::qWait(30);
        t.cancelAll();
        QVERIFY(cancelled.has_value()); // at once, like an aborted QNetworkReply
        QVERIFY(cancelled->cancelled);
        QCOMPARE(HttpTransport::failure(*cancelled, {})->error, ErrorKind::Cancelled);
        QCOMPARE(t.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
