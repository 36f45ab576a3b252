// SPDX-License-Identifier: GPL-3.0-or-later
// drpo optimize against a failing endpoint, as a user meets it: an endpoint that answers 500
// to everything stops the run within a minute with one clear message and a resumable file;
// a flaky endpoint does not; a judge whose verdicts cannot be read leaves prompts unscored,
// and the progress lines say so instead of printing 0.00.
#include "fakellmserver.h"

#include "io/runfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Result runCli(const QStringList &args, int timeoutMs = 180'000)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()), t.elapsed()};
}

// Every chat role at the fake server (the demo's queries, criteria and examples).
QStringList endpointFlags(const FakeLlmServer &server, const QString &cache)
{
    QStringList flags;
    for (const char *role : {"base", "selector", "judge", "optimizer"})
        flags << u"--%1-url"_s.arg(QLatin1StringView(role)) << server.baseUrl()
              << u"--%1-model"_s.arg(QLatin1StringView(role)) << u"fake-model"_s;
    flags << u"--cache"_s << cache;
    return flags;
}

} // namespace

class TstCliFailingEndpoint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void alwaysFailing_stopsWithinAMinute_fewCalls_oneMessage_resumable()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.injectFault(FakeFault::httpStatus(500), 1 << 30);
        QTemporaryDir dir;
        const QString run = dir.filePath(u"run.json"_s);
        const QString cache = dir.filePath(u"cache.sqlite"_s);
        const Result r = runCli(
            QStringList{u"optimize"_s, u"--demo"_s, u"--depth"_s, u"2"_s, u"--rounds"_s, u"1"_s, u"--out"_s, run} +
            endpointFlags(server, cache));
        QCOMPARE(r.code, 3); // stopped, resumable
        QVERIFY2(r.ms < 60'000, qPrintable(QString::number(r.ms)));
        const int calls = server.requestCount();
        qInfo("always 500: stopped after %lld ms and %d HTTP calls", r.ms, calls);
        // Before the breaker: 300+ calls in 90 s and still going. Now one role's streak of
        // five failed calls (five tries each) and what was in flight beside it.
        QVERIFY2(calls < 120, qPrintable(QString::number(calls)));
        const qsizetype at = r.err.indexOf(u"The run stopped because: "_s);
        QVERIFY2(at >= 0, qPrintable(r.err));
        const QString why = r.err.mid(at).section(u'\n', 0, 0);
        for (const QString &part : {u"unavailable"_s, server.baseUrl(), u"failed 5 calls in a row"_s, u"HTTP 500"_s,
                 u"Check that the server"_s, u"resume"_s})
            QVERIFY2(why.contains(part), qPrintable(part + u" not in: "_s + why));
        QVERIFY2(r.err.contains(u"Resume it with: drpo optimize --resume "_s + run), qPrintable(r.err));
        io::FileError fe;
        const std::optional<model::RunRecord> record = io::loadRunRecord(run, &fe);
        QVERIFY2(record, qPrintable(fe.toString()));
        QCOMPARE(record->status, model::RunState::Stopped);

        // The endpoint is fixed: the resumed run (a new breaker) calls it again and finishes.
        server.clearFaults();
        const Result resumed = runCli({u"optimize"_s, u"--resume"_s, run, u"--quiet"_s});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY(server.requestCount() > calls);
        QCOMPARE(io::loadRunRecord(run, &fe)->status, model::RunState::Finished);
    }

    void flakyEndpoint_someServerErrors_runFinishes()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        FakeFault flaky = FakeFault::httpStatus(503);
        flaky.period = 4; // one request in four fails; the retries absorb every one
        server.injectFault(flaky, 1 << 30);
        QTemporaryDir dir;
        const Result r = runCli(QStringList{u"optimize"_s, u"--demo"_s, u"--depth"_s, u"2"_s, u"--rounds"_s, u"1"_s,
                                    u"--quiet"_s, u"--out"_s, dir.filePath(u"run.json"_s)} +
            endpointFlags(server, dir.filePath(u"cache.sqlite"_s)));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(u"unavailable"_s));
        QVERIFY(server.requestCount() > 20);
    }

    void unreadableVerdicts_progressSaysUnscored_neverZero()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        // The judge answers, but never with a verdict anyone can read.
        server.setResponder([](const FakeRequest &r, int index) {
            const QString text = r.text();
            if (text.contains(u"\"rationale\""_s) && text.contains(u"Criteria:\n"_s))
                return u"I would rather not grade this."_s;
            return FakeLlmServer::defaultAnswer(r, index);
        });
        QTemporaryDir dir;
        const Result r = runCli(QStringList{u"optimize"_s, u"--demo"_s, u"--stage"_s, u"prompt"_s, u"--depth"_s, u"2"_s,
                                    u"--out"_s, dir.filePath(u"run.json"_s)} +
            endpointFlags(server, dir.filePath(u"cache.sqlite"_s)));
        const QStringList levels = r.err.split(u'\n').filter(QRegularExpression(u"^level +\\d+/"_s));
        QVERIFY2(!levels.isEmpty(), qPrintable(r.err));
        for (const QString &line : levels) {
            QVERIFY2(line.contains(u"best -  mean -  unscored ("_s), qPrintable(line));
            QVERIFY2(!line.contains(u"0.00"_s), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliFailingEndpoint)
#include "tst_clifailingendpoint.moc"
