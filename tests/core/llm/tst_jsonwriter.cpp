// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter against QJsonDocument: the same bytes for strings (every control character,
// surrogate pairs, lone surrogates, random UTF-16), numbers and nesting, and the two bodies
// built with it (a model call's request, a served answer) byte for byte what QJsonObject
// gave.
#include "llm/jsonwriter.h"
#include "llm/openaiprovider.h"
#include "serve/openaiapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray viaQt(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QByteArray viaWriterString(const QString &s)
{
    return llm::JsonWriter().beginArray().value(s).endArray().take();
}

QByteArray viaWriterDouble(double d)
{
    return llm::JsonWriter().beginArray().value(d).endArray().take();
}

// The request body as OpenAiProvider built it with QJsonObject before the writer.
QByteArray qtRequestBody(const llm::HttpProviderConfig &config, const llm::LlmRequest &request)
{
    QJsonObject body{{u"model"_s, config.model}};
    if (!request.embedInput.isEmpty()) {
        body.insert(u"input"_s, QJsonArray::fromStringList(request.embedInput));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    if (request.completion) {
        body.insert(u"prompt"_s, request.prompt);
    } else {
        QJsonArray msgs;
        QList<llm::Message> messages = request.messages;
        if (request.jsonMode && !config.jsonMode && !messages.isEmpty() && !messages.last().content.contains(u"JSON"))
            messages.last().content += u"\n\nAnswer with one JSON object and nothing else."_s;
        for (const llm::Message &m : std::as_const(messages))
            msgs.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
        body.insert(u"messages"_s, msgs);
        if (request.jsonMode && config.jsonMode)
            body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_object"_s}});
    }
    body.insert(u"temperature"_s, request.temperature);
    if (request.topP < 1.0)
        body.insert(u"top_p"_s, request.topP);
    body.insert(u"max_tokens"_s, request.maxTokens);
    if (!request.stop.isEmpty())
        body.insert(u"stop"_s, QJsonArray::fromStringList(request.stop));
    if (request.n > 1)
        body.insert(u"n"_s, request.n);
    if (request.seed)
        body.insert(u"seed"_s, double(*request.seed));
    if (request.stream || config.stream) {
        body.insert(u"stream"_s, true);
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject qtUsage(const serve::openai::Usage &usage)
{
    return QJsonObject{{u"prompt_tokens"_s, usage.promptTokens}, {u"completion_tokens"_s, usage.completionTokens},
        {u"total_tokens"_s, usage.promptTokens + usage.completionTokens}};
}

QByteArray qtEvent(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

// A stream chunk as openai::chunkEvent built it with QJsonObject before the writer.
QByteArray qtChunkEvent(const QString &id, qint64 created, const QString &model, int choice, const QString &text,
    bool legacy, bool role, const QString &finish)
{
    QJsonObject c{{u"index"_s, choice}, {u"finish_reason"_s, finish.isEmpty() ? QJsonValue() : QJsonValue(finish)}};
    if (legacy) {
        c.insert(u"text"_s, text);
        c.insert(u"logprobs"_s, QJsonValue());
    } else {
        QJsonObject delta;
        if (role)
            delta.insert(u"role"_s, u"assistant"_s);
        if (finish.isEmpty())
            delta.insert(u"content"_s, text);
        c.insert(u"delta"_s, delta);
    }
    return qtEvent(QJsonObject{{u"id"_s, id}, {u"object"_s, legacy ? u"text_completion"_s : u"chat.completion.chunk"_s},
        {u"created"_s, created}, {u"model"_s, model}, {u"choices"_s, QJsonArray{c}}});
}

} // namespace

class TstJsonWriter : public QObject {
    Q_OBJECT
private slots:
    void strings_sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << u"Hello, world! {\"a\": [1, 2]} / \\ end"_s;
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(0x7f);
        QTest::newRow("every control character") << controls;
        QTest::newRow("latin-1 and BMP") << u"Grüße, 你好, Ωμέγα, ‘quotes’ \u2028 \u00a0"_s;
        QTest::newRow("surrogate pair") << u"emoji 😀 and 𝄞"_s;
        QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xd83d) + u"b"_s);
        QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xde00) + u"b"_s);
        QTest::newRow("high surrogate at the end") << (u"a"_s + QChar(0xd83d));
        QTest::newRow("reversed pair") << (QString(QChar(0xde00)) + QChar(0xd83d));
        QTest::newRow("non-characters") << (QString(QChar(0xfffe)) + QChar(0xffff) + QChar(0xfdd0));
    }

    void strings_sameBytesAsQJsonDocument()
    {
        QFETCH(QString, text);
        QCOMPARE(viaWriterString(text), viaQt(text));
    }

    void strings_randomUtf16_sameBytesAsQJsonDocument()
    {
        QRandomGenerator rng(20261130);
        for (int round = 0; round < 3000; ++round) {
            QString s;
            const int length = int(rng.bounded(24));
            for (int i = 0; i < length; ++i) {
                // Mostly the interesting ranges: controls, ASCII, 2- and 3-byte, surrogates.
                static const quint32 bases[] = {0x0, 0x20, 0x80, 0x800, 0xd800, 0xdc00, 0xe000, 0xfff0};
                const quint32 base = bases[rng.bounded(8)];
                s += QChar(char16_t(base + rng.bounded(base == 0xfff0 ? 16u : 0x400u)));
            }
            const QByteArray expected = viaQt(s);
            const QByteArray got = viaWriterString(s);
            if (got != expected)
                QFAIL(qPrintable(u"round %1: %2 instead of %3"_s.arg(round).arg(
                    QString::fromLatin1(got.toPercentEncoding()), QString::fromLatin1(expected.toPercentEncoding()))));
        }
    }

    void latin1Strings_sameBytesAsQJsonDocument()
    {
        const char raw[] = "caf\xe9 \"x\"\n\x01 \xff end";
        const QLatin1StringView text(raw, qsizetype(sizeof(raw) - 1));
        QCOMPARE(llm::JsonWriter().beginArray().value(text).endArray().take(), viaQt(QString(text)));
    }

    void numbers_sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<double>("number");
        for (double d : {0.0, -0.0, 0.7, 1.0, -3.25, 1e20, 1e-7, 123456789.123, 9007199254740992.0, 9007199254740994.0,
                 1e300, -1e-300, 0.1 + 0.2, 42.0})
            QTest::newRow(qPrintable(QString::number(d, 'g', 17))) << d;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
    }

    void numbers_sameBytesAsQJsonDocument()
    {
        QFETCH(double, number);
        QCOMPARE(viaWriterDouble(number), viaQt(number));
    }

    void nesting_commasAndBrackets_sameBytesAsQJsonDocument()
    {
        llm::JsonWriter w;
        w.beginObject();
        w.key("a"_L1).beginArray().endArray();
        w.key("b"_L1).beginObject().endObject();
        w.key("c"_L1).beginArray().value(qint64(1)).null().value(true).value(false).stringArray({u"x"_s, u"y"_s});
        w.beginObject().key("k"_L1).value(u"v"_s).endObject().endArray();
        w.key("d"_L1).value(qint64(-9000000000LL));
        w.endObject();
        const QJsonObject o{{u"a"_s, QJsonArray()}, {u"b"_s, QJsonObject()},
            {u"c"_s,
                QJsonArray{1, QJsonValue(), true, false, QJsonArray{u"x"_s, u"y"_s}, QJsonObject{{u"k"_s, u"v"_s}}}},
            {u"d"_s, qint64(-9000000000LL)}};
        QCOMPARE(w.take(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void requestBody_everyOption_sameBytesAsTheQJsonObjectBody()
    {
        for (int variant = 0; variant < 64; ++variant) {
            llm::HttpProviderConfig config;
            config.baseUrls = {u"http://127.0.0.1:1/v1"_s};
            config.model = u"model \"with\" quotes ü"_s;
            config.needsKey = false;
            config.jsonMode = variant & 1;
            config.stream = variant & 2;
            const llm::OpenAiProvider provider(config);
            llm::LlmRequest r;
            r.messages = {
                llm::Message{u"system"_s, u"Rules:\n- be \"kind\"\t\u0001"_s}, llm::Message{u"user"_s, u"你好 😀"_s}};
            r.jsonMode = variant & 4;
            r.completion = variant & 8;
            r.prompt = u"### Instruction:\nSay hi\n### Response:\n"_s;
            r.temperature = (variant & 16) ? 0.7 : 0.0;
            r.topP = (variant & 16) ? 0.95 : 1.0;
            r.maxTokens = 256 + variant;
            if (variant & 32) {
                r.stop = {u"###"_s, u"\n\nUser:"_s};
                r.n = 3;
                r.seed = 1234567;
            }
            QCOMPARE(provider.requestBody(r), qtRequestBody(config, r));
        }
        llm::HttpProviderConfig config;
        config.model = u"embedder"_s;
        config.needsKey = false;
        llm::LlmRequest embed;
        embed.embedInput = {u"one"_s, u"two \"2\""_s};
        QCOMPARE(llm::OpenAiProvider(config).requestBody(embed), qtRequestBody(config, embed));
    }

    void completionBody_chatAndLegacy_sameBytesAsTheQJsonObjectBody()
    {
        for (const bool legacy : {false, true}) {
            const QStringList choices{u"first \"answer\"\n"_s, u"zweite Antwort ü 😀"_s};
            const serve::openai::Usage usage{123, 45};
            QJsonArray list;
            for (qsizetype i = 0; i < choices.size(); ++i) {
                QJsonObject c{{u"index"_s, int(i)}, {u"logprobs"_s, QJsonValue()}, {u"finish_reason"_s, u"stop"_s}};
                if (legacy)
                    c.insert(u"text"_s, choices[i]);
                else
                    c.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, choices[i]}});
                list.append(c);
            }
            const QJsonObject expected{{u"id"_s, u"chatcmpl-1"_s},
                {u"object"_s, legacy ? u"text_completion"_s : u"chat.completion"_s}, {u"created"_s, qint64(1764460800)},
                {u"model"_s, u"aligned"_s}, {u"choices"_s, list}, {u"usage"_s, qtUsage(usage)}};
            QCOMPARE(serve::openai::completionBody(u"chatcmpl-1"_s, 1764460800, u"aligned"_s, choices, usage, legacy),
                QJsonDocument(expected).toJson(QJsonDocument::Compact));
        }
    }

    void streamEvents_everyShape_sameBytesAsTheQJsonObjectEvents()
    {
        const QString text = u"part \"of\" an answer\n ü 😀"_s;
        for (int shape = 0; shape < 8; ++shape) {
            const bool legacy = shape & 1;
            const bool role = shape & 2;
            const QString finish = (shape & 4) ? u"stop"_s : QString();
            QCOMPARE(
                serve::openai::chunkEvent(u"chatcmpl-2"_s, 1764460800, u"aligned"_s, shape, text, legacy, role, finish),
                qtChunkEvent(u"chatcmpl-2"_s, 1764460800, u"aligned"_s, shape, text, legacy, role, finish));
        }
        const serve::openai::Usage usage{700, 26};
        for (const bool legacy : {false, true})
            QCOMPARE(serve::openai::usageEvent(u"chatcmpl-3"_s, 1764460800, u"aligned"_s, usage, legacy),
                qtEvent(QJsonObject{{u"id"_s, u"chatcmpl-3"_s},
                    {u"object"_s, legacy ? u"text_completion"_s : u"chat.completion.chunk"_s},
                    {u"created"_s, qint64(1764460800)}, {u"model"_s, u"aligned"_s}, {u"choices"_s, QJsonArray()},
                    {u"usage"_s, qtUsage(usage)}}));
    }
};

QTEST_GUILESS_MAIN(TstJsonWriter)
#include "tst_jsonwriter.moc"
