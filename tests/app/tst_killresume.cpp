// SPDX-License-Identifier: GPL-3.0-or-later
// Crash at any moment: the CLI is killed with SIGKILL at many points spread over a whole
// demo run (stage 1 included), and every resume must end identical to the uninterrupted run.
#include "io/runfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;

namespace {

QStringList optimizeArgs(const QString &out, int latencyMs)
{
    return {QStringLiteral("optimize"), QStringLiteral("--demo"), QStringLiteral("--depth"), QStringLiteral("5"),
        QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--quiet"), QStringLiteral("--out"), out,
        QStringLiteral("--sim-latency-ms"), QString::number(latencyMs)};
}

int runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    if (!p.waitForFinished(120'000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Everything that must replay identically: the tree, the levels, the examples with their
// versions, the selections and the result (no time stamps, ids or usage).
QByteArray fingerprint(const model::RunRecord &r)
{
    QByteArray out;
    for (const model::Node &n : r.nodes) {
        out += n.id.toUtf8() + '|' + n.parentId.toUtf8() + '|' + n.prompt.toUtf8() + '|' +
            QByteArray::number(n.reward.value_or(-1), 'f', 6) + '|' + QByteArray::number(n.inBeam) + '|' +
            QByteArray::number(n.validationReward.value_or(-1), 'f', 6) + '\n';
        for (const model::Evaluation &e : n.evaluations)
            out += "  " + e.queryId.toUtf8() + ' ' + e.answer.toUtf8() + '\n';
    }
    for (const model::LevelSummary &l : r.levels)
        out += 'L' + QByteArray::number(l.level) + ' ' + l.beamIds.join(u',').toUtf8() + ' ' + l.bestNodeId.toUtf8() +
            '\n';
    for (const model::Example &e : r.examples) {
        out += "E " + e.id.toUtf8() + ' ' + QByteArray::number(e.history.size()) + ' ' + e.answer.toUtf8() + '\n';
        for (const model::ExampleVersion &v : e.history)
            out += "  " + QByteArray::number(v.evaluation.reward.value_or(-1), 'f', 6) + '\n';
    }
    for (auto it = r.selections.cbegin(); it != r.selections.cend(); ++it)
        out += "S " + it.key().toUtf8() + ' ' + it->criteria.join(u',').toUtf8() + '\n';
    out += "best " + r.bestNodeId.toUtf8() + ' ' + QByteArray::number(r.bestReward.value_or(-1), 'f', 6) + ' ' +
        model::bestMeasureName(r.bestMeasure).toUtf8() + '\n';
    out += "profile " + r.profile.systemPrompt.toUtf8();
    return out;
}

} // namespace

class TestKillResume : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void killAnywhere_thenResume_endsIdenticalToTheUninterruptedRun()
    {
        constexpr int kLatencyMs = 15; // a simulated latency, so the run lasts long enough to be hit
        constexpr int kKills = 9;
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.json"));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCli(optimizeArgs(reference, kLatencyMs)), 0);
        const qint64 wholeMs = clock.elapsed();
        io::FileError fe;
        const std::optional<model::RunRecord> ref = io::loadRunRecord(reference, &fe);
        QVERIFY2(ref, qPrintable(fe.toString()));
        QCOMPARE(ref->status, model::RunState::Finished);
        QVERIFY(ref->stage1Done && !ref->examples.isEmpty());

        int inStage1 = 0;
        int resumed = 0;
        for (int k = 0; k < kKills; ++k) {
            // Spread over the whole run, the first at the run's first moment (in stage 1).
            const qint64 at = wholeMs * k / kKills;
            const QString file = dir.filePath(QStringLiteral("killed-%1.json").arg(k));
            QProcess victim;
            victim.start(qEnvironmentVariable("DRPO_CLI"), optimizeArgs(file, kLatencyMs));
            QVERIFY(victim.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 10000); // the run has started
            QTest::qWait(int(at));
            if (victim.state() != QProcess::NotRunning) { // it may have finished already
                victim.kill();                            // SIGKILL: no chance to clean up
                QVERIFY(victim.waitForFinished());
            }
            // The run file exists from the run's first moment and is never half written.
            std::optional<model::RunRecord> partial = io::loadRunRecord(file, &fe);
            QVERIFY2(partial, qPrintable(QStringLiteral("kill at %1 ms: %2").arg(at).arg(fe.toString())));
            if (partial->status == model::RunState::Finished)
                continue; // the machine was fast: nothing left to resume
            inStage1 += partial->stage1Done ? 0 : 1;
            ++resumed;
            QCOMPARE(runCli({QStringLiteral("optimize"), QStringLiteral("--resume"), file, QStringLiteral("--quiet"),
                         QStringLiteral("--sim-latency-ms"), QStringLiteral("0")}),
                0);
            const std::optional<model::RunRecord> after = io::loadRunRecord(file, &fe);
            QVERIFY(after);
            QCOMPARE(after->status, model::RunState::Finished);
            QCOMPARE(fingerprint(*after), fingerprint(*ref));
        }
        QVERIFY2(inStage1 >= 1, "at least one kill must land in stage 1");
        QVERIFY2(resumed >= kKills / 2, qPrintable(QStringLiteral("only %1 kills interrupted the run").arg(resumed)));
        qInfo("%d of %d kills interrupted the run (%d in stage 1); every resume matched", resumed, kKills, inStage1);
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
