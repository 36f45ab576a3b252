// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 request parser of drpo serve: framing, limits, and the malformed input a
// hostile or broken client sends.
#include "serve/httprequestparser.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace drpo;
using serve::HttpRequestParser;
using Status = serve::HttpRequestParser::Status;

namespace {

serve::HttpLimits smallLimits()
{
    serve::HttpLimits l;
    l.maxRequestLineBytes = 100;
    l.maxHeaderBytes = 400;
    l.maxHeaderCount = 5;
    l.maxBodyBytes = 50;
    return l;
}

// Parses `bytes` as one complete input; the status and the parser for inspection.
Status parseAll(HttpRequestParser &p, QByteArray bytes)
{
    return p.parse(bytes);
}

int errorOf(const QByteArray &bytes, const serve::HttpLimits &limits = smallLimits())
{
    HttpRequestParser p(limits);
    QByteArray b = bytes;
    const Status s = p.parse(b);
    return s == Status::Error ? p.errorStatus() : 0;
}

} // namespace

class TstHttpRequestParser : public QObject {
    Q_OBJECT
private slots:
    void parse_getWithHeaders_fieldsLowerCasedAndTrimmed()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "GET /v1/models?x=1 HTTP/1.1\r\nHost: a\r\nX-Thing:   v a l  \r\n\r\n";
        QCOMPARE(p.parse(b), Status::Complete);
        const serve::HttpRequest r = p.takeRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QByteArray("/v1/models"));
        QCOMPARE(r.query, QByteArray("x=1"));
        QCOMPARE(r.header("x-thing"), QByteArray("v a l"));
        QVERIFY(r.keepAlive());
        QVERIFY(b.isEmpty());
    }

    void parse_byteByByte_sameRequest()
    {
        HttpRequestParser p(smallLimits());
        const QByteArray all = "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello";
        QByteArray buffer;
        Status s = Status::NeedMore;
        int heads = 0;
        for (char c : all) {
            buffer += c;
            s = p.parse(buffer);
            heads += s == Status::HeadComplete;
            QVERIFY(s != Status::Error);
        }
        QCOMPARE(s, Status::Complete);
        QCOMPARE(heads, 1); // reported once, so an Expect: 100-continue is answered once
        QCOMPARE(p.takeRequest().body, QByteArray("hello"));
    }

    void parse_pipelined_secondRequestStaysInBuffer()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(p.parse(b), Status::Complete);
        QCOMPARE(p.takeRequest().body, QByteArray("hi"));
        QCOMPARE(p.parse(b), Status::Complete);
        QCOMPARE(p.takeRequest().path, QByteArray("/b"));
        QVERIFY(b.isEmpty());
    }

    void parse_bareLfLineEndsAndLeadingCrlf_accepted()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "\r\nGET / HTTP/1.1\nHost: h\n\n";
        QCOMPARE(p.parse(b), Status::Complete);
        QCOMPARE(p.takeRequest().path, QByteArray("/"));
    }

    void parse_http10_closesByDefault()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "GET / HTTP/1.0\r\n\r\n";
        QCOMPARE(p.parse(b), Status::Complete);
        QVERIFY(!p.takeRequest().keepAlive());
        QByteArray c = "GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n";
        QCOMPARE(p.parse(c), Status::Complete);
        QVERIFY(!p.takeRequest().keepAlive());
    }

    void parse_expectContinue_headCompleteBeforeBody()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        QCOMPARE(p.parse(b), Status::HeadComplete);
        QVERIFY(p.expectsContinue());
        QCOMPARE(p.parse(b), Status::NeedMore);
        b += "abc";
        QCOMPARE(p.parse(b), Status::Complete);
    }

    void parse_malformed_statuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400;
        QTest::newRow("two words") << QByteArray("GET /\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("bad version") << QByteArray("GET / HTTQ/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nnonsense\r\n\r\n") << 400;
        QTest::newRow("control char") << QByteArray("GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")
                                         << 400;
        QTest::newRow("hex length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400;
        QTest::newRow("length list") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 4\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("chunked and length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n")
            << 400;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 51\r\n\r\n") << 413;
        QTest::newRow("absurd length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n") << 400;
        QTest::newRow("expect other") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nExpect: magic\r\n\r\n") << 417;
        QTest::newRow("long line") << QByteArray("GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\n\r\n") << 414;
        QTest::newRow("long head no end") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(500, 'a')) << 431;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n\r\n") << 431;
    }

    void parse_malformed_statuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QCOMPARE(errorOf(bytes), status);
    }

    void parse_sameLengthTwice_accepted()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok";
        QCOMPARE(parseAll(p, b), Status::Complete);
    }

    void parse_oversizedBody_refusedBeforeItArrives()
    {
        // 413 from the head alone: the server never buffers the body it refuses.
        HttpRequestParser p(smallLimits());
        QByteArray b = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000000\r\n\r\n";
        QCOMPARE(p.parse(b), Status::Error);
        QCOMPARE(p.errorStatus(), 413);
        QVERIFY(p.errorMessage().contains(QStringLiteral("1000000")));
    }

    void parse_afterError_staysFailed()
    {
        HttpRequestParser p(smallLimits());
        QByteArray b = "BAD\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(p.parse(b), Status::Error);
        QCOMPARE(p.parse(b), Status::Error);
    }

    void parse_randomBytes_neverCrashesAndAlwaysEnds()
    {
        // Fuzz: random input either needs more bytes or fails with a 4xx/5xx status; a
        // complete request is only possible from valid framing.
        QRandomGenerator rng(1234);
        const QByteArray alphabet("GET POST / HTTP/1.1\r\n:Host-Content-Length0123456789 \t\x01\xff");
        for (int round = 0; round < 3000; ++round) {
            HttpRequestParser p(smallLimits());
            QByteArray b;
            const int len = int(rng.bounded(600));
            for (int i = 0; i < len; ++i)
                b += round % 2 ? char(rng.bounded(256)) : alphabet[int(rng.bounded(alphabet.size()))];
            const Status s = p.parse(b);
            if (s == Status::Error)
                QVERIFY2(p.errorStatus() >= 400 && p.errorStatus() < 600, qPrintable(QString::number(p.errorStatus())));
        }
    }
};

QTEST_GUILESS_MAIN(TstHttpRequestParser)
#include "tst_httprequestparser.moc"
