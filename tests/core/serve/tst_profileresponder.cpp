// SPDX-License-Identifier: GPL-3.0-or-later
// The ProfileResponder that drpo ask and drpo serve share: retrieval exactly as stage 2
// does it, and the rendering of a conversation for chat and completion base models.
#include "align/embeddingfetcher.h"
#include "align/retriever.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "serve/profileresponder.h"

#include <QtTest>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using llm::Message;

namespace {

model::Example example(const QString &id, const QString &q, const QString &a)
{
    model::Example e;
    e.id = id;
    e.query = q;
    e.answer = a;
    return e;
}

model::AlignmentProfile profile()
{
    model::AlignmentProfile p;
    p.systemPrompt = u"You are careful.\n- Say when you cannot browse."_s;
    p.k = 2;
    p.examples = {example(u"e0"_s, u"How do I boil an egg?"_s, u"Put it in boiling water for 8 minutes."_s),
        example(u"e1"_s, u"What is the weather in Oslo today?"_s, u"I cannot check live weather."_s),
        example(u"e2"_s, u"Write a poem about the sea"_s, u"Waves roll in..."_s),
        example(u"e3"_s, u"How long should I boil pasta?"_s, u"About 10 minutes."_s),
        example(u"e4"_s, u"Is it going to rain in Bergen tomorrow?"_s, u"I have no live forecast."_s)};
    return p;
}

} // namespace

class TstProfileResponder : public QObject {
    Q_OBJECT
private slots:
    void render_oneUserTurn_sameRequestAsRequestBuilderRespond()
    {
        // drpo ask before the responder existed, and the engine's answers, use respond():
        // the served request must be the same, message for message.
        for (const QString &api : {u"chat"_s, u"completion"_s}) {
            model::ModelSettings models;
            models.base.kind = u"openai"_s;
            models.base.api = api;
            const model::AlignmentProfile p = profile();
            serve::ProfileResponder r(p, models);
            const QString q = u"How many minutes to boil an egg?"_s;
            const QList<int> picked = r.retrieve(q);
            const llm::LlmRequest served = r.render({Message{u"user"_s, q}}, picked, {});
            const llm::LlmRequest direct =
                reward::RequestBuilder(models).respond(p.systemPrompt, q, QString(), r.examplesAt(picked));
            QCOMPARE(served.messages, direct.messages);
            QCOMPARE(served.prompt, direct.prompt);
            QCOMPARE(served.stop, direct.stop);
            QCOMPARE(served.completion, direct.completion);
            QCOMPARE(llm::payloadJson(served.payload), llm::payloadJson(direct.payload));
            QCOMPARE(served.cacheKey(u"openai"_s, u"u"_s, u"m"_s), direct.cacheKey(u"openai"_s, u"u"_s, u"m"_s));
        }
    }

    void retrieve_bm25_sameAsStage2Retriever()
    {
        const model::AlignmentProfile p = profile();
        serve::ProfileResponder r(p, model::ModelSettings());
        const align::Retriever stage2(p.examples);
        for (const QString &q : {u"boil an egg"_s, u"rain in Oslo"_s, u"a poem"_s, u"nothing matches"_s})
            QCOMPARE(r.retrieve(q), stage2.topKIndices(q, p.k));
        QCOMPARE(r.retrieve(u"boil an egg"_s), (QList<int>{0, 3}));
        QCOMPARE(r.retrievalName(), u"bm25"_s);
    }

    void retrieve_embeddings_sameAsStage2WithAllVectors()
    {
        // Stage 2 embeds every example query and query, then ranks by cosine; the server
        // embeds the examples once and each query as it comes. Same ranking.
        model::ModelSettings models;
        models.embedder.kind = u"sim"_s;
        const model::AlignmentProfile p = profile();
        llm::SchedulerHost host;
        QString error;
        QVERIFY2(host.setUp(models, {model::Role::Base, model::Role::Embedder}, 7, &error), qPrintable(error));
        host.start();
        QMap<QString, model::Usage> usage;
        reward::CallRunner calls(*host, usage);
        serve::ProfileResponder r(p, models);
        QVERIFY(r.wantsEmbeddings());
        QString warning;
        QVERIFY(r.prepareEmbeddings(calls, &warning, &error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QVERIFY(r.usesEmbeddings());

        const QStringList queries{u"Will it snow in Tromso this week?"_s, u"Boiling eggs: how long?"_s, u"Sea poem"_s};
        QStringList texts = queries;
        for (const model::Example &e : p.examples)
            texts << e.query;
        const align::EmbeddingFetcher::Result all = align::EmbeddingFetcher::fetch(calls, texts);
        QVERIFY(all.ok());
        align::Retriever stage2(p.examples);
        QVERIFY(stage2.useEmbeddings(all.vectors));
        for (const QString &q : queries) {
            const llm::LlmResponse v = calls.run({r.embedRequest(q)}).value(0);
            QVERIFY(v.ok());
            QCOMPARE(r.retrieve(q, v.embeddings.value(0)), stage2.topKIndices(q, p.k));
        }
    }

    void render_clientSystem_keptAfterProfilePrompt()
    {
        model::ModelSettings models;
        models.base.kind = u"openai"_s;
        serve::ProfileResponder r(profile(), models);
        const llm::LlmRequest req =
            r.render({Message{u"system"_s, u"Answer in French."_s}, Message{u"user"_s, u"Hello"_s},
                         Message{u"developer"_s, u"Be brief."_s}},
                {1}, {});
        QCOMPARE(req.messages.first().role, u"system"_s);
        QCOMPARE(req.messages.first().content, profile().systemPrompt + u"\n\nAnswer in French.\n\nBe brief."_s);
        QCOMPARE(req.messages.size(), 4); // system, one example pair, the user
        QCOMPARE(req.messages[1].content, profile().examples[1].query);
        QCOMPARE(req.messages.last(), (Message{u"user"_s, u"Hello"_s}));
    }

    void render_multiTurnChat_examplesThenConversation()
    {
        model::ModelSettings models;
        models.base.kind = u"openai"_s;
        serve::ProfileResponder r(profile(), models);
        const QList<Message> convo{Message{u"user"_s, u"Hi"_s}, Message{u"assistant"_s, u"Hello!"_s},
            Message{u"user"_s, u"How long for pasta?"_s}};
        QCOMPARE(serve::ProfileResponder::retrievalQuery(convo), u"How long for pasta?"_s);
        const llm::LlmRequest req = r.render(convo, r.retrieve(u"How long for pasta?"_s), {});
        QCOMPARE(req.messages.size(), 1 + 4 + 3);
        QCOMPARE(req.messages[1].content, profile().examples[3].query); // best match first
        QCOMPARE(req.messages[3].content, profile().examples[0].query); // a zero score: library order
        QCOMPARE(req.messages.mid(5), convo);
        const auto &asked = std::get<llm::payload::Respond>(req.payload);
        QCOMPARE(asked.query, u"How long for pasta?"_s);
        QCOMPARE(asked.history.size(), 2);
    }

    void render_completionProfile_historyAsExamplesProfileTemplateAndStops()
    {
        model::ModelSettings models;
        models.base.kind = u"openai"_s; // chat by flags: the profile's template switches it
        model::AlignmentProfile p = profile();
        p.assemblyTemplate = u"<<{system}>>\n{examples}Q: {query}\nA:"_s;
        serve::ProfileResponder r(p, models);
        QVERIFY(r.completionApi());
        serve::Sampling s;
        s.stop = {u"\n\n\n"_s, u"<END>"_s};
        s.temperature = 0.7;
        s.maxTokens = 99;
        s.n = 2;
        s.seed = 5;
        const llm::LlmRequest req = r.render(
            {Message{u"user"_s, u"First"_s}, Message{u"assistant"_s, u"One"_s}, Message{u"user"_s, u"Second"_s}}, {2},
            s);
        QVERIFY(req.completion);
        QVERIFY2(req.prompt.startsWith(u"<<"_s + p.systemPrompt + u">>\n# Query:\nWrite a poem about the sea"_s),
            qPrintable(req.prompt));
        QVERIFY(req.prompt.contains(u"# Query:\nFirst\n\n# Answer:\n<START>\nOne\n<END>\n\n"_s));
        QVERIFY(req.prompt.endsWith(u"Q: Second\nA:"_s));
        QCOMPARE(req.stop, (QStringList{u"<END>"_s, u"# Query:"_s, u"\n\n\n"_s}));
        QCOMPARE(req.temperature, 0.7);
        QCOMPARE(req.maxTokens, 99);
        QCOMPARE(req.n, 2);
        QCOMPARE(req.seed, std::optional<qint64>(5));
    }

    void render_simulatedBase_staysChatEvenWithTemplate()
    {
        model::AlignmentProfile p = profile();
        p.assemblyTemplate = reward::RequestBuilder::defaultAssemblyTemplate();
        serve::ProfileResponder r(p, model::ModelSettings());
        QVERIFY(!r.completionApi());
        QCOMPARE(r.render({Message{u"user"_s, u"x"_s}}, {}, {}).messages.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstProfileResponder)
#include "tst_profileresponder.moc"
