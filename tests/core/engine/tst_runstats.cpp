// The live run statistics: "best" against the root, and stage 1's progress as it goes.
#include "enginetestutil.h"

#include "engine/bestpathmean.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace drpo;
using engine::RunController;
using engine::RunStats;
using namespace Qt::Literals::StringLiterals;

namespace {
model::Node scoredNode(const QString &id, const QString &parent, double reward, std::optional<double> pathMean)
{
    model::Node n;
    n.id = id;
    n.parentId = parent;
    n.reward = reward;
    n.pathReward = pathMean;
    return n;
}

QList<RunStats> statsOf(const QSignalSpy &spy)
{
    QList<RunStats> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<RunStats>();
    return out;
}

// Marks every engine text it translates, to show the text went through the translator.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        return qstrcmp(context, "RunWorker") == 0 ? u"[T] "_s + QString::fromUtf8(source) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestRunStats : public QObject {
    Q_OBJECT

private slots:
    void bestPathMean_rootHoldsNoPathMeanAndChildrenAreWeaker_readsTheRootReward()
    {
        // As the search leaves it at level 1: the root has a reward but no path mean, and
        // each child's path mean averages the root's 4.00 with its own weaker reward.
        model::RunRecord r;
        r.rootReward = 4.0;
        r.nodes << scoredNode(u"n0"_s, {}, 4.0, std::nullopt) << scoredNode(u"n1"_s, u"n0"_s, 3.33, 3.665)
                << scoredNode(u"n2"_s, u"n0"_s, 3.0, 3.5);
        QCOMPARE(engine::bestPathMeanSoFar(r), 4.0);

        r.nodes << scoredNode(u"n3"_s, u"n0"_s, 4.5, 4.25);
        QCOMPARE(engine::bestPathMeanSoFar(r), 4.25);
        QCOMPARE(engine::bestPathMeanSoFar(model::RunRecord{}), 0.0); // nothing scored yet
    }

    void run_searchStats_bestNeverBelowRoot()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Prompt;
        in.settings.depth = 3;
        RunController run;
        QSignalSpy stats(&run, &RunController::statsChanged);
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        int checked = 0;
        for (const RunStats &s : statsOf(stats)) {
            if (!s.phase.startsWith(u"level ") || s.rootReward <= 0)
                continue;
            QVERIFY2(s.bestReward >= s.rootReward,
                qPrintable(u"%1: best %2 below root %3"_s.arg(s.phase).arg(s.bestReward).arg(s.rootReward)));
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void stage1_running_publishesProgressAfterEachBatch()
    {
        model::RunInput in = test::demoInput();
        in.settings.stages = model::Stages::Icl; // stage 1 only
        in.settings.stage1Rounds = 3;
        const int total = int(in.seedExamples.size());
        QVERIFY(total >= 2);
        RunController run;
        QSignalSpy stats(&run, &RunController::statsChanged);
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const model::RunRecord result = finished.first().first().value<model::RunRecord>();

        QList<RunStats> stage1;
        for (const RunStats &s : statsOf(stats))
            if (s.phase == u"stage 1")
                stage1 << s;
        // Before, after the selections, after round 0's judging, after each round's rewrites
        // and judging (rounds may end early when every example scores all fives), and done.
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
        QSignalSpy stats(&run, &RunController::statsChanged);
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(in));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
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
