// SPDX-License-Identifier: GPL-3.0-or-later
// The live run statistics and the engine's best: what it is, what its figure means, and
// stage 1's progress as it goes.
#include "enginetestutil.h"
#include "runeventspy.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace drpo;
using engine::RunController;
using engine::RunStats;
using namespace Qt::Literals::StringLiterals;

namespace {
namespace ev = engine::event;

QList<RunStats> statsOf(const test::RunEventSpy &spy)
{
    QList<RunStats> out;
    for (const ev::Stats &s : spy.all<ev::Stats>())
        out << s.stats;
    return out;
}

// Marks every engine text it translates, to show the text went through the translator.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        return QByteArray(context).endsWith("RunWorker") ? u"[T] "_s + QString::fromUtf8(source) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestRunStats : public QObject {
    Q_OBJECT

private slots:
    void search_bestChanged_isTheBeamLeaderByThePathMean()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Prompt;
        in.settings.depth = 4;
        in.settings.validationSize = 0; // no held-out queries: the ranking rule's best stands
        in.queries.validationIds.clear();
        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(spy.finishedCount(), 1, 60000);
        const model::RunRecord r = spy.finished();
        const QList<ev::BestChanged> bests = spy.all<ev::BestChanged>();
        QVERIFY(!bests.isEmpty());
        for (const ev::BestChanged &b : bests) {
            QCOMPARE(b.best.measure, model::BestMeasure::PathMean);
            const model::Node *n = r.node(b.best.nodeId);
            QVERIFY(n);
            QCOMPARE(b.best.figure, n->pathReward); // the figure it is ranked by
        }
        // Every level names its leader, a member of its beam, with its path mean.
        for (const model::LevelSummary &l : r.levels) {
            QVERIFY2(l.beamIds.contains(l.bestNodeId), qPrintable(l.bestNodeId));
            QCOMPARE(l.bestFigure, r.node(l.bestNodeId)->pathReward);
        }
        QCOMPARE(r.bestNodeId, r.levels.last().bestNodeId);
        QCOMPARE(r.bestNodeId, bests.last().best.nodeId);
        QCOMPARE(r.bestReward, r.node(r.bestNodeId)->pathReward);
        QCOMPARE(r.profile.systemPrompt, r.node(r.bestNodeId)->prompt);
    }

    void finish_withValidation_bestIsTheHeldOutWinnerAndTheProfilesPrompt()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Prompt;
        in.settings.depth = 4;
        in.settings.ranking = model::Ranking::Last;
        in.settings.validationSize = 4;
        RunController run;
        test::RunEventSpy spy(&run);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(spy.finishedCount(), 1, 60000);
        const model::RunRecord r = spy.finished();
        const ev::BestChanged last = spy.all<ev::BestChanged>().last();
        QCOMPARE(last.best.measure, model::BestMeasure::Validation);
        QCOMPARE(last.best.queries, 4);
        QCOMPARE(last.best.nodeId, r.bestNodeId);
        const model::Node *best = r.node(r.bestNodeId);
        QVERIFY(best && best->validationReward);
        QCOMPARE(last.best.figure, best->validationReward);
        QCOMPARE(last.best.rootFigure, r.nodes.first().validationReward);
        QCOMPARE(r.profile.systemPrompt, best->prompt);
        // No other finalist did better on the held-out queries.
        for (const model::Node &n : r.nodes)
            if (n.validationReward && n.id != r.nodes.first().id)
                QVERIFY(*n.validationReward <= *best->validationReward);
        // While searching, "best" was the last reward of the beam's leader.
        for (const ev::BestChanged &b : spy.all<ev::BestChanged>())
            if (b.best.measure != model::BestMeasure::Validation)
                QCOMPARE(b.best.measure, model::BestMeasure::LastReward);
    }

    void stage1_running_publishesProgressAfterEachBatch()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Icl; // stage 1 only
        in.settings.stage1Rounds = 3;
        const int total = int(in.seedExamples.size());
        QVERIFY(total >= 2);
        RunController run;
        test::RunEventSpy stats(&run);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(stats.finishedCount(), 1, 60000);
        const model::RunRecord result = stats.finished();

        QList<RunStats> stage1;
        for (const RunStats &s : statsOf(stats))
            if (s.phase == u"stage 1")
                stage1 << s;
        // Before, after round 0's judging, after each round (rounds may end early when every
        // example scores all fives), and done.
        QVERIFY2(stage1.size() >= 5, qPrintable(QString::number(stage1.size())));
        int before = -1;
        qint64 calls = -1;
        int midway = 0;
        for (const RunStats &s : std::as_const(stage1)) {
            QCOMPARE(s.stage1Total, total);
            QVERIFY(s.stage1Done >= before); // never goes back
            QVERIFY(s.total.calls >= calls);
            before = s.stage1Done;
            calls = s.total.calls;
            midway += s.total.calls > 0 && s.stage1Done < total ? 1 : 0;
        }
        QCOMPARE(stage1.first().stage1Done, 0);
        QCOMPARE(stage1.first().total.calls, 0);
        QVERIFY2(midway >= 2, "calls must show while examples are still being improved");
        QCOMPARE(stage1.last().stage1Done, total);
        QCOMPARE(stage1.last().total.calls, result.totalUsage().calls);
        QVERIFY(stage1.last().total.promptTokens + stage1.last().total.completionTokens > 0);
    }

    void stage1_phaseText_goesThroughTheTranslator()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Icl;
        in.settings.stage1Rounds = 1;
        RunController run;
        test::RunEventSpy stats(&run);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(stats.finishedCount(), 1, 60000);
        QCoreApplication::removeTranslator(&marking);
        int stage1 = 0;
        for (const RunStats &s : statsOf(stats)) {
            QVERIFY2(s.phaseText.startsWith(u"[T] "), qPrintable(s.phaseText));
            if (s.phase == u"stage 1") // the key stays untranslated: code compares it
                ++stage1;
        }
        QVERIFY(stage1 > 0);
    }
};

QTEST_GUILESS_MAIN(TestRunStats)
#include "tst_runstats.moc"
