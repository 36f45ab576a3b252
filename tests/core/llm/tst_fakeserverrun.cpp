// SPDX-License-Identifier: GPL-3.0-or-later
// A small DRPO run end to end against the fake server with faults injected: it finishes,
// a rerun is served from the cache with zero network calls, a fatal error pauses the
// run with a message, and no file written contains the key.
#include "fakellmserver.h"
#include "runeventspy.h"

#include "engine/runcontroller.h"
#include "io/projectfile.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using K = FakeFault::Kind;

namespace {
const char *kKeyEnv = "DRPO_TEST_RUN_KEY";
const QString kSecret = u"sk-run-SUPERSECRET-9876543210"_s;
} // namespace

class TstFakeServerRun : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    model::RunInput input(const FakeLlmServer &server, const QString &baseApi = u"chat"_s)
    {
        io::FileError error;
        const std::optional<model::Project> p = io::loadDemoProject(&error);
        if (!p)
            qFatal("demo project: %s", qPrintable(error.toString()));
        model::RunInput in = p->runInput();
        in.settings.stages = model::Stages::All;
        in.settings.depth = 2;
        in.settings.beamWidth = 2;
        in.settings.actions = 2;
        in.settings.stage1Rounds = 1;
        in.settings.validationSize = 0;
        while (in.seedExamples.size() > 2)
            in.seedExamples.removeLast();
        for (model::Role r : model::kAllRoles) {
            model::RoleConfig &c = in.models.role(r);
            c.kind = u"openai"_s;
            c.baseUrls = {server.baseUrl()};
            c.model = r == model::Role::Base ? u"fake-base"_s : u"fake-model"_s;
            c.keyEnv = QString::fromLatin1(kKeyEnv);
            c.concurrency = 4;
            c.supportsN = r != model::Role::Optimizer; // exercise the n fallback too
        }
        in.models.base.api = baseApi;
        // The provider settings travel with the run input (as in a project file).
        in.models.provider.cache = model::CacheMode::On;
        in.models.provider.cachePath = m_dir.filePath(u"cache/responses.sqlite"_s);
        in.models.provider.timeoutMs = 2000;
        return in;
    }

    static model::RunRecord runToEnd(engine::RunController &run, const model::RunInput &in, const QString &file)
    {
        return test::runUntilSettled(run, in, file).record;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv(kKeyEnv, kSecret.toUtf8());
    }

    void run_withTransientFaults_finishesAndRerunMakesNoCalls_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("chat") << u"chat"_s;
        QTest::newRow("completion") << u"completion"_s;
    }
    void run_withTransientFaults_finishesAndRerunMakesNoCalls()
    {
        QFETCH(QString, api);
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setLatencyMs(2);
        server.injectFault(FakeFault::httpStatus(503), 3);
        server.injectFault(FakeFault::httpStatus(429, {}, "0.1"), 2);
        server.injectFault(FakeFault::of(K::ResetBeforeReply), 2);
        server.injectFault(FakeFault::of(K::MalformedJson), 1);
        server.injectFault(FakeFault::of(K::Hang), 1);
        const model::RunInput in = input(server, api);
        const QString file = m_dir.filePath(u"run-%1.json"_s.arg(api));

        engine::RunController first;
        const test::RunOutcome outcome = test::runUntilSettled(first, in, file);
        const model::RunRecord &a = outcome.record;
        QVERIFY2(a.status == model::RunState::Finished, qPrintable(a.error));
        QVERIFY(a.bestReward.has_value());
        QVERIFY2(a.nodes.size() >= 5, qPrintable(QString::number(a.nodes.size())));
        const int networkCalls = server.requestCount();
        QVERIFY(networkCalls > 20);
        QVERIFY(outcome.calls > 0);
        if (api == u"completion")
            QVERIFY(server.requestCount(u"/v1/completions"_s) > 0);

        engine::RunController second;
        const model::RunRecord b = runToEnd(second, in, m_dir.filePath(u"rerun-%1.json"_s.arg(api)));
        QVERIFY2(b.status == model::RunState::Finished, qPrintable(b.error));
        QCOMPARE(server.requestCount(), networkCalls); // zero network calls
        QCOMPARE(b.bestNodeId, a.bestNodeId);
        QCOMPARE(b.bestReward, a.bestReward);
        qint64 hits = 0;
        for (const model::Usage &u : b.usageByRole)
            hits += u.cacheHits;
        QVERIFY(hits > 0);
    }

    void run_withFatalAuthError_pausesWithMessage()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.injectFault(FakeFault::httpStatus(401,
                               R"({"error":{"message":"Incorrect API key provided: sk-run-SUPERSECRET-9876543210"}})"),
            1000);
        model::RunInput in = input(server);
        in.settings.seed = 4242; // nothing of this run is in the cache
        engine::RunController run;
        const model::RunRecord r = runToEnd(run, in, m_dir.filePath(u"fatal.json"_s));
        QVERIFY(r.status == model::RunState::Paused || r.status == model::RunState::Failed);
        QVERIFY2(r.error.contains(u"key"), qPrintable(r.error));
        QVERIFY(!r.error.contains(kSecret));
    }

    void writtenFiles_neverContainTheKey()
    {
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("SUPERSECRET"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 3);
    }
};

QTEST_GUILESS_MAIN(TstFakeServerRun)
#include "tst_fakeserverrun.moc"
