// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetestutil.h"

#include "llm/costforecast.h"

#include <QTest>

using namespace drpo;
using model::Role;

// Stage-2 behaviour on the simulated world: call counts against the design's formulas,
// the skip rule, determinism and the demo's story.
class TestPromptSearch : public QObject {
    Q_OBJECT
private:
    static model::RunInput promptOnly(int w, int a, int d, int b)
    {
        model::RunInput in = test::demoInput();
        in.queries.validationIds.clear();
        in.settings.stages = model::Stages::Prompt;
        in.settings.beamWidth = w;
        in.settings.actions = a;
        in.settings.depth = d;
        in.settings.batchSize = b;
        in.settings.dedup = false;
        in.settings.skipThreshold = 5.1; // never carry: the plain formula
        in.settings.criteriaMode = model::CriteriaMode::Static;
        return in;
    }

private slots:
    void beam_callCounts_matchFormula_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("b");
        QTest::newRow("reference W2 A3 D4 b1") << 2 << 3 << 4 << 1;
        QTest::newRow("wide W3 A2 D3 b2") << 3 << 2 << 3 << 2;
        QTest::newRow("greedy-shaped W1 A3 D5 b1") << 1 << 3 << 5 << 1;
    }

    void beam_callCounts_matchFormula()
    {
        QFETCH(int, w);
        QFETCH(int, a);
        QFETCH(int, d);
        QFETCH(int, b);
        const model::RunRecord r = test::runToEnd(promptOnly(w, a, d, b));
        QCOMPARE(r.status, model::RunState::Finished);
        // Level 1 expands the root alone; each later level expands a beam of min(W, A*beam) nodes.
        qint64 optimizer = 0, children = 0;
        int beam = 1;
        for (int level = 1; level <= d; ++level) {
            optimizer += beam;
            children += qint64(beam) * a;
            beam = qMin(w, beam * a);
        }
        QCOMPARE(test::calls(r, Role::Optimizer), optimizer);
        QCOMPARE(test::calls(r, Role::Base), qint64(b) + children * b);
        QCOMPARE(test::calls(r, Role::Judge), qint64(b) + children * b); // sim verdicts always parse
        QCOMPARE(test::calls(r, Role::Selector), qint64(0));             // static criteria
        QCOMPARE(r.levels.size(), d + 1);
        QCOMPARE(r.nodes.size(), 1 + children);
        for (const model::LevelSummary &l : r.levels)
            QVERIFY(l.beamIds.size() <= w);
    }

    void simEmbedder_run_embedsOnceAsForecastAndRetrievesByEmbeddings()
    {
        model::RunInput in = promptOnly(2, 3, 3, 1);
        model::RunInput plain = in;
        in.models.embedder.kind = QStringLiteral("sim");
        const model::RunRecord r = test::runToEnd(in);
        QCOMPARE(r.status, model::RunState::Finished);
        QVERIFY2(r.retrieval == u"embeddings (sim)", qPrintable(r.retrieval));
        const llm::CostForecast f =
            llm::forecast(in.models, in.settings, int(in.queries.queries.size()), int(in.seedExamples.size()));
        QCOMPARE(test::calls(r, Role::Embedder), f.byRole.value(Role::Embedder).calls);
        QVERIFY(test::calls(r, Role::Embedder) >= 1);
        // Deterministic like everything in the simulated world.
        QCOMPARE(test::replayFingerprint(test::runToEnd(in)), test::replayFingerprint(r));
        const model::RunRecord bm25 = test::runToEnd(plain);
        QVERIFY2(bm25.retrieval == u"bm25", qPrintable(bm25.retrieval));
        QCOMPARE(test::calls(bm25, Role::Embedder), qint64(0));
        QVERIFY(!f.byRole.isEmpty() &&
            !llm::forecast(plain.models, plain.settings, 45, 10).byRole.contains(Role::Embedder));
    }

    void dynamicCriteria_selectorCalledOncePerDistinctQuery()
    {
        model::RunInput in = promptOnly(2, 3, 3, 2);
        in.settings.criteriaMode = model::CriteriaMode::Dynamic;
        const model::RunRecord r = test::runToEnd(in);
        QSet<QString> distinct;
        for (const model::LevelSummary &l : r.levels)
            for (const QString &id : l.queryIds)
                distinct.insert(id);
        QCOMPARE(test::calls(r, Role::Selector), qint64(distinct.size()));
        QCOMPARE(r.selections.size(), distinct.size());
        for (const model::Selection &s : r.selections)
            QVERIFY(s.criteria.size() >= in.settings.minCriteria && s.criteria.size() <= in.settings.maxCriteria);
    }

    void skipRule_highReward_carriesAndExtendsDepth()
    {
        model::RunInput in = promptOnly(2, 3, 2, 1);
        in.settings.skipThreshold = 0.5; // every scored node counts as good enough
        in.settings.maxExtension = 3;
        const model::RunRecord r = test::runToEnd(in);
        QCOMPARE(test::calls(r, Role::Optimizer), qint64(0));
        QCOMPARE(r.depthLimit, 2 + 3);
        QCOMPARE(r.levels.last().level, 5);
        int extended = 0;
        for (const model::LevelSummary &l : r.levels)
            extended += l.extended ? 1 : 0;
        QCOMPARE(extended, 3);
        for (const model::Node &n : r.nodes)
            if (n.level > 0) {
                QCOMPARE(n.origin, model::Origin::Carried);
                QCOMPARE(n.prompt, in.settings.rootPrompt);
            }
    }

    void rootLevel_root_hasItsRewardAsPathMean()
    {
        // The root's path is itself; without a path mean it would rank below every child
        // (Monte Carlo) and read as "not scored" in the tree and the inspector.
        const model::RunRecord r = test::runToEnd(promptOnly(2, 2, 1, 1));
        const model::Node *root = r.node(r.path(r.bestNodeId).first()->id);
        QVERIFY(root && root->reward);
        QVERIFY(root->pathReward);
        QCOMPARE(*root->pathReward, *root->reward);
    }

    void determinism_sameSeed_identicalRecord()
    {
        model::RunInput in = test::demoInput();
        in.settings.depth = 6;
        in.settings.stage1Rounds = 2;
        const model::RunRecord a = test::runToEnd(in);
        const model::RunRecord b = test::runToEnd(in);
        QCOMPARE(test::replayFingerprint(a), test::replayFingerprint(b));
        in.settings.seed = 7;
        const model::RunRecord c = test::runToEnd(in);
        QVERIFY(test::replayFingerprint(a) != test::replayFingerprint(c));
    }

    void demo_fullReferenceRun_bestClearlyBeatsRoot()
    {
        const model::RunRecord r = test::runToEnd(test::demoInput());
        QCOMPARE(r.status, model::RunState::Finished);
        QVERIFY(r.rootReward && r.bestReward);
        qInfo("root %.2f best %.2f", *r.rootReward, *r.bestReward);
        QVERIFY2(*r.bestReward >= *r.rootReward + 1.0, "the optimized prompt should beat the root by a clear margin");
        QVERIFY(r.node(r.bestNodeId)->validationReward.has_value());
        QCOMPARE(r.profile.systemPrompt, r.node(r.bestNodeId)->prompt);
        QVERIFY(r.profile.simulated);
        QCOMPARE(r.profile.examples.size(), r.input.seedExamples.size());
        // Stage 1 kept a history per example and never made an example worse than its seed.
        for (const model::Example &e : r.examples) {
            QVERIFY(!e.history.isEmpty());
            QVERIFY(*e.history[e.bestVersion].evaluation.reward >= *e.history.first().evaluation.reward);
        }
    }

    void greedyAndMonteCarlo_finishWithOneBestPath()
    {
        for (const auto strategy : {model::SearchStrategy::Greedy, model::SearchStrategy::MonteCarlo}) {
            model::RunInput in = promptOnly(2, 3, 4, 1);
            in.settings.strategy = strategy;
            const model::RunRecord r = test::runToEnd(in);
            QCOMPARE(r.status, model::RunState::Finished);
            QVERIFY(!r.bestNodeId.isEmpty());
            if (strategy == model::SearchStrategy::Greedy)
                for (const model::LevelSummary &l : r.levels)
                    QCOMPARE(l.beamIds.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPromptSearch)
#include "tst_promptsearch.moc"
