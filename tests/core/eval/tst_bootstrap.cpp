// SPDX-License-Identifier: GPL-3.0-or-later
// Bootstrap intervals (seeded and deterministic) and paired comparisons (differences, their
// intervals, wins/ties/losses) against figures worked out by hand.
#include "eval/analysis.h"
#include "eval/bootstrap.h"

#include "evaltestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo::eval;
using drpo::eval::test::item;
using drpo::eval::test::judged;
using drpo::eval::test::unscored;

namespace {

constexpr double kEps = 1e-9;

Benchmark bench(int regular, int safety)
{
    Benchmark b;
    for (int i = 0; i < regular; ++i)
        b.items.push_back(item(u"r%1"_s.arg(i), u"regular"_s));
    for (int i = 0; i < safety; ++i)
        b.items.push_back(item(u"s%1"_s.arg(i), u"safety"_s));
    return b;
}

// Scores that vary with the item, so intervals have some width.
ItemsById varied(const Benchmark &b, int offset)
{
    ItemsById items;
    int k = 0;
    for (const BenchmarkItem &i : b.items) {
        const int base = 1 + (k * 7 + offset) % 5;
        items.insert(i.id,
            i.isSafety() ? judged(i.id, {base}, true) : judged(i.id, {base, 1 + (k + offset) % 5, 5, base, 3}, false));
        ++k;
    }
    return items;
}

} // namespace

class TestBootstrap : public QObject {
    Q_OBJECT

private slots:
    void addIntervals_sameSeed_sameIntervals_otherSeed_differs()
    {
        const Benchmark b = bench(40, 10);
        const ItemsById items = varied(b, 0);
        SystemSummary one = summarize(b, items, NaPolicy::AsFive);
        SystemSummary two = one;
        SystemSummary other = one;
        addIntervals(one, b, items, NaPolicy::AsFive, {1000, 7, 0.95});
        addIntervals(two, b, items, NaPolicy::AsFive, {1000, 7, 0.95});
        addIntervals(other, b, items, NaPolicy::AsFive, {1000, 8, 0.95});
        QCOMPARE(*one.avgInterval, *two.avgInterval);
        QCOMPARE(*one.aspect(Aspect::Helpfulness).interval, *two.aspect(Aspect::Helpfulness).interval);
        QVERIFY(*one.avgInterval != *other.avgInterval);
    }

    void addIntervals_containTheMean_andNarrowWithMoreItems()
    {
        const Benchmark small = bench(20, 5);
        const Benchmark large = bench(400, 100);
        SystemSummary s = summarize(small, varied(small, 1), NaPolicy::AsFive);
        SystemSummary l = summarize(large, varied(large, 1), NaPolicy::AsFive);
        addIntervals(s, small, varied(small, 1), NaPolicy::AsFive, {});
        addIntervals(l, large, varied(large, 1), NaPolicy::AsFive, {});
        for (Aspect a : kAllAspects) {
            const AspectStats &st = s.aspect(a);
            QVERIFY(st.interval->low <= *st.mean + kEps && *st.mean <= st.interval->high + kEps);
        }
        QVERIFY(s.avgInterval->low <= *s.overall.avg && *s.overall.avg <= s.avgInterval->high);
        const double smallWidth = s.avgInterval->high - s.avgInterval->low;
        const double largeWidth = l.avgInterval->high - l.avgInterval->low;
        QVERIFY2(largeWidth < smallWidth / 2, qPrintable(u"%1 vs %2"_s.arg(largeWidth).arg(smallWidth)));
        // Factuality is always 5: nothing to vary, the interval is the point.
        QCOMPARE(*s.aspect(Aspect::Factuality).interval, (Interval{5.0, 5.0}));
    }

    void addIntervals_unscoredAndPending_notResampled()
    {
        const Benchmark b = bench(4, 0);
        ItemsById items;
        items.insert(u"r0"_s, judged(u"r0"_s, {4, 4, 4, 4, 4}));
        items.insert(u"r1"_s, judged(u"r1"_s, {4, 4, 4, 4, 4}));
        items.insert(u"r2"_s, unscored(u"r2"_s));
        SystemSummary s = summarize(b, items, NaPolicy::AsFive);
        addIntervals(s, b, items, NaPolicy::AsFive, {200, 1, 0.95});
        QCOMPARE(*s.avgInterval, (Interval{4.0, 4.0}));
    }

    void comparePaired_handComputed_diffsAndWinTieLoss()
    {
        // Three regular items, one safety item.
        const Benchmark b = bench(3, 1);
        ItemsById a;
        ItemsById c;
        a.insert(u"r0"_s, judged(u"r0"_s, {5, 4, 0, 3, 4}));
        a.insert(u"r1"_s, judged(u"r1"_s, {4, 4, 4, 4, 4}));
        a.insert(u"r2"_s, judged(u"r2"_s, {3, 3, 3, 3, 3}));
        a.insert(u"s0"_s, judged(u"s0"_s, {5}, true));
        c.insert(u"r0"_s, judged(u"r0"_s, {3, 4, 4, 3, 5}));
        c.insert(u"r1"_s, judged(u"r1"_s, {4, 2, 4, 5, 4}));
        c.insert(u"r2"_s, unscored(u"r2"_s)); // not a pair
        c.insert(u"s0"_s, judged(u"s0"_s, {1}, true));
        const PairedComparison p = comparePaired(u"A"_s, a, u"C"_s, c, b, NaPolicy::AsFive, {500, 3, 0.95});
        QCOMPARE(p.items, 3);
        const AspectDifference &help = p.aspects[int(Aspect::Helpfulness)];
        QCOMPARE(help.pairs, 2);
        QVERIFY(qAbs(*help.diff - 1.0) < kEps); // (5+4)/2 - (3+4)/2
        QCOMPARE(help.wins, 1);
        QCOMPARE(help.ties, 1);
        QCOMPARE(help.losses, 0);
        const AspectDifference &fact = p.aspects[int(Aspect::Factuality)];
        QVERIFY(qAbs(*fact.diff - 0.5) < kEps); // N/A as 5: (5+4)/2 - (4+4)/2
        QCOMPARE(fact.wins, 1);
        const AspectDifference &depth = p.aspects[int(Aspect::Depth)];
        QCOMPARE(depth.losses, 1);
        QVERIFY(qAbs(*depth.diff - (-0.5)) < kEps);
        QVERIFY(qAbs(*p.aspects[int(Aspect::Safety)].diff - 4.0) < kEps);
        // avg(A) - avg(C) on the common items: aspect differences 1, 1, 0.5, -0.5, -0.5, 4.
        QVERIFY(qAbs(*p.avgDiff - (1 + 1 + 0.5 - 0.5 - 0.5 + 4) / 6.0) < kEps);
        QVERIFY(p.avgInterval->low <= *p.avgDiff && *p.avgDiff <= p.avgInterval->high);
        // The safety stratum has one item: every resample keeps it, so its difference never varies.
        QCOMPARE(*p.aspects[int(Aspect::Safety)].interval, (Interval{4.0, 4.0}));

        const PairedComparison excluded = comparePaired(u"A"_s, a, u"C"_s, c, b, NaPolicy::Exclude, {});
        QCOMPARE(excluded.aspects[int(Aspect::Factuality)].pairs, 1); // r0's N/A pairs with nothing
        QVERIFY(qAbs(*excluded.aspects[int(Aspect::Factuality)].diff) < kEps);
    }

    void comparePaired_identicalSystems_zeroWidthZeroDiff()
    {
        const Benchmark b = bench(30, 6);
        const ItemsById items = varied(b, 2);
        const PairedComparison p = comparePaired(u"A"_s, items, u"B"_s, items, b, NaPolicy::AsFive, {});
        QCOMPARE(*p.avgDiff, 0.0);
        QCOMPARE(*p.avgInterval, (Interval{0.0, 0.0}));
        QCOMPARE(p.aspects[int(Aspect::Clarity)].ties, 30);
    }

    void analyze_allPairs_inListOrder()
    {
        EvalResults r;
        r.benchmark = bench(10, 2);
        for (int s = 0; s < 3; ++s) {
            SystemResult sys;
            sys.spec.name = u"S%1"_s.arg(s);
            sys.items = varied(r.benchmark, s);
            r.systems.push_back(sys);
        }
        const Analysis a = analyze(r);
        QCOMPARE(a.summaries.size(), 3);
        QCOMPARE(a.comparisons.size(), 3);
        QVERIFY(a.comparison(u"S2"_s, u"S0"_s)); // each system against those listed before it
        QVERIFY(a.comparison(u"S2"_s, u"S1"_s));
        QVERIFY(!a.comparison(u"S0"_s, u"S2"_s));
        QCOMPARE(a.comparisons.first().a, u"S1"_s);
        QVERIFY(a.summaries[0].avgInterval);
        QVERIFY(!analyze(r, false).summaries[0].avgInterval); // the saves between batches skip the bootstrap
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "tst_bootstrap.moc"
