// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.x response parser of our own client: framing by Content-Length, chunked
// coding and the close, whatever the network's splits, and a clear error for every way a
// server's answer can be malformed or cut short.
#include "llm/httpresponseparser.h"

#include <QTest>

using drpo::llm::HttpResponseParser;
using Result = HttpResponseParser::Result;
using Failure = HttpResponseParser::Failure;

namespace {

struct Parsed {
    Result result = Result::NeedMore;
    int status = 0;
    QByteArray body;
    bool keepAlive = false;
    QString error;
};

// Feeds `bytes` in pieces cut at `cuts` (ascending offsets), then the close when asked.
Parsed parse(const QByteArray &bytes, const QList<qsizetype> &cuts = {}, bool close = false, bool expectBody = true)
{
    HttpResponseParser p;
    p.reset(expectBody);
    Parsed out;
    qsizetype at = 0;
    QList<qsizetype> ends = cuts;
    ends.push_back(bytes.size());
    for (qsizetype end : ends) {
        out.result = p.feed(QByteArrayView(bytes).sliced(at, end - at));
        out.body += p.takeBody();
        at = end;
    }
    if (close) {
        out.result = p.finish();
        out.body += p.takeBody();
    }
    out.status = p.statusCode();
    out.keepAlive = p.keepAlive();
    out.error = p.errorString();
    return out;
}

// The same answer whether it comes whole, cut once anywhere, or a byte at a time.
void checkEverySplit(const QByteArray &bytes, int status, const QByteArray &body, bool close = false)
{
    const Parsed whole = parse(bytes, {}, close);
    QCOMPARE(whole.result, Result::Done);
    QCOMPARE(whole.status, status);
    QCOMPARE(whole.body, body);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        const Parsed two = parse(bytes, {cut}, close);
        QVERIFY2(two.result == Result::Done && two.body == body && two.status == status,
            qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(two.error)));
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        everyByte.push_back(i);
    const Parsed bytewise = parse(bytes, everyByte, close);
    QCOMPARE(bytewise.result, Result::Done);
    QCOMPARE(bytewise.body, body);
    QCOMPARE(bytewise.keepAlive, whole.keepAlive);
}

} // namespace

class TstHttpResponseParser : public QObject {
    Q_OBJECT
private slots:
    void contentLength_splitAtEveryByte_sameAnswerAndReusable()
    {
        const QByteArray r = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                             "Retry-After: 3\r\n\r\n{\"a\":\"bc\"}\n";
        checkEverySplit(r, 200, "{\"a\":\"bc\"}\n");
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.feed(r), Result::Done);
        QVERIFY(p.keepAlive());
        QCOMPARE(p.contentLength(), 11);
        QCOMPARE(p.header("retry-after"), QByteArray("3"));
        QCOMPARE(p.header("CONTENT-TYPE"), QByteArray("application/json"));
        QCOMPARE(p.excessBytes(), 0);
    }

    void chunked_withExtensionsAndTrailers_decodedAtEverySplit()
    {
        const QByteArray r = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5;name=value\r\nhello\r\n"
                             "1 ; quoted=\"a;b\"\r\n \r\n"
                             "00006\r\nworld!\r\n"
                             "0;last\r\nX-Trailer: yes\r\nServer-Timing: 12\r\n\r\n";
        checkEverySplit(r, 200, "hello world!");
        QVERIFY(parse(r).keepAlive);
    }

    void chunked_bareLineFeeds_accepted()
    {
        checkEverySplit("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n", 200, "abc");
    }

    void chunked_badSize_malformedError_data()
    {
        QTest::addColumn<QByteArray>("chunks");
        QTest::newRow("not hex") << QByteArray("zz\r\nab\r\n0\r\n\r\n");
        QTest::newRow("empty") << QByteArray("\r\nab\r\n0\r\n\r\n");
        QTest::newRow("negative") << QByteArray("-1\r\nab\r\n0\r\n\r\n");
        QTest::newRow("0x prefix") << QByteArray("0x2\r\nab\r\n0\r\n\r\n");
        QTest::newRow("overflow") << QByteArray("1000000000000000\r\nab\r\n");
        QTest::newRow("longer than announced") << QByteArray("2\r\nabc\r\n0\r\n\r\n");
        QTest::newRow("endless size line") << QByteArray(5000, '1');
        QTest::newRow("trailer without colon") << QByteArray("0\r\nnot a header\r\n\r\n");
    }
    void chunked_badSize_malformedError()
    {
        QFETCH(QByteArray, chunks);
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.feed(QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)), Result::Error);
        QCOMPARE(p.failure(), Failure::Malformed);
        QVERIFY(!p.errorString().isEmpty());
        QVERIFY(!p.keepAlive());
        QCOMPARE(p.feed("more"), Result::Error); // stays failed
    }

    void chunked_withContentLength_chunkedWinsNotReused()
    {
        const Parsed r =
            parse("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n");
        QCOMPARE(r.result, Result::Done);
        QCOMPARE(r.body, QByteArray("ok"));
        QVERIFY(!r.keepAlive);
    }

    void otherTransferCoding_error()
    {
        const Parsed r = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
        QCOMPARE(r.result, Result::Error);
        QVERIFY2(r.error.contains(u"gzip"), qPrintable(r.error));
    }

    void oversizedHeader_error()
    {
        HttpResponseParser p;
        p.reset();
        QByteArray r = "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(HttpResponseParser::kMaxHeaderBytes, 'x');
        QCOMPARE(p.feed(r), Result::Error); // refused before the line ends
        QVERIFY2(p.errorString().contains(u"header is larger than 64 KiB"), qPrintable(p.errorString()));

        QByteArray many = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i <= HttpResponseParser::kMaxHeaderCount; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        const Parsed m = parse(many + "\r\n");
        QCOMPARE(m.result, Result::Error);
        QVERIFY2(m.error.contains(u"more than 256 header lines"), qPrintable(m.error));
    }

    void contentLength_mismatchOrInvalid_error_data()
    {
        QTest::addColumn<QByteArray>("lengths");
        QTest::newRow("two values") << QByteArray("Content-Length: 3\r\nContent-Length: 4\r\n");
        QTest::newRow("list of two") << QByteArray("Content-Length: 3, 4\r\n");
        QTest::newRow("negative") << QByteArray("Content-Length: -3\r\n");
        QTest::newRow("not a number") << QByteArray("Content-Length: three\r\n");
        QTest::newRow("huge") << QByteArray("Content-Length: 99999999999999999999\r\n");
        QTest::newRow("empty") << QByteArray("Content-Length:\r\n");
    }
    void contentLength_mismatchOrInvalid_error()
    {
        QFETCH(QByteArray, lengths);
        const Parsed r = parse("HTTP/1.1 200 OK\r\n" + lengths + "\r\nabc");
        QCOMPARE(r.result, Result::Error);
        QVERIFY2(r.error.contains(u"Content-Length"), qPrintable(r.error));
    }

    void contentLength_sameValueRepeated_accepted()
    {
        const Parsed r = parse("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3, 3\r\n\r\nabc");
        QCOMPARE(r.result, Result::Done);
        QCOMPARE(r.body, QByteArray("abc"));
    }

    void contentLength_closedEarly_truncatedWithTheCounts()
    {
        const Parsed r = parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", {}, true);
        QCOMPARE(r.result, Result::Error);
        QCOMPARE(r.body, QByteArray("abc")); // what came is still handed out
        QVERIFY2(r.error.contains(u"after 3 of the 10 bytes"), qPrintable(r.error));
        HttpResponseParser p;
        p.reset();
        p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        QCOMPARE(p.finish(), Result::Error);
        QCOMPARE(p.failure(), Failure::Truncated);
    }

    void contentLength_moreBytesThanAnnounced_answerKeptConnectionNotReused()
    {
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA"), Result::Done);
        QCOMPARE(p.takeBody(), QByteArray("ok"));
        QCOMPARE(p.excessBytes(), 5);
        QVERIFY(!p.keepAlive());
    }

    void closeDelimited_bodyEndsWithTheClose_notReused()
    {
        checkEverySplit("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it", 200, "all of it", true);
        const Parsed open = parse("HTTP/1.1 200 OK\r\n\r\nall of it");
        QCOMPARE(open.result, Result::NeedMore);
        QVERIFY(!parse("HTTP/1.1 200 OK\r\n\r\nall", {}, true).keepAlive);
    }

    void interimAnswers_skipped()
    {
        checkEverySplit("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                        "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok",
            201, "ok");
        HttpResponseParser p;
        p.reset();
        p.feed("HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(p.header("X-Interim").isEmpty());
        QCOMPARE(parse("HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n").result, Result::Error);
    }

    void noBodyAnswers_doneAfterTheHeader()
    {
        QCOMPARE(parse("HTTP/1.1 204 No Content\r\n\r\n").result, Result::Done);
        QCOMPARE(parse("HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n").result, Result::Done);
        const Parsed head = parse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n", {}, false, false);
        QCOMPARE(head.result, Result::Done);
        QVERIFY(head.keepAlive);
        QVERIFY(parse("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive);
    }

    void connectionTokens_decideReuse()
    {
        QVERIFY(!parse("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keepAlive);
        QVERIFY(!parse("HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\nContent-Length: 0\r\n\r\n").keepAlive);
        QVERIFY(!parse("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive);
        QVERIFY(parse("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n").keepAlive);
    }

    void foldedHeader_joined()
    {
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nX-Long: one\r\n two\r\nContent-Length: 0\r\n\r\n"), Result::Done);
        QCOMPARE(p.header("x-long"), QByteArray("one two"));
        QCOMPARE(parse("HTTP/1.1 200 OK\r\n folded first\r\n\r\n").result, Result::Error);
    }

    void notHttp_malformedError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html") << QByteArray("<html>hello</html>\r\n");
        QTest::newRow("http/2") << QByteArray("HTTP/2 200\r\n");
        QTest::newRow("status too short") << QByteArray("HTTP/1.1 20 OK\r\n");
        QTest::newRow("status letters") << QByteArray("HTTP/1.1 2x0 OK\r\n");
        QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 Odd\r\n");
        QTest::newRow("header without name") << QByteArray("HTTP/1.1 200 OK\r\n: v\r\n\r\n");
        QTest::newRow("space in name") << QByteArray("HTTP/1.1 200 OK\r\nBad Name: v\r\n\r\n");
    }
    void notHttp_malformedError()
    {
        QFETCH(QByteArray, bytes);
        const Parsed r = parse(bytes);
        QCOMPARE(r.result, Result::Error);
        QVERIFY(!r.error.isEmpty());
    }

    void closedBeforeAnything_truncatedAndNothingReceived()
    {
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.finish(), Result::Error);
        QCOMPARE(p.failure(), Failure::Truncated);
        QVERIFY(!p.receivedAny());
        QVERIFY2(p.errorString().contains(u"without answering"), qPrintable(p.errorString()));

        HttpResponseParser half;
        half.reset();
        half.feed("HTTP/1.1 200 OK\r\nContent-");
        QCOMPARE(half.finish(), Result::Error);
        QVERIFY(half.receivedAny());
        QVERIFY2(half.errorString().contains(u"middle of the answer's header"), qPrintable(half.errorString()));
    }

    void reset_afterAnAnswer_readsTheNext()
    {
        HttpResponseParser p;
        p.reset();
        QCOMPARE(p.feed("HTTP/1.1 500 Oops\r\nContent-Length: 1\r\n\r\nx"), Result::Done);
        QCOMPARE(p.statusCode(), 500);
        p.takeBody();
        p.reset();
        QVERIFY(!p.headersComplete());
        QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), Result::Done);
        QCOMPARE(p.statusCode(), 200);
        QCOMPARE(p.takeBody(), QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TstHttpResponseParser)
#include "tst_httpresponseparser.moc"
