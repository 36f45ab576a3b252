// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP clients against the fake server: chat, streaming, completion, embeddings,
// models, Anthropic, JSON mode and the factory's safety checks.
#include "llmtestharness.h"

#include "llm/anthropicprovider.h"
#include "llm/connectiontest.h"
#include "llm/secretstore.h"

#include <QJsonArray>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using model::Role;

class TstHttpProviders : public QObject {
    Q_OBJECT
private slots:
    void chat_plainRequest_returnsAnswerUsageAndSendsKeyHeader()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        llm::LlmRequest r = LlmHarness::chat(u"What is 2+2?"_s);
        r.temperature = 0.3;
        r.stop = {u"<END>"_s};
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QVERIFY(resp.text().contains(u"What is 2+2?"));
        QVERIFY(!resp.usageEstimated);
        QVERIFY(resp.usage.promptTokens > 0);
        QCOMPARE(resp.httpStatus, 200);
        const FakeRequest got = h.server.requests().value(0);
        QCOMPARE(got.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(got.headers.value("authorization"), "Bearer " + LlmHarness::secret().toUtf8());
        QCOMPARE(got.json.value(u"model").toString(), u"fake-model"_s);
        QCOMPARE(got.json.value(u"temperature").toDouble(), 0.3);
        QCOMPARE(got.json.value(u"stop").toArray().first().toString(), u"<END>"_s);
        QCOMPARE(got.json.value(u"messages").toArray().size(), 2);
        QVERIFY(!got.json.contains(u"n"));
    }

    void chat_streaming_assemblesDeltasAndReportedUsage()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        llm::LlmRequest r = LlmHarness::chat(u"Stream this please"_s);
        r.stream = true;
        r.n = 2;
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QCOMPARE(resp.choices.size(), 2);
        FakeRequest got = h.server.requests().value(0);
        QCOMPARE(resp.choices[0], FakeLlmServer::defaultAnswer(got, 0));
        QCOMPARE(resp.choices[1], FakeLlmServer::defaultAnswer(got, 1));
        QVERIFY(!resp.usageEstimated);
        QVERIFY(got.json.value(u"stream").toBool());
    }

    void completion_baseApi_sendsPromptAndStopToCompletionsEndpoint()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        llm::LlmRequest r;
        r.completion = true;
        r.prompt = u"# Query:\nHello\n\n# Answer:\n<START>\n"_s;
        r.stop = {u"<END>"_s, u"# Query:"_s};
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QVERIFY(!resp.text().isEmpty());
        const FakeRequest got = h.server.requests().value(0);
        QCOMPARE(got.path, QByteArray("/v1/completions"));
        QCOMPARE(got.json.value(u"prompt").toString(), r.prompt);
        QCOMPARE(got.json.value(u"stop").toArray().size(), 2);
    }

    void completion_streaming_assemblesText()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        llm::LlmRequest r;
        r.completion = true;
        r.prompt = u"Once upon a time"_s;
        r.stream = true;
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QCOMPARE(resp.text(), FakeLlmServer::defaultAnswer(h.server.requests().value(0), 0));
    }

    void embeddings_twoTexts_returnTwoVectors()
    {
        LlmHarness h;
        h.use(Role::Base, h.config());
        llm::LlmRequest r;
        r.embedInput = {u"first text"_s, u"second text"_s};
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QCOMPARE(resp.embeddings.size(), 2);
        QCOMPARE(resp.embeddings[0].size(), 8);
        QVERIFY(resp.embeddings[0] != resp.embeddings[1]);
        QCOMPARE(h.server.requests().value(0).path, QByteArray("/v1/embeddings"));
    }

    void connectionTest_listedAndMissingModel_reportsBoth()
    {
        LlmHarness h;
        QList<llm::ConnectionResult> results;
        model::RoleConfig ok = h.config();
        llm::testConnection(Role::Judge, ok, {}, this, [&](const llm::ConnectionResult &r) { results.push_back(r); });
        QTRY_COMPARE(results.size(), 1);
        QVERIFY(results[0].ok);
        QVERIFY(results[0].modelListed);
        QVERIFY(results[0].models.contains(u"fake-base"_s));
        model::RoleConfig missing = ok;
        missing.model = u"no-such-model"_s;
        llm::testConnection(
            Role::Judge, missing, {}, this, [&](const llm::ConnectionResult &r) { results.push_back(r); });
        QTRY_COMPARE(results.size(), 2);
        QVERIFY(results[1].ok);
        QVERIFY(!results[1].modelListed);
        QVERIFY(results[1].message.contains(u"no-such-model"));
        QCOMPARE(h.server.requests().value(0).path, QByteArray("/v1/models"));
    }

    void anthropic_messages_systemTopLevelClampedTemperatureAndKeyHeader()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config(u"anthropic"_s));
        llm::LlmRequest r = LlmHarness::chat(u"Judge this"_s, Role::Judge);
        r.temperature = 1.7;
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QVERIFY(!resp.usageEstimated);
        const FakeRequest got = h.server.requests().value(0);
        QCOMPARE(got.path, QByteArray("/v1/messages"));
        QCOMPARE(got.json.value(u"system").toString(), u"You are terse."_s);
        QCOMPARE(got.json.value(u"messages").toArray().size(), 1);
        QCOMPARE(got.json.value(u"temperature").toDouble(), 1.0);
        QCOMPARE(got.json.value(u"max_tokens").toInt(), 64);
        QCOMPARE(got.headers.value("x-api-key"), LlmHarness::secret().toUtf8());
        QCOMPARE(got.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!got.headers.contains("authorization"));
    }

    void anthropic_streaming_namedEventsAssembleText()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config(u"anthropic"_s));
        llm::LlmRequest r = LlmHarness::chat(u"Stream a verdict with several words"_s, Role::Judge);
        r.stream = true;
        const llm::LlmResponse resp = h.run(r);
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QCOMPARE(resp.text(), FakeLlmServer::defaultAnswer(h.server.requests().value(0), 0));
        QVERIFY(resp.usage.completionTokens > 0);
    }

    void anthropic_overloaded529_isRetried()
    {
        LlmHarness h;
        h.use(Role::Judge, h.config(u"anthropic"_s));
        h.server.injectFault(FakeFault::httpStatus(
            529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"));
        const llm::LlmResponse resp = h.run(LlmHarness::chat(u"x"_s, Role::Judge));
        QVERIFY2(resp.ok(), qPrintable(resp.errorMessage));
        QCOMPARE(resp.attempts, 2);
    }

    void jsonMode_supportedOrNot_responseFormatOrInstruction()
    {
        LlmHarness h;
        model::RoleConfig c = h.config();
        c.jsonMode = true;
        h.use(Role::Judge, c);
        model::RoleConfig plain = h.config();
        plain.jsonMode = false;
        h.use(Role::Selector, plain);
        llm::LlmRequest a = LlmHarness::chat(u"give scores"_s, Role::Judge);
        a.jsonMode = true;
        llm::LlmRequest b = LlmHarness::chat(u"give criteria"_s, Role::Selector);
        b.jsonMode = true;
        QVERIFY(h.run(a).ok());
        QVERIFY(h.run(b).ok());
        const QList<FakeRequest> got = h.server.requests();
        QCOMPARE(got[0].json.value(u"response_format").toObject().value(u"type").toString(), u"json_object"_s);
        QVERIFY(!got[1].json.contains(u"response_format"));
        QVERIFY(got[1].text().contains(u"JSON"));
    }

    void factory_plainHttpToRemoteHost_refusedUnlessAllowed()
    {
        model::RoleConfig c;
        c.kind = u"openai"_s;
        c.baseUrls = {u"http://example.com/v1"_s};
        c.model = u"m"_s;
        c.keyEnv = QString::fromLatin1(LlmHarness::kKeyEnv);
        QString error;
        QVERIFY(!llm::makeProvider(Role::Judge, c, {}, 0, &error));
        QVERIFY(error.contains(u"http"));
        model::ModelSettings allowing;
        allowing.provider.allowInsecureHttp = true; // per project now, not process-wide
        QVERIFY(llm::makeProvider(Role::Judge, c, allowing, 0, &error));
        QVERIFY(!llm::makeProvider(Role::Judge, c, {}, 0, &error)); // nothing leaked into the defaults
        c.baseUrls = {u"https://user:pw@example.com/v1"_s};
        QVERIFY(!llm::makeProvider(Role::Judge, c, {}, 0, &error));
    }

    void factory_presetKindAndDefaultKeys_resolve()
    {
        model::RoleConfig c;
        c.kind = u"ollama"_s;
        c.model = u"llama3"_s;
        QString error;
        auto p = llm::makeProvider(Role::Base, c, {}, 0, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->endpoint(), u"http://127.0.0.1:11434/v1"_s);
        QCOMPARE(p->kind(), u"openai"_s);
        QCOMPARE(
            llm::SecretStore::defaultKeyEnv(u"openai"_s, {u"https://openrouter.ai/api/v1"_s}), u"OPENROUTER_API_KEY"_s);
        QCOMPARE(llm::SecretStore::defaultKeyEnv(u"anthropic"_s, {}), u"ANTHROPIC_API_KEY"_s);
        QCOMPARE(llm::SecretStore::defaultKeyEnv(u"openai"_s, {u"http://127.0.0.1:8000/v1"_s}), QString());
        QCOMPARE(llm::SecretStore::mask(u"sk-abcdefghijklmnop1234"_s), u"sk-…1234"_s);
        QVERIFY(!llm::SecretStore::mask(u"sk-abcdefghijklmnop1234"_s).contains(u"abcdef"));
    }
};

QTEST_GUILESS_MAIN(TstHttpProviders)
#include "tst_httpproviders.moc"
