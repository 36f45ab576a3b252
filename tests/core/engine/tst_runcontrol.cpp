// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetestutil.h"

#include "io/runfile.h"

#include "runeventspy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using engine::RunController;
using engine::RunState;

// Run control: pause, step, edit, branch, stop and resume, through the controller's API.
class TestRunControl : public QObject {
    Q_OBJECT
private:
    static model::RunInput smallInput()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Prompt;
        in.settings.depth = 5;
        in.models.simLatencyMs = 5; // slow enough to pause mid-run
        return in;
    }

private slots:
    void pauseEditResume_humanNodeJoinsBeamAndIsExpanded()
    {
        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(smallInput()));
        QTRY_VERIFY_WITH_TIMEOUT(spy.levels() >= 2, 20000);
        run.pause();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Paused, 20000);
        const model::RunRecord paused = spy.record();
        QCOMPARE(paused.status, model::RunState::Paused);
        const int pausedLevel = paused.levels.last().level;
        const QString parent = paused.levels.last().beamIds.first();
        const QString prompt = QStringLiteral(
            "You are a careful, warm assistant.\n- You have no internet access or real-time data; say so.\n"
            "- Decline harmful or illegal requests and explain why.\n- Use short paragraphs and bullet lists.");
        run.submitEdit(parent, prompt, QStringLiteral("my rules"));
        QTRY_VERIFY_WITH_TIMEOUT(
            spy.record().levels.last().beamIds.size() > paused.levels.last().beamIds.size(), 20000);
        const model::RunRecord edited = spy.record();
        QCOMPARE(edited.levels.last().level, pausedLevel); // still paused at the same level
        const QString humanId = edited.levels.last().beamIds.last();
        const model::Node *human = edited.node(humanId);
        QVERIFY(human);
        QCOMPARE(human->origin, model::Origin::Human);
        QCOMPARE(human->parentId, parent);
        QCOMPARE(human->prompt, prompt);
        QVERIFY(human->reward.has_value());
        QVERIFY(human->inBeam);
        QCOMPARE(run.state(), RunState::Paused);

        run.resume();
        QTRY_COMPARE_WITH_TIMEOUT(spy.finishedCount(), 1, 60000);
        const auto result = spy.finished();
        bool expanded = false;
        for (const model::Node &n : result.nodes)
            expanded = expanded || n.parentId == humanId;
        QVERIFY2(expanded, "the human-authored node must be expanded at the next level");
    }

    void step_whilePaused_runsExactlyOneLevel()
    {
        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(smallInput()));
        QTRY_VERIFY_WITH_TIMEOUT(spy.levels() >= 1, 20000);
        run.pause();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Paused, 20000);
        const int before = spy.record().levels.last().level;
        const int seen = spy.levels();
        run.step();
        QTRY_COMPARE_WITH_TIMEOUT(spy.levels(), seen + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Paused, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(spy.record().levels.last().level, before + 1, 5000);
        QTest::qWait(300); // and no further level follows on its own
        QCOMPARE(spy.levels(), seen + 1);
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Stopped, 20000);
    }

    void branchFrom_node_beamBecomesThatNode()
    {
        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(smallInput()));
        QTRY_VERIFY_WITH_TIMEOUT(spy.levels() >= 2, 20000);
        run.pause();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Paused, 20000);
        const QString target = spy.record().levels.last().beamIds.last();
        run.branchFrom(target);
        QTRY_COMPARE_WITH_TIMEOUT(spy.record().levels.last().beamIds, QStringList{target}, 20000);
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunState::Stopped, 20000);
    }

    void stopThenResume_sameResultAsUninterrupted()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.json"));
        model::RunInput in = smallInput();
        const model::RunRecord reference = test::runToEnd(in);

        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(in, file));
        QTRY_VERIFY_WITH_TIMEOUT(spy.levels() >= 3, 20000);
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(spy.finishedCount(), 1, 20000);
        io::FileError fe;
        std::optional<model::RunRecord> saved = io::loadRunRecord(file, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QCOMPARE(saved->status, model::RunState::Stopped);
        QVERIFY(saved->levels.size() >= 3);
        QVERIFY(saved->levels.last().level < reference.levels.last().level);

        RunController again;
        test::RunEventSpy done(&again);
        QVERIFY(again.resumeRun(*saved, file));
        QTRY_COMPARE_WITH_TIMEOUT(done.finishedCount(), 1, 60000);
        const auto resumed = done.finished();
        QCOMPARE(resumed.status, model::RunState::Finished);
        QCOMPARE(test::replayFingerprint(resumed), test::replayFingerprint(reference));
        std::optional<model::RunRecord> onDisk = io::loadRunRecord(file, &fe);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->status, model::RunState::Finished);
        QVERIFY(!again.resumeRun(*onDisk, file)); // a finished run has nothing to resume
    }

    void start_invalidInput_refusedWithReason()
    {
        RunController run;
        model::RunInput in = test::demoInput();
        in.settings.beamWidth = 0;
        QString error;
        QVERIFY(!run.start(in, {}, &error));
        QVERIFY(error.contains(QStringLiteral("beam width")));
        in = test::demoInput();
        for (model::Criterion &c : in.criteria.criteria)
            c.enabled = false;
        QVERIFY(!run.start(in, {}, &error));
        QVERIFY(error.contains(QStringLiteral("criterion")));
        QCOMPARE(run.state(), RunState::Idle);
    }
};

QTEST_GUILESS_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
