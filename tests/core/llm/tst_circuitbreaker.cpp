// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's per-role circuit breaker: an endpoint that keeps failing after the retries
// makes the role's calls fail fast with one fatal message; a flaky one never trips it.
#include "callrecordlog.h"
#include "llmtestharness.h"

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using model::Role;

namespace {

// Fails every matching request for the rest of the test.
constexpr int kForever = 1 << 30;

QList<llm::LlmResponse> runMany(LlmHarness &h, int count, Role role)
{
    QList<llm::LlmRequest> requests;
    for (int i = 0; i < count; ++i)
        requests.push_back(LlmHarness::chat(u"question %1"_s.arg(i), role));
    return h.scheduler->runAll(requests);
}

// One call after the other, so a retry's backoff never lets the next call overtake it.
QList<llm::LlmResponse> runInTurn(LlmHarness &h, int count, Role role)
{
    QList<llm::LlmResponse> out;
    for (int i = 0; i < count; ++i)
        out.push_back(h.run(LlmHarness::chat(u"question %1"_s.arg(i), role)));
    return out;
}

int countKind(const QList<llm::LlmResponse> &responses, llm::ErrorKind kind)
{
    return int(std::count_if(
        responses.cbegin(), responses.cend(), [kind](const llm::LlmResponse &r) { return r.error == kind; }));
}

} // namespace

class TstCircuitBreaker : public QObject {
    Q_OBJECT
private slots:
    void alwaysFailing_tripsAfterConsecutiveFailures_restFailFastNamingRoleEndpointAndError()
    {
        LlmHarness h; // 4 attempts per call, 10-50 ms backoff
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 3;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Judge, h.config(), 1); // one call at a time: the count is exact
        h.server.injectFault(FakeFault::httpStatus(500), kForever);
        CallRecordLog records(h.scheduler);

        const QList<llm::LlmResponse> out = runInTurn(h, 10, Role::Judge);
        QCOMPARE(countKind(out, llm::ErrorKind::Unavailable), 8); // the two before the trip stay transient
        QCOMPARE(countKind(out, llm::ErrorKind::Transient), 2);
        QCOMPARE(h.server.requestCount(), 3 * 4); // three calls, four attempts each, then nothing
        const llm::LlmResponse &trip = out[2];
        QCOMPARE(trip.error, llm::ErrorKind::Unavailable);
        QVERIFY(llm::isFatal(trip.error));
        QCOMPARE(trip.attempts, 4);
        for (const QString &part : {u"judge"_s, u"fake-model"_s, h.server.baseUrl(), u"3 calls in a row"_s,
                 u"HTTP 500"_s, u"injected failure"_s, u"Check"_s}) {
            QVERIFY2(trip.errorMessage.contains(part), qPrintable(part + u" not in: "_s + trip.errorMessage));
        }
        QVERIFY(!trip.errorMessage.contains(LlmHarness::secret()));
        QCOMPARE(out.last().errorMessage, trip.errorMessage);
        QCOMPARE(out.last().attempts, 0);
        QTRY_COMPARE(records.size(), 10);
        QCOMPARE(records.last().attempts, 0);
    }

    void tripped_laterSubmissionsFailFast_withoutTouchingTheServer()
    {
        LlmHarness h;
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Selector, h.config(), 4);
        h.server.injectFault(FakeFault::httpStatus(503), kForever);
        runMany(h, 4, Role::Selector);
        const int before = h.server.requestCount();
        QElapsedTimer t;
        t.start();
        const QList<llm::LlmResponse> later = runMany(h, 20, Role::Selector);
        QCOMPARE(countKind(later, llm::ErrorKind::Unavailable), 20);
        QCOMPARE(h.server.requestCount(), before);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }

    void flakyServer_someFailures_neverTrips()
    {
        LlmHarness h;
        h.use(Role::Base, h.config(), 4);
        FakeFault flaky = FakeFault::httpStatus(500);
        flaky.period = 3; // one request in three fails; the retries absorb it
        h.server.injectFault(flaky, kForever);
        const QList<llm::LlmResponse> out = runMany(h, 60, Role::Base);
        QCOMPARE(countKind(out, llm::ErrorKind::Unavailable), 0);
        // A call may meet the failing slot on every try (calls interleave); most get through.
        QVERIFY(countKind(out, llm::ErrorKind::None) >= 55);
        QVERIFY(h.server.requestCount() > 60); // there were failures, retried
    }

    void failureRate_overTheWindow_tripsWithoutAStreak()
    {
        LlmHarness h;
        llm::RetryPolicy once;
        once.maxAttempts = 1; // every injected failure is a failed call
        h.scheduler->setRetryPolicy(once);
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 3; // alternating failures never make a streak of 3
        breaker.window = 10;
        breaker.maxFailureRate = 0.4;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Optimizer, h.config(), 1);
        FakeFault every2nd = FakeFault::httpStatus(502);
        every2nd.period = 2;
        h.server.injectFault(every2nd, kForever);
        const QList<llm::LlmResponse> out = runInTurn(h, 14, Role::Optimizer);
        // Calls 1..10 alternate ok/failed: 5 failures in a full window of 10 is over 40%.
        QCOMPARE(out[9].error, llm::ErrorKind::Unavailable);
        QVERIFY2(out[9].errorMessage.contains(u"5 of its last 10 calls"_s), qPrintable(out[9].errorMessage));
        for (int i = 0; i < 9; ++i)
            QCOMPARE(out[i].error, i % 2 == 0 ? llm::ErrorKind::None : llm::ErrorKind::Transient);
        QCOMPARE(countKind(out, llm::ErrorKind::Unavailable), 5);
    }

    void resetBreakers_afterTheEndpointIsFixed_callsReachItAgain()
    {
        LlmHarness h;
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Judge, h.config(), 1);
        h.server.injectFault(FakeFault::httpStatus(500), kForever);
        runInTurn(h, 3, Role::Judge);
        QCOMPARE(h.run(LlmHarness::chat(u"still open"_s, Role::Judge)).error, llm::ErrorKind::Unavailable);
        h.server.clearFaults();
        h.scheduler->resetBreakers();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"fixed"_s, Role::Judge));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        // Closed with a clean slate: it takes a full streak again to trip.
        h.server.injectFault(FakeFault::httpStatus(500), kForever);
        QCOMPARE(h.run(LlmHarness::chat(u"one"_s, Role::Judge)).error, llm::ErrorKind::Transient);
        QCOMPARE(h.run(LlmHarness::chat(u"two"_s, Role::Judge)).error, llm::ErrorKind::Unavailable);
    }

    void oneRoleTripped_otherRolesStillCall()
    {
        LlmHarness h;
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Judge, h.config(), 1);
        h.use(Role::Base, h.config(), 1);
        FakeFault judgeOnly = FakeFault::httpStatus(500);
        judgeOnly.pathContains = u"/chat/completions"_s;
        h.server.injectFault(judgeOnly, 8); // 2 judge calls x 4 attempts
        runInTurn(h, 2, Role::Judge);
        QCOMPARE(h.run(LlmHarness::chat(u"judge"_s, Role::Judge)).error, llm::ErrorKind::Unavailable);
        const llm::LlmResponse base = h.run(LlmHarness::chat(u"base"_s, Role::Base));
        QVERIFY2(base.ok(), qPrintable(base.errorMessage));
    }

    void fatalErrors_pauseAnyway_andDoNotCount()
    {
        LlmHarness h;
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Judge, h.config(), 1);
        h.server.injectFault(FakeFault::httpStatus(401), 5);
        const QList<llm::LlmResponse> out = runInTurn(h, 5, Role::Judge);
        QCOMPARE(countKind(out, llm::ErrorKind::Auth), 5);
    }

    void successesBetweenFailures_resetTheStreak()
    {
        LlmHarness h;
        llm::RetryPolicy once;
        once.maxAttempts = 1;
        h.scheduler->setRetryPolicy(once);
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        breaker.window = 0; // only the streak rule
        h.scheduler->setBreakerPolicy(breaker);
        h.use(Role::Base, h.config(), 1);
        FakeFault every2nd = FakeFault::httpStatus(500);
        every2nd.period = 2;
        h.server.injectFault(every2nd, kForever);
        const QList<llm::LlmResponse> out = runInTurn(h, 30, Role::Base);
        QCOMPARE(countKind(out, llm::ErrorKind::Unavailable), 0);
        QCOMPARE(countKind(out, llm::ErrorKind::Transient), 15);
    }
};

QTEST_GUILESS_MAIN(TstCircuitBreaker)
#include "tst_circuitbreaker.moc"
