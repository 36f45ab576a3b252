// SPDX-License-Identifier: GPL-3.0-or-later
// JSON round trips of the run record and the project, and their format checks.
#include "model/project.h"
#include "model/runrecord.h"

#include <QTest>

#include "testfiles.h"

using namespace Qt::Literals::StringLiterals;
using drpo::model::Json;
namespace m = drpo::model;

namespace {

m::RunInput sampleInput()
{
    m::RunInput in;
    in.queries.name = u"train"_s;
    in.queries.queries = {m::Query{u"q1"_s, u"How do I bake bread?"_s, u"regular"_s, {}, {}},
        m::Query{u"q2"_s, u"How to hurt someone?"_s, u"harmful"_s, {u"mal"_s}, {}}};
    in.criteria.criteria = {{u"Helpfulness"_s, u"helps"_s, true}, {u"Safety"_s, u"safe"_s, true}};
    in.seedExamples = {m::Example{u"e1"_s, u"q"_s, u"a"_s, {}, {}, -1}};
    in.settings.depth = 3;
    in.settings.beamWidth = 2;
    return in;
}

m::Node node(const QString &id, const QString &parent, int level, double reward)
{
    m::Node n;
    n.id = id;
    n.parentId = parent;
    n.level = level;
    n.origin = parent.isEmpty() ? m::Origin::Root : m::Origin::Optimizer;
    n.prompt = u"prompt of "_s + id;
    n.reward = reward;
    n.inBeam = true;
    return n;
}

m::RunRecord sampleRecord()
{
    m::RunRecord r;
    r.id = u"run-20261127-0510"_s;
    r.created = u"2026-11-27T05:10:00Z"_s;
    r.updated = u"2026-11-27T05:12:30Z"_s;
    r.provider = u"sim"_s;
    r.retrieval = u"embeddings (sim)"_s;
    r.status = m::RunState::Paused;
    r.input = sampleInput();
    r.stage1Done = true;
    r.examples = r.input.seedExamples;
    r.selections.insert(u"How do I bake bread?"_s, m::Selection{{u"Helpfulness"_s}, u"a how-to"_s});
    r.nodes = {node(u"n0"_s, {}, 0, 3.0), node(u"n1"_s, u"n0"_s, 1, 3.5), node(u"n2"_s, u"n1"_s, 2, 4.0),
        node(u"n3"_s, u"n0"_s, 1, 2.5)};
    r.levels = {m::LevelSummary{1, {u"q1"_s}, {u"n1"_s}, 3.5, 3.0, 1, false, u"n1"_s, 3.5}};
    r.depthLimit = 3;
    r.rootReward = 3.0;
    r.bestReward = 4.0;
    r.bestNodeId = u"n2"_s;
    r.profile.systemPrompt = u"prompt of n2"_s;
    r.usageByRole.insert(u"judge"_s, m::Usage{4, 100, 50, 1, 0.01});
    r.usageByRole.insert(u"base"_s, m::Usage{2, 10, 5, 0, 0.0});
    return r;
}

QStringList ids(const QList<const m::Node *> &nodes)
{
    QStringList out;
    for (const m::Node *n : nodes)
        out.push_back(n->id);
    return out;
}

} // namespace

class TestRunRecordJson : public QObject {
    Q_OBJECT

private slots:
    void runRecordRoundTrip_allFields_sameJson()
    {
        const m::RunRecord r = sampleRecord();
        const Json j = r;
        const m::RunRecord back = Json::parse(j.dump()).get<m::RunRecord>();
        QCOMPARE_JSON(Json(back), j);
        QCOMPARE(back.status, m::RunState::Paused);
        QCOMPARE(back.input, r.input);
        QCOMPARE(back.retrieval, r.retrieval);
        QCOMPARE(back.selections, r.selections);
        QCOMPARE(back.nodes, r.nodes);
        QCOMPARE(back.levels, r.levels);
        QCOMPARE(back.usageByRole, r.usageByRole);
        QCOMPARE(back.profile, r.profile);
        QCOMPARE(j.at("best_prompt").get<QString>(), QStringLiteral("prompt of n2"));
        QCOMPARE(j.at("total_usage").at("calls").get<int>(), 6);
    }

    void runRecordFromJson_oldModelsSection_loadsWithoutEmbedder()
    {
        // Run files written before the embedder and the provider settings: no such keys.
        m::RunRecord r = sampleRecord();
        r.input.models.base.kind = u"openai"_s;
        r.input.models.base.model = u"m"_s;
        Json j = r;
        Json &models = j.at("input").at("models");
        QVERIFY(models.contains("embedder") && models.contains("provider"));
        models.erase("embedder");
        models.erase("provider");
        j.erase("retrieval");
        const m::RunRecord back = Json::parse(j.dump()).get<m::RunRecord>();
        QCOMPARE(back.input, r.input); // the defaults are exactly what was not written
        QVERIFY(back.retrieval.isEmpty());
        QVERIFY(!back.input.models.hasEmbedder());
        QCOMPARE(back.input.models.provider.cache, m::CacheMode::Auto);
    }

    void runRecordPath_deepNode_listsRootFirst()
    {
        const m::RunRecord r = sampleRecord();
        QCOMPARE(ids(r.path(u"n2"_s)), (QStringList{u"n0"_s, u"n1"_s, u"n2"_s}));
        QCOMPARE(ids(r.path(u"n3"_s)), (QStringList{u"n0"_s, u"n3"_s}));
        QCOMPARE(ids(r.path(u"n0"_s)), QStringList{u"n0"_s});
        QVERIFY(r.path(u"missing"_s).isEmpty());
    }

    void runRecordPath_parentCycle_terminates()
    {
        m::RunRecord r;
        r.nodes = {node(u"a"_s, u"b"_s, 1, 1), node(u"b"_s, u"a"_s, 1, 1)};
        QVERIFY(r.path(u"a"_s).size() <= 3);
    }

    void runRecordTotalUsage_sumsRoles() { QCOMPARE(sampleRecord().totalUsage(), (m::Usage{6, 110, 55, 1, 0.01})); }

    void runRecordFromJson_wrongFormat_throws()
    {
        Json j = sampleRecord();
        j["format"] = "drpo-project";
        QVERIFY_THROWS_EXCEPTION(std::exception, j.get<m::RunRecord>());
        j.erase("format");
        QVERIFY_THROWS_EXCEPTION(std::exception, j.get<m::RunRecord>());
    }

    void runRecordFromJson_newerFormatVersion_throwsSayingNewer()
    {
        Json j = sampleRecord();
        j["format_version"] = m::RunRecord::kFormatVersion + 1;
        try {
            (void)j.get<m::RunRecord>();
            QFAIL("expected an exception");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"newer"), e.what());
        }
    }

    void runStateNames_roundTrip()
    {
        for (m::RunState s : {m::RunState::Idle, m::RunState::Running, m::RunState::Paused, m::RunState::Stopping,
                 m::RunState::Stopped, m::RunState::Finished, m::RunState::Failed})
            QCOMPARE(m::runStateFromName(m::runStateName(s)), s);
        for (m::BestMeasure b : {m::BestMeasure::PathMean, m::BestMeasure::LastReward, m::BestMeasure::Validation})
            QCOMPARE(m::bestMeasureFromName(m::bestMeasureName(b)), b);
    }

    void projectRoundTrip_withRun_sameJson()
    {
        m::Project p;
        p.name = u"Demo"_s;
        p.description = u"a project"_s;
        p.simulated = true;
        const m::RunInput in = sampleInput();
        p.queries = in.queries;
        p.criteria = in.criteria;
        p.seedExamples = in.seedExamples;
        p.settings = in.settings;
        p.models.simLatencyMs = 5;
        p.runs = {sampleRecord()};
        const Json j = p;
        QCOMPARE(j.at("format").get<QString>(), QStringLiteral("drpo-project"));
        const m::Project back = Json::parse(j.dump()).get<m::Project>();
        QCOMPARE_JSON(Json(back), j);
        QCOMPARE(back.runInput(), p.runInput());
        QCOMPARE(back.runs.size(), 1);
    }

    void projectFromJson_newerFormatVersion_throws()
    {
        Json j = m::Project{};
        j["format_version"] = m::Project::kFormatVersion + 1;
        QVERIFY_THROWS_EXCEPTION(std::exception, j.get<m::Project>());
        j = m::Project{};
        j["format"] = "something-else";
        QVERIFY_THROWS_EXCEPTION(std::exception, j.get<m::Project>());
    }
};

QTEST_GUILESS_MAIN(TestRunRecordJson)
#include "tst_runrecordjson.moc"
