// SPDX-License-Identifier: GPL-3.0-or-later
// Faults through the scheduler: retries, Retry-After, timeouts, resets, garbled bodies,
// fatal errors, replicas, the n fallback, the budget cap and cancellation.
#include "callrecordlog.h"
#include "llmtestharness.h"

#include "llm/httperror.h"

#include <QElapsedTimer>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using model::Role;
using K = FakeFault::Kind;

class TstSchedulerFaults : public QObject {
    Q_OBJECT
private slots:
    void serverError_twiceThenOk_retriedAndAnswered()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config());
        h.server.injectFault(FakeFault::httpStatus(503), 2);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(h.server.requestCount(), 3);
    }

    void rateLimited_retryAfterSeconds_waitsThatLong()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config());
        h.server.injectFault(
            FakeFault::httpStatus(429, R"({"error":{"message":"slow down","type":"rate_limit"}})", "1"));
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(r.attempts, 2);
    }

    void rateLimited_retryAfterHttpDate_waitsUntilThen()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray date = QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        h.server.injectFault(FakeFault::httpStatus(429, {}, date));
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed()))); // date has whole seconds
        QVERIFY(t.elapsed() < 5000);
    }

    void parseRetryAfter_formats_giveMilliseconds()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(llm::parseRetryAfter("2", now), 2000);
        QCOMPARE(llm::parseRetryAfter("0.25", now), 250);
        QCOMPARE(llm::parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
        QCOMPARE(llm::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        QCOMPARE(llm::parseRetryAfter("soon", now), -1);
        QCOMPARE(llm::parseRetryAfter("", now), -1);
    }

    void hang_timeoutThenRetry_answers()
    {
        LlmHarness h;
        h.options.timeoutMs = 300;
        h.use(Role::Judge, h.config());
        h.server.injectFault(FakeFault::of(K::Hang));
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 2);
    }

    void slowStream_gapsBelowIdleTimeout_completes()
    {
        LlmHarness h;
        h.options.timeoutMs = 400;
        h.use(Role::Base, h.config());
        h.server.injectFault(FakeFault::of(K::SlowStream, 100));
        llm::LlmRequest req = LlmHarness::chat(u"a slow and long answer"_s);
        req.stream = true;
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.attempts, 1);
        QVERIFY(t.elapsed() > 400); // longer than the idle timeout in total, yet never idle that long
    }

    void resets_andMalformedBodies_areRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("stream");
        QTest::newRow("reset before reply") << int(K::ResetBeforeReply) << false;
        QTest::newRow("reset mid body") << int(K::ResetMidStream) << false;
        QTest::newRow("reset mid stream") << int(K::ResetMidStream) << true;
        QTest::newRow("malformed json") << int(K::MalformedJson) << false;
    }
    void resets_andMalformedBodies_areRetried()
    {
        QFETCH(int, kind);
        QFETCH(bool, stream);
        LlmHarness h;
        h.use(Role::Base, h.config());
        h.server.injectFault(FakeFault::of(K(kind)));
        llm::LlmRequest req = LlmHarness::chat(u"hello"_s);
        req.stream = stream;
        const llm::LlmResponse r = h.run(req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        // Qt itself resends once when a connection closes before any answer; either way the
        // server saw two requests and the caller got a real answer.
        QCOMPARE(h.server.requestCount(), 2);
        QVERIFY(r.attempts <= 2);
        QVERIFY(!r.text().isEmpty());
    }

    void persistentServerError_givesErrorAfterMaxAttempts_neverEmptyAnswer()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config());
        h.server.injectFault(FakeFault::httpStatus(500), 100);
        CallRecordLog calls(h.scheduler);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY(!r.ok());
        QCOMPARE(r.error, llm::ErrorKind::Transient);
        QVERIFY(!llm::isFatal(r.error));
        QCOMPARE(r.attempts, 4);
        QVERIFY(r.choices.isEmpty());
        QVERIFY(r.errorMessage.contains(u"500"));
        QCOMPARE(h.server.requestCount(), 4);
        QTRY_COMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).attempts, 4);
    }

    void fatalStatuses_notRetried_kindAndMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("hint");
        QTest::newRow("401")
            << 401
            << QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-test-VERYSECRET-0123456789abcdef"}})")
            << int(llm::ErrorKind::Auth) << u"key"_s;
        QTest::newRow("403") << 403 << QByteArray() << int(llm::ErrorKind::Auth) << u"key"_s;
        QTest::newRow("404 model") << 404 << QByteArray(R"({"error":{"message":"model not found"}})")
                                   << int(llm::ErrorKind::NotFound) << u"model name"_s;
        QTest::newRow("400 context")
            << 400
            << QByteArray(R"({"error":{"code":"context_length_exceeded","message":"maximum context length is 4096"}})")
            << int(llm::ErrorKind::ContextLength) << u"context"_s;
        QTest::newRow("429 quota")
            << 429
            << QByteArray(R"({"error":{"code":"insufficient_quota","message":"You exceeded your current quota"}})")
            << int(llm::ErrorKind::Quota) << u"credit"_s;
        QTest::newRow("402") << 402 << QByteArray() << int(llm::ErrorKind::Quota) << u"credit"_s;
    }
    void fatalStatuses_notRetried_kindAndMessage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, hint);
        LlmHarness h;
        h.use(Role::Judge, h.config());
        h.server.injectFault(FakeFault::httpStatus(status, body), 10);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QCOMPARE(int(r.error), kind);
        QVERIFY(llm::isFatal(r.error));
        QCOMPARE(h.server.requestCount(), 1);
        QVERIFY2(r.errorMessage.contains(hint), qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(LlmHarness::secret()));
        QCOMPARE(r.httpStatus, status);
    }

    void missingKey_failsWithMessageNamingTheVariable()
    {
        LlmHarness h;
        model::RoleConfig c = h.config();
        c.keyEnv = u"DRPO_TEST_UNSET_KEY_VARIABLE"_s;
        QString error;
        auto p = llm::makeProvider(Role::Judge, c, {}, 0, &error);
        if (!p) {
            QVERIFY(error.contains(u"DRPO_TEST_UNSET_KEY_VARIABLE"));
            return;
        }
        // With keychain support the lookup happens on the first call and fails there.
        h.scheduler->setProvider(Role::Judge, p, 2);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QCOMPARE(r.error, llm::ErrorKind::Auth);
        QVERIFY2(r.errorMessage.contains(u"DRPO_TEST_UNSET_KEY_VARIABLE"), qPrintable(r.errorMessage));
        QCOMPARE(h.server.requestCount(), 0);
    }

    void replicas_twoServers_bothServeRequests()
    {
        LlmHarness h;
        FakeLlmServer second;
        QVERIFY(second.start());
        h.server.setLatencyMs(30);
        second.setLatencyMs(30);
        model::RoleConfig c = h.config();
        c.baseUrls = {h.server.baseUrl(), second.baseUrl()};
        auto p = h.use(Role::Base, c, 2);
        QCOMPARE(p->replicaCount(), 2);
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 8; ++i)
            reqs.push_back(LlmHarness::chat(u"q%1"_s.arg(i)));
        const QList<llm::LlmResponse> rs = h.scheduler->runAll(reqs);
        for (const llm::LlmResponse &r : rs)
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(h.server.requestCount() + second.requestCount(), 8);
        QVERIFY(h.server.requestCount() >= 3);
        QVERIFY(second.requestCount() >= 3);
        QVERIFY(h.server.peakConcurrency() <= 2);
        QVERIFY(second.peakConcurrency() <= 2);
    }

    void concurrencyLimit_manyRequests_neverExceeded()
    {
        LlmHarness h;
        h.server.setLatencyMs(20);
        h.use(Role::Base, h.config(), 3);
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 12; ++i)
            reqs.push_back(LlmHarness::chat(u"q%1"_s.arg(i)));
        for (const llm::LlmResponse &r : h.scheduler->runAll(reqs))
            QVERIFY(r.ok());
        QCOMPARE(h.server.peakConcurrency(), 3);
    }

    void nFallback_endpointWithoutN_makesSeparateCallsWithDistinctSamples()
    {
        LlmHarness h;
        model::RoleConfig c = h.config();
        c.supportsN = false;
        h.use(Role::Optimizer, c);
        llm::LlmRequest req = LlmHarness::chat(u"propose"_s, Role::Optimizer);
        req.n = 3;
        req.seed = 7;
        const llm::LlmResponse r = h.run(req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.choices.size(), 3);
        QCOMPARE(h.server.requestCount(), 3);
        QSet<qint64> seeds;
        for (const FakeRequest &got : h.server.requests()) {
            QVERIFY(!got.json.contains(u"n"));
            seeds.insert(got.json.value(u"seed").toInteger());
        }
        QCOMPARE(seeds.size(), 3);
        QCOMPARE(r.usage.calls, 3);
    }

    void nTopUp_serverIgnoresN_missingChoicesFetchedSeparately()
    {
        LlmHarness h;
        h.server.setHonourN(false);
        h.use(Role::Optimizer, h.config());
        llm::LlmRequest req = LlmHarness::chat(u"propose"_s, Role::Optimizer);
        req.n = 3;
        const llm::LlmResponse r = h.run(req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.choices.size(), 3);
        QCOMPARE(h.server.requestCount(), 3); // one with n = 3 answered once, then two single calls
    }

    void budget_capReached_furtherRequestsFailWithBudget()
    {
        LlmHarness h;
        llm::PriceTable prices;
        prices.set(u"fake-model"_s, {1e5, 1e5}); // $0.1 a token: one call spends the cap
        h.scheduler->setPriceTable(prices);
        auto budget = std::make_shared<llm::BudgetGuard>(0.5);
        h.scheduler->setBudget(budget);
        h.use(Role::Judge, h.config(), 1);
        CallRecordLog calls(h.scheduler);
        const llm::LlmResponse first = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY(first.ok());
        QVERIFY(first.usage.costUsd > 0.5);
        const llm::LlmResponse second = h.run(LlmHarness::chat(u"y"_s, Role::Judge));
        QCOMPARE(second.error, llm::ErrorKind::Budget);
        QVERIFY(llm::isFatal(second.error));
        QVERIFY(second.errorMessage.contains(u"budget"));
        QCOMPARE(h.server.requestCount(), 1);
        QVERIFY(budget->spent() > 0.5);
        QTRY_COMPARE(calls.size(), 2);
        QVERIFY(calls.at(0).costUsd > 0.5);
    }

    void cost_unknownModel_zeroAndMarked()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config());
        CallRecordLog calls(h.scheduler);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY(r.ok());
        QCOMPARE(r.usage.costUsd, 0.0);
        QTRY_COMPARE(calls.size(), 1);
        QVERIFY(!calls.at(0).priceKnown);
        const llm::PriceTable d = llm::PriceTable::defaults();
        bool known = false;
        QVERIFY(d.cost(u"gpt-4o-mini-2024-07-18"_s, 1000000, 0, &known) > 0.1);
        QVERIFY(known);
        QVERIFY(d.find(u"openai/gpt-4o"_s).has_value());
    }

    void cancelAll_whileCallsHang_answersCancelledPromptly()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        h.server.injectFault(FakeFault::of(K::Hang), 10);
        QFuture<llm::LlmResponse> a = h.scheduler->submit(LlmHarness::chat(u"a"_s));
        QFuture<llm::LlmResponse> b = h.scheduler->submit(LlmHarness::chat(u"b"_s));
        QTRY_COMPARE(h.server.requestCount(), 2);
        QElapsedTimer t;
        t.start();
        h.scheduler->cancelAll();
        a.waitForFinished();
        b.waitForFinished();
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(a.result().error, llm::ErrorKind::Cancelled);
        QCOMPARE(b.result().error, llm::ErrorKind::Cancelled);
    }

    void rateLimit_requestsPerWindow_laterCallsWait()
    {
        LlmHarness h;
        h.use(Role::Selector, h.config(), 8);
        h.scheduler->setRateLimit(Role::Selector, 2, 0, 300);
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 4; ++i)
            reqs.push_back(LlmHarness::chat(u"s%1"_s.arg(i), Role::Selector));
        QElapsedTimer t;
        t.start();
        for (const llm::LlmResponse &r : h.scheduler->runAll(reqs))
            QVERIFY(r.ok());
        QVERIFY2(t.elapsed() >= 280, qPrintable(QString::number(t.elapsed()))); // two windows' worth
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(h.server.peakConcurrency() <= 2);
    }

    void rateLimit_tokensPerWindow_bigRequestsSpreadOut()
    {
        LlmHarness h;
        h.use(Role::Selector, h.config(), 8);
        h.scheduler->setRateLimit(Role::Selector, 0, 150, 250); // each request counts ~64 + a few tokens
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 3; ++i)
            reqs.push_back(LlmHarness::chat(u"t%1"_s.arg(i), Role::Selector));
        QElapsedTimer t;
        t.start();
        for (const llm::LlmResponse &r : h.scheduler->runAll(reqs))
            QVERIFY(r.ok());
        QVERIFY2(t.elapsed() >= 230, qPrintable(QString::number(t.elapsed())));
    }

    void priority_judgeBeforeRespond_whenQueued()
    {
        LlmHarness h;
        h.server.setLatencyMs(20);
        h.use(Role::Base, h.config(), 1);
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 4; ++i) {
            llm::LlmRequest r = LlmHarness::chat(u"low%1"_s.arg(i));
            reqs.push_back(r);
        }
        llm::LlmRequest urgent = LlmHarness::chat(u"urgent"_s);
        urgent.priority = 5;
        reqs.push_back(urgent);
        for (const llm::LlmResponse &r : h.scheduler->runAll(reqs))
            QVERIFY(r.ok());
        // The first call was already running; the urgent one goes next.
        QVERIFY(h.server.requests().value(1).text().contains(u"urgent"));
    }
};

QTEST_GUILESS_MAIN(TstSchedulerFaults)
#include "tst_schedulerfaults.moc"
