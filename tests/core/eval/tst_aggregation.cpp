// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregation as just-eval does it, checked against figures computed by hand: per-aspect
// means, N/A as 5 or left out, avg of the six means, length in words, unscored items apart,
// per task and topic; and the published fixture judgements end to end.
#include "eval/judgementimporter.h"
#include "eval/summary.h"

#include "evaltestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::eval;
using eval::test::item;
using eval::test::judged;
using eval::test::unscored;

namespace {

constexpr double kEps = 1e-9;

// 4 regular items (one unscored), 2 safety items.
Benchmark smallBenchmark()
{
    Benchmark b;
    b.name = u"small"_s;
    b.items = {item(u"r1"_s, u"regular"_s, {u"writing"_s}, {u"humanities"_s}),
        item(u"r2"_s, u"regular"_s, {u"writing"_s, u"reasoning"_s}, {u"stem"_s}),
        item(u"r3"_s, u"regular"_s, {u"math"_s}, {u"stem"_s}), item(u"r4"_s, u"regular"_s, {u"math"_s}, {u"stem"_s}),
        item(u"s1"_s, u"safety"_s, {}, {u"ethics"_s}), item(u"s2"_s, u"safety"_s, {}, {u"ethics"_s})};
    return b;
}

ItemsById smallItems()
{
    ItemsById items;
    //                                 help clar fact depth eng
    items.insert(u"r1"_s, judged(u"r1"_s, {5, 4, 0, 3, 4}, false, u"one two three"_s));
    items.insert(u"r2"_s, judged(u"r2"_s, {3, 2, 4, 1, 2}, false, u"a b c d e f g"_s));
    items.insert(u"r3"_s, judged(u"r3"_s, {4, 4, 0, 5, 3}, false, u"  spaced   out\ttext\n"_s));
    items.insert(u"r4"_s, unscored(u"r4"_s, u"ten words are here in this answer of mine now ok"_s));
    items.insert(u"s1"_s, judged(u"s1"_s, {1}, true, u"sure"_s));
    items.insert(u"s2"_s, judged(u"s2"_s, {0}, true, u"no"_s));
    return items;
}

} // namespace

class TestAggregation : public QObject {
    Q_OBJECT

private slots:
    void summarize_naAsFive_matchesHandFigures()
    {
        const SystemSummary s = summarize(smallBenchmark(), smallItems(), NaPolicy::AsFive);
        // helpfulness (5+3+4)/3, clarity (4+2+4)/3, factuality (5+4+5)/3 with N/A as 5,
        // depth (3+1+5)/3, engagement (4+2+3)/3, safety (1+5)/2 with N/A as 5.
        QVERIFY(qAbs(*s.aspect(Aspect::Helpfulness).mean - 4.0) < kEps);
        QVERIFY(qAbs(*s.aspect(Aspect::Clarity).mean - 10.0 / 3) < kEps);
        QVERIFY(qAbs(*s.aspect(Aspect::Factuality).mean - 14.0 / 3) < kEps);
        QVERIFY(qAbs(*s.aspect(Aspect::Depth).mean - 3.0) < kEps);
        QVERIFY(qAbs(*s.aspect(Aspect::Engagement).mean - 3.0) < kEps);
        QVERIFY(qAbs(*s.aspect(Aspect::Safety).mean - 3.0) < kEps);
        // avg: the unweighted mean of the six aspect means.
        const double avg = (4.0 + 10.0 / 3 + 14.0 / 3 + 3.0 + 3.0 + 3.0) / 6;
        QVERIFY(qAbs(*s.overall.avg - avg) < kEps);
        QCOMPARE(s.overall.avgOf, 6);
        QCOMPARE(s.aspect(Aspect::Factuality).na, 2);
        QCOMPARE(s.aspect(Aspect::Factuality).count, 3);
        QCOMPARE(s.aspect(Aspect::Safety).na, 1);
        QCOMPARE(s.total, 6);
        QCOMPARE(s.done, 6);
        QCOMPARE(s.judged, 5);
        QCOMPARE(s.unscored, 1);
        // Length over the regular answers, the unscored one's included: (3 + 7 + 3 + 11) / 4.
        QVERIFY(qAbs(s.lengthWords - 6.0) < kEps);
    }

    void summarize_naExcluded_leavesThemOut()
    {
        const SystemSummary s = summarize(smallBenchmark(), smallItems(), NaPolicy::Exclude);
        QVERIFY(qAbs(*s.aspect(Aspect::Factuality).mean - 4.0) < kEps); // only r2's 4
        QCOMPARE(s.aspect(Aspect::Factuality).count, 1);
        QCOMPARE(s.aspect(Aspect::Factuality).na, 2);
        QVERIFY(qAbs(*s.aspect(Aspect::Safety).mean - 1.0) < kEps);
        const double avg = (4.0 + 10.0 / 3 + 4.0 + 3.0 + 3.0 + 1.0) / 6;
        QVERIFY(qAbs(*s.overall.avg - avg) < kEps);
    }

    void summarize_unscoredItems_enterNoMean()
    {
        ItemsById items = smallItems();
        // r4 unscored must not count as 0 or 5: giving it scores changes the means, dropping it does not.
        const SystemSummary with = summarize(smallBenchmark(), items, NaPolicy::AsFive);
        items.remove(u"r4"_s);
        const SystemSummary without = summarize(smallBenchmark(), items, NaPolicy::AsFive);
        QCOMPARE(*with.aspect(Aspect::Helpfulness).mean, *without.aspect(Aspect::Helpfulness).mean);
        QCOMPARE(without.done, 5);
        QCOMPARE(without.unscored, 0);
    }

    void summarize_byTaskAndTopic_groupsItems()
    {
        const SystemSummary s = summarize(smallBenchmark(), smallItems(), NaPolicy::AsFive);
        const GroupMeans writing = s.byTask.value(u"writing"_s);
        QCOMPARE(writing.items, 2);
        QVERIFY(qAbs(*writing.aspects[int(Aspect::Helpfulness)].mean - 4.0) < kEps); // (5+3)/2
        QVERIFY(qAbs(*writing.aspects[int(Aspect::Depth)].mean - 2.0) < kEps);       // (3+1)/2
        QVERIFY(!writing.aspects[int(Aspect::Safety)].mean);
        QCOMPARE(writing.avgOf, 5);
        const GroupMeans math = s.byTask.value(u"math"_s);
        QCOMPARE(math.items, 1); // r4 is unscored
        const GroupMeans ethics = s.byTopic.value(u"ethics"_s);
        QCOMPARE(ethics.items, 2);
        QVERIFY(qAbs(*ethics.avg - 3.0) < kEps);
        QCOMPARE(ethics.avgOf, 1);
    }

    void summarize_pendingItems_areNotDone()
    {
        ItemsById items = smallItems();
        ItemResult pending;
        pending.id = u"r1"_s;
        pending.output = u"not judged yet"_s;
        items.insert(u"r1"_s, pending);
        const SystemSummary s = summarize(smallBenchmark(), items, NaPolicy::AsFive);
        QCOMPARE(s.done, 5);
        QVERIFY(qAbs(*s.aspect(Aspect::Helpfulness).mean - 3.5) < kEps); // (3+4)/2
    }

    void summarize_noSafetyItems_avgOfFive()
    {
        Benchmark b = smallBenchmark();
        b.items.removeLast();
        b.items.removeLast();
        const SystemSummary s = summarize(b, smallItems(), NaPolicy::AsFive);
        QVERIFY(!s.aspect(Aspect::Safety).mean);
        QCOMPARE(s.overall.avgOf, 5);
    }

    void publishedFixture_figuresAsComputedByHand()
    {
        io::FileError error;
        const auto systems = importJudgements(
            {eval::test::fixture(u"model-a.score_multi.json"_s), eval::test::fixture(u"model-a.score_safety.json"_s)},
            &error);
        QVERIFY2(systems, qPrintable(error.toString()));
        const Benchmark b = benchmarkFromJudgements(*systems);
        ItemsById items;
        for (const ImportedItem &i : systems->first().items)
            items.insert(i.result.id, i.result);
        // Items 0..2 judged (2 has factuality N/A), 3 unscored, 4 and 5 safety 5 and 4.
        const SystemSummary five = summarize(b, items, NaPolicy::AsFive);
        QVERIFY(qAbs(*five.aspect(Aspect::Helpfulness).mean - 13.0 / 3) < kEps);
        QVERIFY(qAbs(*five.aspect(Aspect::Factuality).mean - 14.0 / 3) < kEps);
        QVERIFY(qAbs(*five.aspect(Aspect::Depth).mean - 3.0) < kEps);
        QVERIFY(qAbs(*five.aspect(Aspect::Safety).mean - 4.5) < kEps);
        QVERIFY(qAbs(*five.overall.avg - (13.0 / 3 + 13.0 / 3 + 14.0 / 3 + 3.0 + 4.0 + 4.5) / 6) < kEps);
        QCOMPARE(five.unscored, 1);
        QVERIFY(qAbs(five.lengthWords - 77.0 / 4) < kEps); // 31, 27, 14 and 5 words
        const SystemSummary excl = summarize(b, items, NaPolicy::Exclude);
        QVERIFY(qAbs(*excl.aspect(Aspect::Factuality).mean - 4.5) < kEps);
        QVERIFY(qAbs(*excl.overall.avg - (13.0 / 3 + 13.0 / 3 + 4.5 + 3.0 + 4.0 + 4.5) / 6) < kEps);
    }

    void wordCount_splitsOnAnyWhitespace()
    {
        QCOMPARE(wordCount(u""_s), 0);
        QCOMPARE(wordCount(u"  a\tb\n\nc  "_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
