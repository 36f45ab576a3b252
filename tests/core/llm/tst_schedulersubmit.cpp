// SPDX-License-Identifier: GPL-3.0-or-later
// How a call enters the scheduler: at once on its own thread (a server sharing it), posted
// from another thread, and posted from inside one of its own deliveries (never re-entered).
#include "llm/provider.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "llm/threadhandoff.h"

#include <QtTest>

#include <memory>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using model::Role;

namespace {

// Records each start and answers on the next turn of the event loop, or at once.
class RecordingProvider : public llm::Provider {
public:
    explicit RecordingProvider(bool synchronous)
        : m_synchronous(synchronous)
    {}
    QString kind() const override { return u"test"_s; }
    QString endpoint() const override { return u"test://recording"_s; }
    QString model() const override { return u"recording"_s; }
    void start(const llm::LlmRequest &request, Done done) override
    {
        const QString question = request.messages.isEmpty() ? QString() : request.messages.last().content;
        started << question;
        startedOn = QThread::currentThread();
        auto answer = [question, done = std::move(done)] {
            llm::LlmResponse r;
            r.choices = {u"answer to "_s + question};
            done(std::move(r));
        };
        if (m_synchronous)
            answer();
        else
            QTimer::singleShot(0, std::move(answer));
    }
    QStringList started;
    QThread *startedOn = nullptr;

private:
    bool m_synchronous;
};

llm::LlmRequest ask(const QString &text)
{
    llm::LlmRequest r;
    r.role = Role::Base;
    r.messages = {llm::Message{u"user"_s, text}};
    return r;
}

} // namespace

class TstSchedulerSubmit : public QObject {
    Q_OBJECT
private slots:
    void ownThread_submit_startsBeforeReturning()
    {
        llm::Scheduler scheduler; // lives on this thread, as ServerHost's does on its own
        auto provider = std::make_shared<RecordingProvider>(false);
        scheduler.setProvider(Role::Base, provider, 4);
        std::optional<llm::LlmResponse> got;
        scheduler.submit(ask(u"one"_s), [&got](llm::LlmResponse r) { got = std::move(r); });
        // Started inside submit, not a turn of the event loop later.
        QCOMPARE(provider->started, QStringList{u"one"_s});
        QVERIFY(!got);
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->choices, QStringList{u"answer to one"_s});
    }

    void ownThread_synchronousAnswer_deliveredInsideSubmit()
    {
        llm::Scheduler scheduler;
        auto provider = std::make_shared<RecordingProvider>(true);
        scheduler.setProvider(Role::Base, provider, 4);
        std::optional<llm::LlmResponse> got;
        scheduler.submit(ask(u"now"_s), [&got](llm::LlmResponse r) { got = std::move(r); });
        QVERIFY(got.has_value()); // the caller must expect this (ProfileServer registers its job first)
        QCOMPARE(got->choices, QStringList{u"answer to now"_s});
        QFuture<llm::LlmResponse> future = scheduler.submit(ask(u"future"_s));
        QVERIFY(future.isFinished());
        QCOMPARE(llm::takeResult(future, u"cancelled"_s).choices, QStringList{u"answer to future"_s});
    }

    void insideDelivery_submit_isPostedNotReentered()
    {
        llm::Scheduler scheduler;
        auto provider = std::make_shared<RecordingProvider>(true);
        scheduler.setProvider(Role::Base, provider, 1);
        QStringList startedDuringDelivery;
        std::optional<llm::LlmResponse> second;
        scheduler.submit(ask(u"first"_s), [&](llm::LlmResponse) {
            scheduler.submit(ask(u"second"_s), [&second](llm::LlmResponse r) { second = std::move(r); });
            startedDuringDelivery = provider->started; // the second call must not have started yet
        });
        QCOMPARE(startedDuringDelivery, QStringList{u"first"_s});
        QVERIFY(!second);
        QTRY_VERIFY(second.has_value()); // one turn of the event loop later
        QCOMPARE(provider->started, (QStringList{u"first"_s, u"second"_s}));
        QCOMPARE(second->choices, QStringList{u"answer to second"_s});
    }

    void otherThread_submit_postedToTheSchedulersThread()
    {
        llm::SchedulerHost host;
        host.start();
        auto provider = std::make_shared<RecordingProvider>(false);
        llm::Scheduler *scheduler = host.scheduler();
        llm::runOnAndWait(scheduler, [&] { scheduler->setProvider(Role::Base, provider, 4); });
        QFuture<llm::LlmResponse> future = scheduler->submit(ask(u"far"_s));
        const llm::LlmResponse answer = llm::takeResult(future, u"cancelled"_s);
        QCOMPARE(answer.choices, QStringList{u"answer to far"_s});
        QThread *startedOn = nullptr;
        llm::runOnAndWait(scheduler, [&] { startedOn = provider->startedOn; });
        QCOMPARE(startedOn, scheduler->thread());
        QVERIFY(startedOn != QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TstSchedulerSubmit)
#include "tst_schedulersubmit.moc"
