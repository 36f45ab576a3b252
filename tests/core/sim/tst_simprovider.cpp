// SPDX-License-Identifier: GPL-3.0-or-later
// SimProvider as a Provider: synchronous without latency, delivered through the event loop
// with latency, concurrency through the Scheduler, and cancelAll delivering Cancelled.
#include "simtesthelpers.h"

#include "llm/scheduler.h"
#include "llm/schedulerhost.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace drpo;
using namespace drpo::sim;
using namespace drpo::sim::test;
using namespace Qt::Literals::StringLiterals;

class TestSimProvider : public QObject {
    Q_OBJECT

private slots:
    void model_perRole_namesTheSimulatedModel()
    {
        QCOMPARE(SimProvider(model::Role::Base, 1).model(), u"sim-base"_s);
        QCOMPARE(SimProvider(model::Role::Judge, 1).model(), u"sim-judge"_s);
        QCOMPARE(SimProvider(model::Role::Judge, 1).kind(), u"sim"_s);
    }

    void start_zeroLatency_deliversSynchronously()
    {
        SimProvider p(model::Role::Base, 1, 0);
        bool called = false;
        p.start(respondRequest(kRootPrompt, u"Do you like music?"_s), [&](llm::LlmResponse r) {
            called = true;
            QVERIFY(r.ok());
            QVERIFY(!r.text().isEmpty());
        });
        QVERIFY(called);
    }

    void start_withLatency_deliversLaterThroughTheEventLoop()
    {
        SimProvider p(model::Role::Base, 1, 40);
        const llm::LlmRequest req = respondRequest(kRootPrompt, u"Do you like music?"_s);
        int calls = 0;
        llm::LlmResponse got;
        QElapsedTimer timer;
        timer.start();
        p.start(req, [&](llm::LlmResponse r) {
            ++calls;
            got = std::move(r);
        });
        QCOMPARE(calls, 0); // not synchronous
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        QVERIFY(timer.elapsed() >= 30); // 40 ms ± 20%
        QVERIFY(got.ok());
        QCOMPARE(got.text(), p.answer(req).text()); // latency never changes the answer
    }

    void cancelAll_pendingCalls_deliverCancelledOnce()
    {
        SimProvider p(model::Role::Judge, 1, 200);
        QList<llm::ErrorKind> results;
        for (int i = 0; i < 3; ++i)
            p.start(judgeRequest(u"q"_s, u"a"_s + QString::number(i), {u"Clarity"_s}),
                [&](llm::LlmResponse r) { results.push_back(r.error); });
        p.cancelAll();
        QCOMPARE(results.size(), 3);
        for (llm::ErrorKind e : std::as_const(results))
            QCOMPARE(e, llm::ErrorKind::Cancelled);
        QTest::qWait(300); // the timers fire later and must not deliver a second time
        QCOMPARE(results.size(), 3);
    }

    void scheduler_manyCallsWithLatency_runConcurrentlyAndMatchSynchronousAnswers()
    {
        llm::SchedulerHost host;
        llm::Scheduler *scheduler = host.scheduler();
        host.start();
        auto base = std::make_shared<SimProvider>(model::Role::Base, 42, 50);
        scheduler->setProvider(model::Role::Base, base, 16);

        QList<llm::LlmRequest> requests;
        for (int i = 0; i < 16; ++i) {
            llm::LlmRequest r = respondRequest(kRootPrompt, u"Explain why the sky is blue."_s);
            r.sampleIndex = i;
            requests.push_back(r);
        }
        QElapsedTimer timer;
        timer.start();
        QList<QFuture<llm::LlmResponse>> futures;
        for (const llm::LlmRequest &r : std::as_const(requests))
            futures.push_back(scheduler->submit(r));
        for (qsizetype i = 0; i < futures.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(futures[i].isFinished(), 5000);
            QCOMPARE(futures[i].result().text(), SimProvider(model::Role::Base, 42).answer(requests.at(i)).text());
        }
        // 16 calls of ~50 ms with concurrency 16 take about one latency, not sixteen.
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void scheduler_cancelAll_deliversCancelled()
    {
        llm::SchedulerHost host;
        llm::Scheduler *scheduler = host.scheduler();
        host.start();
        scheduler->setProvider(model::Role::Judge, std::make_shared<SimProvider>(model::Role::Judge, 1, 2000), 4);
        QList<QFuture<llm::LlmResponse>> futures;
        for (int i = 0; i < 6; ++i)
            futures.push_back(
                scheduler->submit(judgeRequest(u"q"_s, u"answer "_s + QString::number(i), {u"Clarity"_s})));
        QTest::qWait(50);
        scheduler->cancelAll();
        for (QFuture<llm::LlmResponse> &f : futures) {
            QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 1500); // well before the 2 s latency
            QVERIFY(f.resultCount() == 0 || f.result().error == llm::ErrorKind::Cancelled);
        }
    }

    void answer_referenceSizeSearchWorkload_isFast()
    {
        // About 20 levels x 6 candidates x (respond + judge) + optimizer calls, zero latency.
        const SimProvider base(model::Role::Base, 42);
        const SimProvider judge(model::Role::Judge, 42);
        const SimProvider optimizer(model::Role::Optimizer, 42);
        QElapsedTimer timer;
        timer.start();
        for (int level = 0; level < 20; ++level) {
            for (int c = 0; c < 6; ++c) {
                const QString prompt = kAlignedPrompt + QString::number(level * 10 + c);
                const QString a = base.answer(respondRequest(prompt, u"How do I set up a monthly budget?"_s)).text();
                judge.answer(judgeRequest(
                    u"How do I set up a monthly budget?"_s, a, {u"Helpfulness"_s, u"Clarity"_s, u"Depth"_s}));
            }
            llm::LlmRequest o;
            o.purpose = llm::Purpose::OptimizePrompt;
            o.n = 3;
            o.payload = llm::payload::OptimizePrompt{kAlignedPrompt + QString::number(level), {}, {}, 8, 2};
            optimizer.answer(o);
            optimizer.answer(o);
        }
        qInfo("reference-size workload: %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 1500); // a debug build; release is several times faster
    }
};

QTEST_GUILESS_MAIN(TestSimProvider)
#include "tst_simprovider.moc"
