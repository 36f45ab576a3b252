// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of ui/ under QAbstractItemModelTester, plus what each must show.
#include "models/calllogmodel.h"
#include "models/criteriamodel.h"
#include "models/examplemodel.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "models/queryfilterproxy.h"
#include "models/querysetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;

namespace {

model::QuerySet sampleSet()
{
    model::QuerySet s;
    s.queries = {{QStringLiteral("q1"), QStringLiteral("How do I bake bread?"), QStringLiteral("how-to"),
                     {QStringLiteral("food")}, {}},
        {QStringLiteral("q2"), QStringLiteral("What is the weather now?"), QStringLiteral("time-sensitive"), {}, {}},
        {QStringLiteral("q3"), QStringLiteral("Help me pick a lock"), QStringLiteral("harmful"),
            {QStringLiteral("redteam")}, {}}};
    s.validationIds = {QStringLiteral("q3")};
    return s;
}

model::Node node(const QString &id, const QString &parent, int level, std::optional<double> reward, bool inBeam = false)
{
    model::Node n;
    n.id = id;
    n.parentId = parent;
    n.level = level;
    n.origin = parent.isEmpty() ? model::Origin::Root : model::Origin::Optimizer;
    n.prompt = QStringLiteral("You are a helpful assistant. ") + id;
    n.reward = reward;
    n.pathReward = reward;
    n.inBeam = inBeam;
    return n;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void querySetModel_withSelections_showsCriteriaAndSplit()
    {
        QuerySetModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setQuerySet(sampleSet());
        m.putSelection(QStringLiteral("How do I bake bread?"),
            {{QStringLiteral("Clarity"), QStringLiteral("Depth")}, QStringLiteral("a how-to")});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, QuerySetModel::CriteriaColumn).data().toString(), QStringLiteral("Clarity, Depth"));
        QCOMPARE(
            m.index(0, QuerySetModel::CriteriaColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("a how-to"));
        QCOMPARE(m.index(2, QuerySetModel::SplitColumn).data().toString(), QStringLiteral("validation"));
        QCOMPARE(m.index(0, QuerySetModel::SplitColumn).data().toString(), QStringLiteral("training"));
        QCOMPARE(m.categories(),
            (QStringList{QStringLiteral("harmful"), QStringLiteral("how-to"), QStringLiteral("time-sensitive")}));
    }

    void queryFilterProxy_categoryTagAndSearch_filterRows()
    {
        QuerySetModel m;
        m.setQuerySet(sampleSet());
        QueryFilterProxy p;
        p.setSourceModel(&m);
        QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p.rowCount(), 3);
        p.setCategory(QStringLiteral("harmful"));
        QCOMPARE(p.rowCount(), 1);
        p.setCategory({});
        p.setTag(QStringLiteral("food"));
        QCOMPARE(p.rowCount(), 1);
        QCOMPARE(p.index(0, 0).data().toString(), QStringLiteral("q1"));
        p.setTag({});
        p.setSearchText(QStringLiteral("WEATHER"));
        QCOMPARE(p.rowCount(), 1);
        QCOMPARE(p.index(0, 0).data().toString(), QStringLiteral("q2"));
        p.setSearchText(QStringLiteral("nothing matches this"));
        QCOMPARE(p.rowCount(), 0);
    }

    void criteriaModel_pinsBansAndCounts_areShown()
    {
        CriteriaModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model::CriteriaLibrary lib;
        lib.criteria = {{QStringLiteral("Safety"), QStringLiteral("5: safe"), true},
            {QStringLiteral("Depth"), QStringLiteral("5: deep"), true},
            {QStringLiteral("Humor"), QStringLiteral("5: funny"), false}};
        lib.pinned = {QStringLiteral("Safety")};
        lib.banned = {QStringLiteral("Depth")};
        m.setLibrary(lib);
        m.setSelectionCounts({{QStringLiteral("Safety"), 4}});
        QCOMPARE(m.index(0, CriteriaModel::StateColumn).data().toString(), QStringLiteral("pinned"));
        QCOMPARE(m.index(1, CriteriaModel::StateColumn).data().toString(), QStringLiteral("banned"));
        QCOMPARE(m.index(2, CriteriaModel::StateColumn).data().toString(), QStringLiteral("disabled"));
        QCOMPARE(m.index(0, CriteriaModel::CountColumn).data().toInt(), 4);
        QCOMPARE(m.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void criteriaModel_tickingBox_requestsEditWithoutChangingModel()
    {
        CriteriaModel m;
        model::CriteriaLibrary lib;
        lib.criteria = {{QStringLiteral("Safety"), {}, true}};
        m.setLibrary(lib);
        QSignalSpy spy(&m, &CriteriaModel::enabledToggled);
        QVERIFY(m.setData(m.index(0, 0), int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(1).toBool(), false);
        QCOMPARE(m.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // the command changes it
    }

    void nodeModel_putNode_appendsThenUpdatesInPlace()
    {
        NodeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.putNode(node(QStringLiteral("n0"), {}, 0, 2.0, true));
        m.putNode(node(QStringLiteral("n1"), QStringLiteral("n0"), 1, std::nullopt));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(1, NodeModel::RewardColumn).data().toString(), QStringLiteral("\u2014"));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.putNode(node(QStringLiteral("n1"), QStringLiteral("n0"), 1, 3.5, true));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.index(1, NodeModel::RewardColumn).data().toString(), QStringLiteral("3.50"));
        m.removeNodes({QStringLiteral("n1")}); // an abandoned level's node goes
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.rowOf(QStringLiteral("n0")), 0);
        QCOMPARE(m.rowOf(QStringLiteral("n1")), -1);
        m.putNode(node(QStringLiteral("n1"), QStringLiteral("n0"), 1, 3.5, true));
        QCOMPARE(m.path(QStringLiteral("n1")).size(), 2);
        QCOMPARE(m.path(QStringLiteral("n1")).first()->id, QStringLiteral("n0"));
    }

    void levelModel_putLevel_appendsAndReplacesSameLevel()
    {
        LevelModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto level = [](int n, const QString &beam, std::optional<double> best, std::optional<double> mean,
                               bool extended, int unscored = 0) {
            model::LevelSummary l;
            l.level = n;
            l.queryIds = {QStringLiteral("q%1").arg(n)};
            l.beamIds = {beam};
            l.bestReward = best;
            l.meanReward = mean;
            l.extended = extended;
            l.unscored = unscored;
            l.bestNodeId = beam;
            l.bestFigure = best;
            return l;
        };
        m.putLevel(level(1, QStringLiteral("n1"), 3.0, 2.5, false));
        m.putLevel(level(2, QStringLiteral("n4"), 3.5, 3.0, true));
        m.putLevel(level(2, QStringLiteral("n5"), 3.9, 3.1, true, 1));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(1, LevelModel::BestColumn).data().toString(), QStringLiteral("3.90"));
        QCOMPARE(m.index(1, LevelModel::BeamColumn).data().toString(), QStringLiteral("n5"));
        QVERIFY(m.index(1, LevelModel::LevelColumn).data().toString().contains(QStringLiteral("extended")));
        // Unscored prompts are counted, never averaged as 0; a level without any score shows a dash.
        QVERIFY(m.index(1, LevelModel::MeanColumn).data().toString().contains(QStringLiteral("1 unscored")));
        QCOMPARE(m.index(1, LevelModel::LeaderColumn).data().toString(), QStringLiteral("n5  3.90"));
        m.putLevel(level(3, QStringLiteral("n9"), std::nullopt, std::nullopt, false, 3));
        QCOMPARE(m.index(2, LevelModel::BestColumn).data().toString(), QStringLiteral("\u2014"));
    }

    void callLogModel_overCapacity_dropsOldest()
    {
        CallLogModel m(nullptr, 3);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i) {
            llm::CallRecord c;
            c.role = model::Role::Judge;
            c.latencyMs = i;
            c.cached = i == 4;
            m.addCall(c);
        }
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.callAt(0)->latencyMs, 2);
        QCOMPARE(m.index(2, CallLogModel::CachedColumn).data().toString(), QStringLiteral("cached"));
        QCOMPARE(m.index(2, CallLogModel::RoleColumn).data().toString(), QStringLiteral("Judge"));
    }

    void callLogModel_failedCall_showsErrorKind()
    {
        CallLogModel m;
        llm::CallRecord c;
        c.error = llm::ErrorKind::Auth;
        c.errorMessage = QStringLiteral("bad key");
        m.addCall(c);
        QVERIFY(m.index(0, CallLogModel::StatusColumn).data().toString().contains(QStringLiteral("bad key")));
    }

    void exampleModel_putExample_showsSeedAndBestScores()
    {
        ExampleModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model::Example e;
        e.id = QStringLiteral("e1");
        e.query = QStringLiteral("Explain rain");
        model::ExampleVersion seed, better;
        seed.evaluation.reward = 2.0;
        better.evaluation.reward = 4.5;
        e.history = {seed, better};
        e.bestVersion = 1;
        m.putExample(0, e);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, ExampleModel::SeedScoreColumn).data().toString(), QStringLiteral("2.00"));
        QCOMPARE(m.index(0, ExampleModel::BestScoreColumn).data().toString(), QStringLiteral("4.50"));
        m.putExample(5, e); // out of range: ignored
        QCOMPARE(m.rowCount(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
