// SPDX-License-Identifier: GPL-3.0-or-later
// A server that misbehaves without failing: a 50 MB answer, an event stream that never
// ends (with data, or only keep-alives). Each call ends in a clear error, in bounded memory
// and time, and the run can go on.
#include "llmtestharness.h"

#include "llm/openaiprovider.h"

#include <QElapsedTimer>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using model::Role;
using K = FakeFault::Kind;

namespace {

std::shared_ptr<llm::OpenAiProvider> streamingProvider(const LlmHarness &h, int maxCallMs)
{
    llm::HttpProviderConfig c;
    c.baseUrls = {h.server.baseUrl()};
    c.model = u"fake-model"_s;
    c.needsKey = false;
    c.stream = true;
    c.timeoutMs = 5000;
    c.maxCallMs = maxCallMs;
    return std::make_shared<llm::OpenAiProvider>(c);
}

llm::RetryPolicy once()
{
    llm::RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}

} // namespace

class TstResponseLimits : public QObject {
    Q_OBJECT
private slots:
    void fiftyMegabyteAnswer_cutOffWithAClearError()
    {
        LlmHarness h;
        h.scheduler->setRetryPolicy(once());
        h.use(Role::Base, h.config(), 1);
        const QString huge(50 << 20, u'a');
        h.server.setResponder([huge](const FakeRequest &, int) { return huge; });
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"write forever"_s));
        QCOMPARE(r.error, llm::ErrorKind::Parse);
        QVERIFY2(r.errorMessage.contains(u"larger than 32 MiB"_s), qPrintable(r.errorMessage));
        QVERIFY(r.choices.isEmpty());
        QVERIFY2(t.elapsed() < 60'000, qPrintable(QString::number(t.elapsed())));

        // The next, sane answer comes through.
        h.server.setResponder({});
        const llm::LlmResponse ok = h.run(LlmHarness::chat(u"a short one"_s));
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    }

    void endlessStreamOfData_cutOffAtTheSizeLimit()
    {
        LlmHarness h;
        h.scheduler->setRetryPolicy(once());
        h.scheduler->setProvider(Role::Base, streamingProvider(h, llm::kMaxCallMs), 1);
        FakeFault endless = FakeFault::of(K::EndlessStream, 1);
        // 64 KiB events, so the 32 MiB limit comes after a few hundred.
        endless.body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + QByteArray(64 << 10, 'z') +
            "\"},\"finish_reason\":null}]}\n\n";
        h.server.injectFault(endless, 1);
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"never stop"_s));
        QCOMPARE(r.error, llm::ErrorKind::Parse);
        QVERIFY2(r.errorMessage.contains(u"larger than 32 MiB"_s), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() < 60'000, qPrintable(QString::number(t.elapsed())));
    }

    void endlessKeepAlives_cutOffAtTheCallTimeLimit()
    {
        LlmHarness h;
        h.scheduler->setRetryPolicy(once());
        h.scheduler->setProvider(Role::Base, streamingProvider(h, 1500), 1);
        FakeFault alive = FakeFault::of(K::EndlessStream, 50); // under the 5 s idle timeout
        alive.body = ": keep-alive\n\n";
        h.server.injectFault(alive, 1);
        QElapsedTimer t;
        t.start();
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"hold on"_s));
        QCOMPARE(r.error, llm::ErrorKind::Transient);
        QVERIFY2(r.errorMessage.contains(u"still not complete after 1.5 s"_s), qPrintable(r.errorMessage));
        QVERIFY2(t.elapsed() >= 1400 && t.elapsed() < 10'000, qPrintable(QString::number(t.elapsed())));
    }

    void endlessStream_retriedThenBreakerStopsTheRole()
    {
        // Default policy: a stream that never ends, again and again, trips the breaker.
        LlmHarness h;
        llm::BreakerPolicy breaker;
        breaker.consecutiveFailures = 2;
        h.scheduler->setBreakerPolicy(breaker);
        h.scheduler->setProvider(Role::Judge, streamingProvider(h, 300), 1);
        h.server.injectFault(FakeFault::of(K::EndlessStream, 20), 1 << 30);
        QCOMPARE(h.run(LlmHarness::chat(u"one"_s, Role::Judge)).error, llm::ErrorKind::Transient);
        const llm::LlmResponse r = h.run(LlmHarness::chat(u"two"_s, Role::Judge));
        QCOMPARE(r.error, llm::ErrorKind::Unavailable);
        QVERIFY2(r.errorMessage.contains(u"never ends"_s), qPrintable(r.errorMessage));
    }
};

QTEST_GUILESS_MAIN(TstResponseLimits)
#include "tst_responselimits.moc"
