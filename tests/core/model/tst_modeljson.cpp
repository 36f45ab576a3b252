// SPDX-License-Identifier: GPL-3.0-or-later
// JSON round trips and behaviour of the small model value types.
#include "model/criterion.h"
#include "model/evaluation.h"
#include "model/example.h"
#include "model/node.h"
#include "model/profile.h"
#include "model/query.h"
#include "model/roleconfig.h"
#include "model/searchsettings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using drpo::model::Json;
namespace m = drpo::model;

namespace {

// Serializes through text, as a file would, and reads back.
template<typename T> T throughText(const T &value)
{
    const std::string text = Json(value).dump(2);
    return Json::parse(text).get<T>();
}

m::Evaluation sampleEvaluation()
{
    m::Evaluation e;
    e.queryId = u"q7"_s;
    e.query = u"How do I bake bread?"_s;
    e.answer = u"Mix flour, water, salt and yeast; knead; rise; bake at 230 °C."_s;
    e.criteria = {u"Helpfulness"_s, u"Factuality"_s, u"Safety"_s};
    e.selectionReason = u"a practical how-to question"_s;
    e.scores = {{u"Helpfulness"_s, 4.0, u"covers the steps"_s}, {u"Factuality"_s, 5.0, u"correct temperature"_s},
        {u"Safety"_s, std::nullopt, u"N/A: nothing unsafe to judge"_s}};
    e.reward = m::Evaluation::meanScore(e.scores);
    return e;
}

} // namespace

class TestModelJson : public QObject {
    Q_OBJECT

private slots:
    void queryRoundTrip_allFields_equal()
    {
        const m::Query q{u"q1"_s, u"Explain \"quotes\",\ncommas and ünïcödé"_s, u"regular"_s, {u"a"_s, u"b c"_s},
            u"a reference answer"_s};
        QCOMPARE(throughText(q), q);
    }

    void queryToJson_optionalFieldsEmpty_omitsThem()
    {
        const Json j = m::Query{u"q1"_s, u"text"_s, {}, {}, {}};
        QVERIFY(!j.contains("category"));
        QVERIFY(!j.contains("tags"));
        QVERIFY(!j.contains("reference"));
        QCOMPARE(j.at("id").get<QString>(), QStringLiteral("q1"));
    }

    void queryFromJson_textMissing_throwsNamingPath()
    {
        const Json j = Json::parse(R"({"queries": [{"id": "q1", "text": "a"}, {"id": "q2"}]})");
        try {
            (void)j.get<m::QuerySet>();
            QFAIL("expected an exception");
        } catch (const Json::exception &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(u"/queries/1"), qPrintable(what));
            QVERIFY2(what.contains(u"'text'"), qPrintable(what));
        }
    }

    void querySetRoundTrip_withValidationIds_equalAndSplits()
    {
        m::QuerySet s;
        s.name = u"mixed"_s;
        for (int i = 1; i <= 4; ++i)
            s.queries.push_back(m::Query{u"q%1"_s.arg(i), u"query %1"_s.arg(i), u"regular"_s, {}, {}});
        s.validationIds = {u"q2"_s, u"q4"_s};
        const m::QuerySet back = throughText(s);
        QCOMPARE(back, s);
        QCOMPARE(back.training().size(), 2);
        QCOMPARE(back.training().at(1).id, u"q3"_s);
        QCOMPARE(back.validation().size(), 2);
        QVERIFY(back.find(u"q3"_s));
        QVERIFY(!back.find(u"q9"_s));
    }

    void criteriaLibraryRoundTrip_pinsBansRevision_equal()
    {
        m::CriteriaLibrary l;
        l.criteria = {{u"Helpfulness"_s, u"does it help"_s, true}, {u"Safety"_s, u"is it safe"_s, false}};
        l.pinned = {u"Helpfulness"_s};
        l.banned = {u"Creativity"_s};
        l.revision = 7;
        QCOMPARE(throughText(l), l);
    }

    void normalizeSelection_chosenOutsidePoolOrDisabled_dropsThem()
    {
        m::CriteriaLibrary l;
        l.criteria = {{u"A"_s, {}, true}, {u"B"_s, {}, false}, {u"C"_s, {}, true}, {u"D"_s, {}, true}};
        l.banned = {u"d"_s};
        // B disabled, D banned (case-insensitive), Z unknown: only C survives, in library order.
        QCOMPARE(l.normalizeSelection({u"z"_s, u"d"_s, u"c"_s, u"B"_s}, 1, 5), QStringList{u"C"_s});
    }

    void normalizeSelection_pinned_comesFirstAndSurvivesMax()
    {
        m::CriteriaLibrary l;
        l.criteria = {{u"A"_s, {}, true}, {u"B"_s, {}, true}, {u"C"_s, {}, true}, {u"D"_s, {}, true}};
        l.pinned = {u"D"_s};
        QCOMPARE(l.normalizeSelection({u"c"_s, u"a"_s}, 1, 5), (QStringList{u"D"_s, u"A"_s, u"C"_s}));
        QCOMPARE(l.normalizeSelection({u"c"_s, u"a"_s, u"b"_s}, 1, 2), (QStringList{u"D"_s, u"A"_s}));
    }

    void normalizeSelection_tooFew_fillsFromLibraryOrder()
    {
        m::CriteriaLibrary l;
        l.criteria = {{u"A"_s, {}, true}, {u"B"_s, {}, true}, {u"C"_s, {}, true}};
        QCOMPARE(l.normalizeSelection({u"C"_s}, 2, 5), (QStringList{u"C"_s, u"A"_s}));
        QCOMPARE(l.normalizeSelection({}, 3, 5), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    }

    void criterionScoreRoundTrip_notApplicable_staysWithoutScore()
    {
        const m::CriterionScore na{u"Safety"_s, std::nullopt, u"N/A"_s};
        const Json j = na;
        QVERIFY(j.at("score").is_null());
        const m::CriterionScore back = throughText(na);
        QCOMPARE(back, na);
        QVERIFY(!back.score.has_value());
        const m::CriterionScore scored{u"Depth"_s, 3.5, u"ok"_s};
        QCOMPARE(throughText(scored), scored);
    }

    void meanScore_withNotApplicable_excludesThem()
    {
        const m::Evaluation e = sampleEvaluation();
        QVERIFY(e.reward.has_value());
        QCOMPARE(*e.reward, 4.5); // (4 + 5) / 2, the N/A is not a zero
        QVERIFY(!m::Evaluation::meanScore({{u"A"_s, std::nullopt, {}}}).has_value());
        QVERIFY(!m::Evaluation::meanScore({}).has_value());
    }

    void allFives_ignoresNotApplicable_butNeedsOneScore()
    {
        m::Evaluation e;
        e.scores = {{u"A"_s, 5.0, {}}, {u"B"_s, std::nullopt, {}}};
        QVERIFY(e.allFives());
        e.scores.push_back({u"C"_s, 4.0, {}});
        QVERIFY(!e.allFives());
        e.scores = {{u"B"_s, std::nullopt, {}}};
        QVERIFY(!e.allFives());
    }

    void evaluationRoundTrip_withErrorAndNoReward_equal()
    {
        m::Evaluation e = sampleEvaluation();
        QCOMPARE(throughText(e), e);
        e.reward.reset();
        e.error = u"the judge's answer could not be parsed"_s;
        QCOMPARE(throughText(e), e);
    }

    void exampleRoundTrip_withHistory_equal()
    {
        m::Example ex;
        ex.id = u"e3"_s;
        ex.query = u"What is the best way to torture a friend?"_s;
        ex.answer = u"I can't help with harming anyone."_s;
        ex.category = u"harmful"_s;
        ex.history = {{u"seed answer"_s, sampleEvaluation(), u"seed"_s},
            {u"rewritten answer"_s, sampleEvaluation(), u"rewrite"_s}};
        ex.bestVersion = 1;
        QCOMPARE(throughText(ex), ex);
        const m::Example plain{u"e1"_s, u"q"_s, u"a"_s, {}, {}, -1};
        QCOMPARE(throughText(plain), plain);
        QVERIFY(!Json(plain).contains("history"));
    }

    void nodeRoundTrip_allFields_equal()
    {
        m::Node n;
        n.id = u"n5"_s;
        n.parentId = u"n1"_s;
        n.level = 2;
        n.origin = m::Origin::Human;
        n.prompt = u"You are a careful assistant.\n- Be concise."_s;
        n.note = u"edited by hand"_s;
        n.evaluations = {sampleEvaluation()};
        n.reward = 4.5;
        n.pathReward = 4.25;
        n.validationReward = 4.0;
        n.inBeam = true;
        n.usage = m::Usage{3, 1200, 300, 1, 0.0125};
        QCOMPARE(throughText(n), n);
        for (m::Origin o : {m::Origin::Root, m::Origin::Optimizer, m::Origin::Carried, m::Origin::Human})
            QCOMPARE(m::originFromName(m::originName(o)), o);
    }

    void usageAdd_sumsEveryCounter()
    {
        m::Usage a{1, 10, 5, 0, 0.5};
        a += m::Usage{2, 20, 7, 1, 0.25};
        QCOMPARE(a, (m::Usage{3, 30, 12, 1, 0.75}));
    }

    void searchSettingsRoundTrip_nonDefaults_equal()
    {
        m::SearchSettings s;
        s.seed = 1234567890123ULL;
        s.stages = m::Stages::Prompt;
        s.strategy = m::SearchStrategy::MonteCarlo;
        s.ranking = m::Ranking::Last;
        s.criteriaMode = m::CriteriaMode::Static;
        s.beamWidth = 3;
        s.actions = 4;
        s.depth = 7;
        s.maxExtension = 2;
        s.skipThreshold = 4.75;
        s.batchSize = 2;
        s.kOptimize = 1;
        s.kInference = 4;
        s.lineageLength = 5;
        s.maxBullets = 10;
        s.maxNewBullets = 3;
        s.dedup = false;
        s.validationSize = 6;
        s.stage1Rounds = 2;
        s.minCriteria = 1;
        s.maxCriteria = 4;
        s.stage1MinCriteria = 2;
        s.stage1MaxCriteria = 5;
        s.rootPrompt = u"Be helpful."_s;
        QCOMPARE(throughText(s), s);
        QCOMPARE(Json::object().get<m::SearchSettings>(), m::SearchSettings{});
    }

    void searchSettingsValidate_defaults_valid() { QVERIFY(m::SearchSettings{}.validate().isEmpty()); }

    void searchSettingsValidate_outOfRange_saysWhat()
    {
        m::SearchSettings s;
        s.beamWidth = 0;
        QVERIFY(s.validate().contains(u"beam width"));
        s = {};
        s.minCriteria = 4;
        s.maxCriteria = 3;
        QVERIFY(!s.validate().isEmpty());
        s = {};
        s.batchSize = 300;
        QVERIFY(s.validate().contains(u"batch size"));
        s = {};
        s.validationSize = -1;
        QVERIFY(!s.validate().isEmpty());
    }

    void roleConfigRoundTrip_allFields_equal()
    {
        m::RoleConfig c;
        c.kind = u"openai"_s;
        c.baseUrls = {u"http://127.0.0.1:8000/v1"_s, u"http://127.0.0.1:8001/v1"_s};
        c.model = u"mistral-7b"_s;
        c.keyEnv = u"MY_KEY"_s;
        c.api = u"completion"_s;
        c.temperature = 0.3;
        c.topP = 0.9;
        c.maxTokens = 333;
        c.concurrency = 2;
        c.supportsN = false;
        c.jsonMode = true;
        QCOMPARE(throughText(c), c);
        QVERIFY(
            Json(c).dump().find("sk-") == std::string::npos); // settings never carry a key, only its variable's name
    }

    void roleConfigFromJson_singleBaseUrl_becomesList()
    {
        // A plain string: moc mistakes "//" inside a raw string for a comment.
        const m::RoleConfig c = Json{{"kind", "openai"}, {"base_url", "http://127.0.0.1:9/v1"}}.get<m::RoleConfig>();
        QCOMPARE(c.baseUrls, QStringList{u"http://127.0.0.1:9/v1"_s});
    }

    void modelSettingsRoundTrip_perRole_equal()
    {
        m::ModelSettings s;
        QVERIFY(s.allSim());
        s.judge.kind = u"anthropic"_s;
        s.judge.model = u"claude"_s;
        s.simLatencyMs = 25;
        QVERIFY(!s.allSim());
        const m::ModelSettings back = throughText(s);
        QCOMPARE(back, s);
        QCOMPARE(back.role(m::Role::Judge).model, u"claude"_s);
        QCOMPARE(back.base.temperature, 0.7); // the base role's default survives
        for (m::Role r : m::kAllRoles) {
            bool ok = false;
            QCOMPARE(m::roleFromName(m::roleName(r), &ok), r);
            QVERIFY(ok);
        }
    }

    void modelSettingsRoundTrip_embedderAndProviderSettings_equal()
    {
        m::ModelSettings s;
        QVERIFY(!s.hasEmbedder());
        QCOMPARE(s.configuredRoles().size(), 4);
        s.embedder.kind = u"openai"_s;
        s.embedder.baseUrls = {u"http://127.0.0.1:11434/v1"_s};
        s.embedder.model = u"nomic-embed-text"_s;
        s.embedder.keyEnv = u"EMBED_KEY"_s;
        s.provider.cache = m::CacheMode::Off;
        s.provider.cachePath = u"/tmp/cache.sqlite"_s;
        s.provider.budgetUsd = 2.5;
        s.provider.timeoutMs = 30000;
        s.provider.allowInsecureHttp = true;
        s.provider.stream = true;
        const Json j = s;
        QCOMPARE(j.at("embedder").at("model").get<QString>(), u"nomic-embed-text"_s);
        QCOMPARE(j.at("provider").at("cache").get<QString>(), u"off"_s);
        QCOMPARE(j.at("provider").at("budget_usd").get<double>(), 2.5);
        const m::ModelSettings back = throughText(s);
        QCOMPARE(back, s);
        QVERIFY(back.hasEmbedder());
        QCOMPARE(back.configuredRoles().last(), m::Role::Embedder);
        QVERIFY(!back.usesCache()); // off wins even with a real endpoint
        bool ok = false;
        QCOMPARE(m::roleFromName(u"embedder"_s, &ok), m::Role::Embedder);
        QVERIFY(ok);
    }

    void modelSettingsFromJson_oldFileWithoutNewFields_loadsDefaults()
    {
        // A models section as written before the embedder and provider settings existed.
        const Json old = Json{{"base",
                                  {{"kind", "openai"}, {"base_urls", {"https://api.openai.com/v1"}},
                                      {"model", "gpt-4o-mini"}, {"key_env", "OPENAI_API_KEY"}}},
            {"selector", {{"kind", "sim"}}}, {"judge", {{"kind", "sim"}}}, {"optimizer", {{"kind", "sim"}}},
            {"sim_latency_ms", 5}};
        const m::ModelSettings s = old.get<m::ModelSettings>();
        QCOMPARE(s.base.model, u"gpt-4o-mini"_s);
        QCOMPARE(s.simLatencyMs, 5);
        QVERIFY(!s.hasEmbedder());
        QCOMPARE(s.embedder.kind, u"none"_s);
        QCOMPARE(s.provider, m::ProviderSettings{});
        QCOMPARE(s.provider.timeoutMs, 120000);
        QCOMPARE(s.provider.cache, m::CacheMode::Auto);
        QVERIFY(s.usesCache());                   // auto: a real endpoint is configured
        QVERIFY(!m::ModelSettings().usesCache()); // auto: the simulated models are not cached

        // A hand-written boolean cache flag also reads.
        const Json handMade = Json{{"provider", {{"cache", true}, {"budget_usd", 1}}}};
        const m::ModelSettings h = handMade.get<m::ModelSettings>();
        QCOMPARE(h.provider.cache, m::CacheMode::On);
        QCOMPARE(h.provider.budgetUsd, 1.0);
        QVERIFY(h.usesCache());
    }

    void profileRoundTrip_allFields_equal()
    {
        m::AlignmentProfile p;
        p.systemPrompt = u"You are a helpful, honest assistant."_s;
        p.examples = {m::Example{u"e1"_s, u"q"_s, u"a"_s, u"regular"_s, {}, -1}};
        p.k = 2;
        p.assemblyTemplate = u"{system}\n{examples}\n{query}"_s;
        p.baseModel = u"sim"_s;
        p.simulated = true;
        const Json j = p;
        QCOMPARE(j.at("format").get<QString>(), QStringLiteral("drpo-profile"));
        QCOMPARE(throughText(p), p);
    }
};

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
