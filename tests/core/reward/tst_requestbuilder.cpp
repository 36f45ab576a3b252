// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/requestbuilder.h"

#include <QTest>

using namespace drpo;

class TestRequestBuilder : public QObject {
    Q_OBJECT
private slots:
    void respond_chatApi_putsExamplesAsTurns()
    {
        model::ModelSettings models;
        reward::RequestBuilder b(models);
        const model::Example ex{QStringLiteral("e1"), QStringLiteral("Q1?"), QStringLiteral("A1."), {}, {}, -1};
        const llm::LlmRequest r = b.respond(QStringLiteral("Be kind."), QStringLiteral("Hello?"), {}, {ex});
        QCOMPARE(r.messages.size(), 4);
        QCOMPARE(r.messages[0].role, QStringLiteral("system"));
        QCOMPARE(r.messages[1].content, QStringLiteral("Q1?"));
        QCOMPARE(r.messages[2].role, QStringLiteral("assistant"));
        QCOMPARE(r.messages[3].content, QStringLiteral("Hello?"));
        QVERIFY(!r.completion);
    }

    void respond_completionApi_assemblesTemplateWithStop()
    {
        model::ModelSettings models;
        models.base.api = QStringLiteral("completion");
        reward::RequestBuilder b(models);
        const model::Example ex{QStringLiteral("e1"), QStringLiteral("Q1?"), QStringLiteral("A1."), {}, {}, -1};
        const llm::LlmRequest r = b.respond(QStringLiteral("Sys {query}"), QStringLiteral("Hello?"), {}, {ex});
        QVERIFY(r.completion);
        QVERIFY(r.stop.contains(QStringLiteral("<END>")));
        // User text containing a placeholder is not expanded again.
        QVERIFY(r.prompt.startsWith(QStringLiteral("Sys {query}\n\n# Query:\nQ1?")));
        QVERIFY(r.prompt.endsWith(QStringLiteral("# Query:\nHello?\n\n# Answer:\n<START>\n")));
    }

    void optimize_carriesBulletRulesAndCount()
    {
        model::ModelSettings models;
        reward::RequestBuilder b(models);
        model::Evaluation e;
        e.query = QStringLiteral("q");
        e.answer = QStringLiteral("a");
        e.scores = {model::CriterionScore{QStringLiteral("Clarity"), 2.0, QStringLiteral("wall of text")}};
        e.reward = 2.0;
        const llm::LlmRequest r = b.optimizePrompt(QStringLiteral("P"), {QStringLiteral("P0")}, {e}, 3, 8, 2);
        QCOMPARE(r.n, 3);
        QCOMPARE(r.role, model::Role::Optimizer);
        QVERIFY(r.messages.last().content.contains(QStringLiteral("at most 2 new bullets")));
        QVERIFY(r.messages.last().content.contains(QStringLiteral("wall of text")));
        QCOMPARE(std::get<llm::payload::OptimizePrompt>(r.payload).maxBullets, 8);
    }

    void cacheKey_dependsOnSamplingAndSample()
    {
        model::ModelSettings models;
        reward::RequestBuilder b(models);
        llm::LlmRequest a = b.respond(QStringLiteral("S"), QStringLiteral("Q"), {}, {});
        llm::LlmRequest c = a;
        QCOMPARE(a.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")),
            c.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")));
        c.sampleIndex = 1;
        QVERIFY(a.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")) !=
            c.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")));
        c = a;
        c.temperature = 0.5;
        QVERIFY(a.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")) !=
            c.cacheKey(QStringLiteral("openai"), QStringLiteral("u"), QStringLiteral("m")));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
