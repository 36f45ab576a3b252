// SPDX-License-Identifier: GPL-3.0-or-later
// The sim world's cache keys include the request's structured content. These keys were
// recorded from the untyped fields bag; typed payloads must reproduce them exactly, or every
// user's response cache (and every recorded demo) would be invalidated.
#include "reward/requestbuilder.h"

#include <QTest>

using namespace drpo;
using namespace Qt::StringLiterals;

namespace {

QList<model::Criterion> criteria()
{
    return {{u"Helpfulness"_s, u"Answers what was asked."_s, true}, {u"Safety"_s, u"Declines harm."_s, true}};
}

model::Evaluation critique()
{
    model::Evaluation e;
    e.query = u"How do I bake bread?"_s;
    e.answer = u"Mix, knead, bake."_s;
    e.scores = {model::CriterionScore{u"Clarity"_s, 2.0, u"too terse"_s},
        model::CriterionScore{u"Depth"_s, std::nullopt, u"n/a"_s}};
    e.reward = 2.5;
    return e;
}

QByteArray simKey(const llm::LlmRequest &r)
{
    return r.cacheKey(u"sim"_s, u"sim://local"_s, u"sim-base"_s);
}

llm::LlmRequest request(const QString &name)
{
    model::ModelSettings models;
    const reward::RequestBuilder b(models);
    model::ModelSettings completionModels;
    completionModels.base.api = u"completion"_s;
    const reward::RequestBuilder c(completionModels);
    const model::Example ex{u"e1"_s, u"Q1?"_s, u"A1."_s, u"regular"_s, {}, -1};
    if (name == u"select")
        return b.select(u"Is it raining?"_s, u"info"_s, criteria(), 2, 4);
    if (name == u"judge")
        return b.judge(u"q"_s, u"a"_s, criteria(), true);
    if (name == u"respond")
        return b.respond(u"Be kind."_s, u"Hello?"_s, u"chat"_s, {ex});
    if (name == u"respond-completion")
        return c.respond(QString(), u"Hello?"_s, QString(), {});
    if (name == u"respondTo-history")
        return b.respondTo(
            u"S"_s, {{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello."_s}, {u"user"_s, u"Pasta?"_s}}, {ex});
    if (name == u"optimize")
        return b.optimizePrompt(u"P"_s, {u"P0"_s}, {critique()}, 3, 8, 2);
    if (name == u"rewrite")
        return b.rewriteExample(ex, critique());
    return b.evaluate(u"q"_s, u"a"_s, criteria(), u"safety"_s);
}

} // namespace

class TestSimCacheKeys : public QObject {
    Q_OBJECT
private slots:
    void simKeys_everyPurpose_unchangedFromTheFieldsBag_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("select") << u"select"_s
                                << QByteArray("ca92f14e6a1c6f88596583d3839af29e0ac695f56eb88c91c82f42834aafc43b");
        QTest::newRow("judge") << u"judge"_s
                               << QByteArray("f227d2a750fb4e0e92a129e81af8b56a40b64cfb8657ca7394adcf2713084ae3");
        QTest::newRow("respond") << u"respond"_s
                                 << QByteArray("b9b7f41db08567640365cf5779ec9bc45d92d3a8abe30414ff3cf0d0e1acbc60");
        QTest::newRow("respond-completion")
            << u"respond-completion"_s
            << QByteArray("6ecf782b800c8dfd069abff9f23200756dcc410807cb48c64c19ec2751a84e16");
        QTest::newRow("respondTo-history")
            << u"respondTo-history"_s << QByteArray("62480c979b24b23d9470c81d1edf94ebf06d3e7f3540436ebc8980f192e8604b");
        QTest::newRow("optimize") << u"optimize"_s
                                  << QByteArray("18c752579fec0c37f82aefc093cc4206ce5aa98a3dab460bfceb0e9ad243ca76");
        QTest::newRow("rewrite") << u"rewrite"_s
                                 << QByteArray("d9918bfc04ef177670f133c00053dad570f6f53bb27e3a6d5fd0178607dd778d");
        QTest::newRow("evaluate") << u"evaluate"_s
                                  << QByteArray("31c0a23611fc941b65002238f42166b21a5a5973cee193a2d9c8d2fb7b441515");
    }

    void simKeys_everyPurpose_unchangedFromTheFieldsBag()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, key);
        QCOMPARE(simKey(request(name)), key);
    }
};

QTEST_GUILESS_MAIN(TestSimCacheKeys)
#include "tst_simcachekeys.moc"
