// SPDX-License-Identifier: GPL-3.0-or-later
// drpo serve's OpenAI-compatible API, driven by a Qt client, with the fake OpenAI server as
// the base model: every endpoint and error status, streaming, the key, the limits.
#include "servetestutil.h"

#include "reward/requestbuilder.h"
#include "serve/profileresponder.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using test::ServeFixture;

namespace {

model::Example example(const QString &q, const QString &a)
{
    model::Example e;
    e.id = q.left(8);
    e.query = q;
    e.answer = a;
    return e;
}

model::AlignmentProfile profile()
{
    model::AlignmentProfile p;
    p.systemPrompt = u"You are a careful assistant.\n- Never claim to browse the web."_s;
    p.k = 2;
    p.baseModel = u"fake-model"_s;
    p.examples = {example(u"How do I boil an egg?"_s, u"Boil it for 8 minutes."_s),
        example(u"What is the weather in Oslo today?"_s, u"I cannot check live weather."_s),
        example(u"Write a poem about the sea"_s, u"Waves roll in."_s),
        example(u"How long should I boil pasta?"_s, u"About 10 minutes."_s)};
    return p;
}

QJsonObject chatRequest(const QString &text, const QString &model = u"aligned"_s)
{
    return QJsonObject{
        {u"model"_s, model}, {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
}

QString deltas(const QList<QByteArray> &events, int choice = 0)
{
    QString text;
    for (const QByteArray &e : events) {
        const QJsonObject o = QJsonDocument::fromJson(e).object();
        for (const QJsonValue &c : o.value(u"choices").toArray())
            if (c.toObject().value(u"index").toInt() == choice)
                text += c.toObject().value(u"delta").toObject().value(u"content").toString() +
                    c.toObject().value(u"text").toString();
    }
    return text;
}

} // namespace

class TstProfileServer : public QObject {
    Q_OBJECT
private slots:
    void health_noKeyNeeded_ok()
    {
        ServeFixture f;
        serve::ServeConfig c = ServeFixture::config(profile());
        c.apiKey = u"client-key-123"_s;
        QVERIFY(f.start(c, f.models()));
        const auto r = f.call("GET", u"//health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
    }

    void models_listsEveryProfile_unknownIs404()
    {
        ServeFixture f;
        serve::ServeConfig c = ServeFixture::config(profile(), u"best"_s);
        c.profiles.push_back(serve::ServedProfile{u"node-17"_s, profile(), {}});
        QVERIFY(f.start(c, f.models()));
        const auto list = f.call("GET", u"/models"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(u"object"_s).toString(), u"list"_s);
        const QJsonArray data = list.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data[0].toObject().value(u"id"_s).toString(), u"best"_s);
        QCOMPARE(data[1].toObject().value(u"object"_s).toString(), u"model"_s);
        QCOMPARE(f.call("GET", u"/models/node-17"_s).json.value(u"id"_s).toString(), u"node-17"_s);
        const auto missing = f.call("GET", u"/models/nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"model_not_found"_s);
    }

    void stop_rightAfterAnAnswer_itsLogEntryStillDelivered()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        // A blocking client: no event loop runs on this thread between the answer and the
        // stop, as in `drpo serve` quitting on SIGTERM right after a request.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, f.host.port());
        QVERIFY(s.waitForConnected(5000));
        const QByteArray body = QJsonDocument(chatRequest(u"hi"_s)).toJson(QJsonDocument::Compact);
        s.write("POST /v1/chat/completions HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(s.waitForBytesWritten(5000));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
            answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        f.host.stop();
        QCOMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].status, 200);
    }

    void chat_answer_openAiShapeAndUpstreamGotTheProfile()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        const auto r = f.chat(chatRequest(u"How many minutes to boil an egg?"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"id"_s).toString().startsWith(u"chatcmpl-"_s));
        QCOMPARE(r.json.value(u"object"_s).toString(), u"chat.completion"_s);
        QCOMPARE(r.json.value(u"model"_s).toString(), u"aligned"_s);
        const QJsonObject choice = r.json.value(u"choices"_s).toArray().first().toObject();
        QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(choice.value(u"message"_s).toObject().value(u"role"_s).toString(), u"assistant"_s);
        QVERIFY(!choice.value(u"message"_s).toObject().value(u"content"_s).toString().isEmpty());
        const QJsonObject usage = r.json.value(u"usage"_s).toObject();
        QVERIFY(usage.value(u"prompt_tokens"_s).toInt() > 0);
        QCOMPARE(usage.value(u"total_tokens"_s).toInt(),
            usage.value(u"prompt_tokens"_s).toInt() + usage.value(u"completion_tokens"_s).toInt());
        QCOMPARE(r.headers.value("x-drpo-retrieval"), QByteArray("bm25"));
        QCOMPARE(r.headers.value("x-drpo-examples"), QByteArray("0,3"));

        // What the base model received: the profile's prompt, the retrieved examples as
        // turns, then the user's message, as drpo ask and the optimization render it.
        const QList<test::FakeRequest> sent = f.upstream.requests();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path, QByteArray("/v1/chat/completions"));
        const QJsonArray msgs = sent[0].json.value(u"messages"_s).toArray();
        QCOMPARE(msgs.size(), 6);
        QCOMPARE(msgs[0].toObject().value(u"content"_s).toString(), profile().systemPrompt);
        QCOMPARE(msgs[1].toObject().value(u"content"_s).toString(), profile().examples[0].query);
        QCOMPARE(msgs[4].toObject().value(u"content"_s).toString(), profile().examples[3].answer);
        QCOMPARE(msgs[5].toObject().value(u"content"_s).toString(), u"How many minutes to boil an egg?"_s);
        QCOMPARE(sent[0].headers.value("authorization"), "Bearer " + ServeFixture::upstreamSecret().toUtf8());
        // The log entry is emitted after the answer is on its way (queued to this thread).
        QTRY_COMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].status, 200);
        QCOMPARE(f.log[0].model, u"aligned"_s);
    }

    void chat_stream_chunksReassembleToTheWholeAnswer()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        const QJsonObject plain = chatRequest(u"Write a short poem about waves"_s);
        const auto whole = f.chat(plain);
        QCOMPARE(whole.status, 200);
        const QString expected = whole.json.value(u"choices"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"message"_s)
                                     .toObject()
                                     .value(u"content"_s)
                                     .toString();
        QJsonObject streamed = plain;
        streamed.insert(u"stream"_s, true);
        streamed.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
        const auto r = f.chat(streamed);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/event-stream"));
        const QList<QByteArray> events = test::sseData(r.body);
        QVERIFY(events.size() >= 5);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        QCOMPARE(deltas(events), expected);
        // The upstream streamed (the fake sends thirds): more than one content chunk came through.
        int contentChunks = 0;
        for (const QByteArray &e : events)
            contentChunks += !QJsonDocument::fromJson(e)
                                  .object()
                                  .value(u"choices"_s)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"delta"_s)
                                  .toObject()
                                  .value(u"content"_s)
                                  .toString()
                                  .isEmpty();
        QVERIFY(contentChunks >= 2);
        const QJsonObject first = QJsonDocument::fromJson(events.first()).object();
        QCOMPARE(first.value(u"object"_s).toString(), u"chat.completion.chunk"_s);
        QCOMPARE(first.value(u"choices"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"delta"_s)
                     .toObject()
                     .value(u"role"_s)
                     .toString(),
            u"assistant"_s);
        const QJsonObject usage = QJsonDocument::fromJson(events[events.size() - 2]).object();
        QVERIFY(usage.value(u"choices"_s).toArray().isEmpty());
        QVERIFY(usage.value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt() > 0);
        QVERIFY(f.upstream.requests().last().json.value(u"stream"_s).toBool());
    }

    void chat_streamResetMidway_retriedWithoutDuplicatedText()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        QJsonObject req = chatRequest(u"Tell me about pasta"_s);
        const auto whole = f.chat(req);
        req.insert(u"stream"_s, true);
        f.upstream.injectFault(test::FakeFault::of(test::FakeFault::Kind::ResetMidStream));
        const auto r = f.chat(req);
        QCOMPARE(r.status, 200);
        const QList<QByteArray> events = test::sseData(r.body);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        QCOMPARE(deltas(events),
            whole.json.value(u"choices"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"message"_s)
                .toObject()
                .value(u"content"_s)
                .toString());
    }

    void chat_nTwo_twoChoices()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        QJsonObject req = chatRequest(u"Name a colour"_s);
        req.insert(u"n"_s, 2);
        req.insert(u"temperature"_s, 0.9);
        req.insert(u"max_tokens"_s, 50);
        req.insert(u"stop"_s, u"###"_s);
        const auto r = f.chat(req);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"choices"_s).toArray().size(), 2);
        const QJsonObject up = f.upstream.requests().last().json;
        QCOMPARE(up.value(u"n"_s).toInt(), 2);
        QCOMPARE(up.value(u"temperature"_s).toDouble(), 0.9);
        QCOMPARE(up.value(u"max_tokens"_s).toInt(), 50);
        QCOMPARE(up.value(u"stop"_s).toArray(), QJsonArray{u"###"_s});
    }

    void completions_legacyEndpoint_textCompletionShape()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        const auto r = f.call("POST", u"/completions"_s,
            QJsonDocument(QJsonObject{{u"model"_s, u"aligned"_s}, {u"prompt"_s, u"Boil an egg?"_s}}).toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"object"_s).toString(), u"text_completion"_s);
        QVERIFY(!r.json.value(u"choices"_s).toArray().first().toObject().value(u"text"_s).toString().isEmpty());
        QJsonObject req{{u"model"_s, u"aligned"_s}, {u"prompt"_s, u"Boil an egg?"_s}, {u"stream"_s, true}};
        const auto s = f.call("POST", u"/completions"_s, QJsonDocument(req).toJson());
        QCOMPARE(s.status, 200);
        QCOMPARE(deltas(test::sseData(s.body)),
            r.json.value(u"choices"_s).toArray().first().toObject().value(u"text"_s).toString());
    }

    void completionProfile_upstreamGetsTemplateAndStops()
    {
        ServeFixture f;
        model::AlignmentProfile p = profile();
        p.assemblyTemplate = reward::RequestBuilder::defaultAssemblyTemplate();
        QVERIFY(f.start(ServeFixture::config(p), f.models()));
        QJsonObject req = chatRequest(u"How long for pasta?"_s);
        req.insert(u"stop"_s, QJsonArray{u"\n\n\n"_s});
        const auto r = f.chat(req);
        QCOMPARE(r.status, 200);
        const test::FakeRequest up = f.upstream.requests().last();
        QCOMPARE(up.path, QByteArray("/v1/completions"));
        const QString prompt = up.json.value(u"prompt"_s).toString();
        QVERIFY(prompt.startsWith(p.systemPrompt + u"\n\n# Query:\nHow long should I boil pasta?"_s));
        QVERIFY(prompt.endsWith(u"# Query:\nHow long for pasta?\n\n# Answer:\n<START>\n"_s));
        QCOMPARE(up.json.value(u"stop"_s).toArray(), (QJsonArray{u"<END>"_s, u"# Query:"_s, u"\n\n\n"_s}));
    }

    void errors_badRequests_400NamingTheFieldAndServerKeepsServing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("{\"model\": \"aligned\", \"messages\": [") << QString()
                                  << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << QString() << u"JSON object"_s;
        QTest::newRow("no model") << QByteArray(R"({"messages":[{"role":"user","content":"hi"}]})") << u"model"_s
                                  << u"model is required"_s;
        QTest::newRow("messages not list")
            << QByteArray(R"({"model":"aligned","messages":"hi"})") << u"messages"_s << u"non-empty list"_s;
        QTest::newRow("bad role") << QByteArray(R"({"model":"aligned","messages":[{"role":"bot","content":"hi"}]})")
                                  << u"messages[0].role"_s << u"must be system"_s;
        QTest::newRow("image part")
            << QByteArray(R"({"model":"aligned","messages":[{"role":"user","content":[{"type":"image_url"}]}]})")
            << u"messages[0].content[0]"_s << u"only text parts"_s;
        QTest::newRow("ends with assistant")
            << QByteArray(
                   R"({"model":"aligned","messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})")
            << u"messages"_s << u"must be the user's"_s;
        QTest::newRow("temperature")
            << QByteArray(R"({"model":"aligned","temperature":7,"messages":[{"role":"user","content":"a"}]})")
            << u"temperature"_s << u"from 0 to 2"_s;
        QTest::newRow("n") << QByteArray(R"({"model":"aligned","n":1.5,"messages":[{"role":"user","content":"a"}]})")
                           << u"n"_s << u"whole number"_s;
        QTest::newRow("stop") << QByteArray(
                                     R"({"model":"aligned","stop":[1],"messages":[{"role":"user","content":"a"}]})")
                              << u"stop"_s << u"strings"_s;
        QTest::newRow("tools") << QByteArray(
                                      R"({"model":"aligned","tools":[{}],"messages":[{"role":"user","content":"a"}]})")
                               << u"tools"_s << u"not supported"_s;
        QTest::newRow("stream type")
            << QByteArray(R"({"model":"aligned","stream":"yes","messages":[{"role":"user","content":"a"}]})")
            << u"stream"_s << u"true or false"_s;
    }

    void errors_badRequests_400NamingTheFieldAndServerKeepsServing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, param);
        QFETCH(QString, words);
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        const auto r = f.call("POST", u"/chat/completions"_s, body);
        QCOMPARE(r.status, 400);
        const QJsonObject e = r.json.value(u"error"_s).toObject();
        QCOMPARE(e.value(u"type"_s).toString(), u"invalid_request_error"_s);
        QCOMPARE(e.value(u"param"_s).toString(), param);
        QVERIFY2(e.value(u"message"_s).toString().contains(words), qPrintable(e.value(u"message"_s).toString()));
        QCOMPARE(f.upstream.requestCount(), 0);
        QCOMPARE(f.chat(chatRequest(u"still there?"_s)).status, 200);
    }

    void errors_unknownModelPathAndMethod_404And405()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        const auto model = f.chat(chatRequest(u"hi"_s, u"gpt-4o"_s));
        QCOMPARE(model.status, 404);
        QCOMPARE(model.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"model_not_found"_s);
        QVERIFY(model.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"aligned"_s));
        QCOMPARE(f.call("GET", u"/embeddings"_s).status, 404);
        const auto method = f.call("GET", u"/chat/completions"_s);
        QCOMPARE(method.status, 405);
        QCOMPARE(method.headers.value("allow"), QByteArray("POST"));
        QCOMPARE(f.upstream.requestCount(), 0);
    }

    void auth_keyConfigured_requiredAndNeverLogged()
    {
        ServeFixture f;
        serve::ServeConfig c = ServeFixture::config(profile());
        c.apiKey = u"client-key-SECRET-42"_s;
        QVERIFY(f.start(c, f.models()));
        const auto none = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid_api_key"_s);
        QCOMPARE(f.chat(chatRequest(u"hi"_s), {{"Authorization", "Bearer wrong-key"}}).status, 401);
        QCOMPARE(f.chat(chatRequest(u"hi"_s), {{"Authorization", "Bearer client-key-SECRET-4"}}).status, 401);
        QCOMPARE(f.call("GET", u"/models"_s).status, 401);
        const auto ok = f.chat(chatRequest(u"hi"_s), {{"Authorization", "Bearer client-key-SECRET-42"}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(f.upstream.requestCount(), 1);
        // The key reaches neither the upstream nor the log, in any answer.
        QVERIFY(!f.upstream.requests().first().body.contains("client-key"));
        QVERIFY(!f.upstream.requests().first().headers.value("authorization").contains("client-key"));
        QTRY_COMPARE(f.log.size(), 5);
        for (const serve::RequestLogEntry &e : std::as_const(f.log))
            for (const QString &s : {e.error, e.path, e.retrieval, e.requestBody})
                QVERIFY(!s.contains(u"SECRET"_s));
        QVERIFY(!none.body.contains("SECRET") && !ok.body.contains("SECRET"));
    }

    void limits_oversizedBody_413()
    {
        ServeFixture f;
        serve::ServeConfig c = ServeFixture::config(profile());
        c.http.maxBodyBytes = 2048;
        QVERIFY(f.start(c, f.models()));
        const auto r = f.chat(chatRequest(QString(5000, u'a')));
        QCOMPARE(r.status, 413);
        QTRY_VERIFY(std::any_of(f.log.cbegin(), f.log.cend(), [](const serve::RequestLogEntry &e) {
            return e.status == 413 && e.error.contains(u"2048"_s); // the HTTP layer's refusals are logged too
        }));
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"type"_s).toString(), u"invalid_request_error"_s);
        QCOMPARE(f.chat(chatRequest(u"short"_s)).status, 200);
    }

    void limits_queueFull_429WithRetryAfter()
    {
        ServeFixture f;
        f.upstream.setLatencyMs(600);
        serve::ServeConfig c = ServeFixture::config(profile());
        c.maxConcurrent = 1;
        c.maxQueue = 1;
        QVERIFY(f.start(c, f.models()));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i) {
            replies << f.send(
                "POST", u"/chat/completions"_s, QJsonDocument(chatRequest(u"question %1"_s.arg(i))).toJson());
            QTest::qWait(50); // arrive in order
        }
        QList<int> statuses;
        QByteArray retryAfter;
        for (QNetworkReply *r : replies) {
            const ServeFixture::Reply got = ServeFixture::collect(r);
            statuses << got.status;
            if (got.status == 429)
                retryAfter = got.headers.value("retry-after");
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429}));
        QCOMPARE(retryAfter, QByteArray("1"));
        QCOMPARE(f.upstream.peakConcurrency(), 1);
    }

    void upstream_failure_502WithItsMessageButNoSecret()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        f.upstream.injectFault(test::FakeFault::httpStatus(500,
                                   R"({"error":{"message":"model overloaded; key sk-upstream-SECRET-1234567890 ok"}})"),
            2);
        const auto r = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(r.status, 502);
        const QJsonObject e = r.json.value(u"error"_s).toObject();
        QCOMPARE(e.value(u"type"_s).toString(), u"server_error"_s);
        QVERIFY2(
            e.value(u"message"_s).toString().contains(u"overloaded"_s), qPrintable(e.value(u"message"_s).toString()));
        QVERIFY(!r.body.contains("SECRET"));
        QCOMPARE(f.upstream.requestCount(), 2); // the scheduler retried
        f.upstream.injectFault(test::FakeFault::httpStatus(401), 1);
        const auto auth = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(auth.status, 502);
        QVERIFY(!auth.body.contains("SECRET"));
        QCOMPARE(f.chat(chatRequest(u"hi again"_s)).status, 200);
    }

    void upstream_timeouts_504()
    {
        ServeFixture f;
        serve::ServeConfig c = ServeFixture::config(profile());
        c.totalTimeoutMs = 600;
        QVERIFY(f.start(c, f.models()));
        f.upstream.injectFault(test::FakeFault::of(test::FakeFault::Kind::Hang), 5);
        QElapsedTimer clock;
        clock.start();
        const auto hang = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(hang.status, 504);
        QVERIFY(clock.elapsed() < 3000);
        f.upstream.clearFaults();
        f.upstream.injectFault(test::FakeFault::httpStatus(504), 2);
        const auto gateway = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(gateway.status, 504);
        QCOMPARE(gateway.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"upstream_timeout"_s);
    }

    void upstream_rateLimited_429PassedOn()
    {
        ServeFixture f;
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        f.upstream.injectFault(test::FakeFault::httpStatus(429, {}, "0"), 2);
        const auto r = f.chat(chatRequest(u"hi"_s));
        QCOMPARE(r.status, 429);
        QVERIFY(r.headers.contains("retry-after"));
    }

    void client_leavesMidRequest_logged499AndServerContinues()
    {
        ServeFixture f;
        f.upstream.setLatencyMs(400);
        QVERIFY(f.start(ServeFixture::config(profile()), f.models()));
        QNetworkReply *r = f.send("POST", u"/chat/completions"_s, QJsonDocument(chatRequest(u"slow"_s)).toJson());
        QTRY_COMPARE(f.upstream.requestCount(), 1);
        r->abort();
        r->deleteLater();
        QTRY_COMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].status, 499);
        f.upstream.setLatencyMs(0);
        QCOMPARE(f.chat(chatRequest(u"next"_s)).status, 200);
    }

    void embeddings_configured_retrievalByEmbeddings()
    {
        ServeFixture f;
        model::ModelSettings m = f.models();
        m.embedder = m.base;
        m.embedder.model = u"fake-embed"_s;
        QVERIFY(f.start(ServeFixture::config(profile()), m));
        QCOMPARE(f.upstream.requestCount(u"/embeddings"_s), 1); // the examples, once, at start
        const auto r = f.chat(chatRequest(u"How long to boil an egg?"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-drpo-retrieval"), QByteArray("embeddings"));
        QCOMPARE(f.upstream.requestCount(u"/embeddings"_s), 2); // and the query
    }
};

QTEST_GUILESS_MAIN(TstProfileServer)
#include "tst_profileserver.moc"
