// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/openaiapi.h"

#include "serve/servetext.h"

#include "llm/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>

namespace drpo::serve {

using namespace Qt::Literals::StringLiterals;

namespace {

// Field checks that fill *error and return false, so parsing reads top to bottom.
class Fields {
public:
    Fields(const QJsonObject &o, ApiError *error)
        : m_o(o)
        , m_error(error)
    {}

    bool fail(const QString &param, const QString &message)
    {
        if (m_error)
            *m_error = ApiError::badRequest(param, message);
        return false;
    }
    bool present(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue value(const char *key) const { return m_o.value(QLatin1String(key)); }

    bool number(const char *key, double min, double max, std::optional<double> &out)
    {
        if (!present(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            return fail(QLatin1String(key),
                ServeText::tr("%1 must be a number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
        out = v.toDouble();
        return true;
    }
    bool integer(const char *key, qint64 min, qint64 max, std::optional<qint64> &out)
    {
        if (!present(key))
            return true;
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max))
            return fail(QLatin1String(key),
                ServeText::tr("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
        out = qint64(d);
        return true;
    }
    bool boolean(const char *key, bool &out)
    {
        if (!present(key))
            return true;
        if (!value(key).isBool())
            return fail(QLatin1String(key), ServeText::tr("%1 must be true or false").arg(QLatin1String(key)));
        out = value(key).toBool();
        return true;
    }
    bool refuse(const char *key, const QString &why)
    {
        if (!present(key))
            return true;
        return fail(QLatin1String(key), why);
    }

private:
    const QJsonObject &m_o;
    ApiError *m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = ApiError::badRequest(
                {}, ServeText::tr("the body is not valid JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = ApiError::badRequest({}, ServeText::tr("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

// The fields both endpoints share: model, sampling, streaming.
bool parseCommon(const QJsonObject &o, ApiRequest &r, ApiError *error)
{
    Fields f(o, error);
    const QJsonValue model = o.value(u"model");
    if (!model.isString() || model.toString().trimmed().isEmpty())
        return f.fail(
            QStringLiteral("model"), ServeText::tr("model is required: the name of a served profile (see /v1/models)"));
    r.model = model.toString();
    std::optional<double> temperature, topP;
    std::optional<qint64> maxTokens, maxCompletionTokens, n, seed;
    if (!f.number("temperature", 0, 2, temperature) || !f.number("top_p", 0, 1, topP) ||
        !f.integer("max_tokens", 1, 1 << 20, maxTokens) ||
        !f.integer("max_completion_tokens", 1, 1 << 20, maxCompletionTokens) ||
        !f.integer("n", 1, openai::kMaxChoices, n) || !f.integer("seed", -(qint64(1) << 53), qint64(1) << 53, seed) ||
        !f.boolean("stream", r.sampling.stream))
        return false;
    if (topP && *topP <= 0)
        return f.fail(QStringLiteral("top_p"), ServeText::tr("top_p must be above 0"));
    r.sampling.temperature = temperature;
    r.sampling.topP = topP;
    if (maxCompletionTokens)
        r.sampling.maxTokens = int(*maxCompletionTokens);
    else if (maxTokens)
        r.sampling.maxTokens = int(*maxTokens);
    r.sampling.n = n ? int(*n) : 1;
    r.sampling.seed = seed;
    if (f.present("stop")) {
        const QJsonValue stop = o.value(u"stop");
        if (stop.isString()) {
            r.sampling.stop = {stop.toString()};
        } else if (stop.isArray() && stop.toArray().size() <= openai::kMaxStops) {
            for (const QJsonValue &s : stop.toArray()) {
                if (!s.isString())
                    return f.fail(QStringLiteral("stop"), ServeText::tr("stop must be a string or a list of strings"));
                r.sampling.stop << s.toString();
            }
        } else {
            return f.fail(QStringLiteral("stop"),
                ServeText::tr("stop must be a string or a list of at most %1 strings").arg(openai::kMaxStops));
        }
    }
    if (f.present("stream_options")) {
        const QJsonValue so = o.value(u"stream_options");
        const QJsonValue usage = so.toObject().value(u"include_usage");
        if (!so.isObject() || (!usage.isUndefined() && !usage.isNull() && !usage.isBool()))
            return f.fail(QStringLiteral("stream_options"),
                ServeText::tr("stream_options must be {\"include_usage\": true|false}"));
        r.includeUsage = usage.toBool();
    }
    const QString tools = ServeText::tr("%1 is not supported: a served profile answers with text only");
    if (!f.refuse("tools", tools.arg(QStringLiteral("tools"))) ||
        !f.refuse("tool_choice", tools.arg(QStringLiteral("tool_choice"))) ||
        !f.refuse("functions", tools.arg(QStringLiteral("functions"))) ||
        !f.refuse("function_call", tools.arg(QStringLiteral("function_call"))))
        return false;
    if (o.value(u"logprobs").toBool() || (f.present("logprobs") && o.value(u"logprobs").isDouble()))
        return f.fail(QStringLiteral("logprobs"), ServeText::tr("logprobs are not supported"));
    if (f.present("response_format")) {
        const QString type = o.value(u"response_format").toObject().value(u"type").toString();
        if (type != u"text")
            return f.fail(QStringLiteral("response_format"),
                ServeText::tr("only the text response format is supported (a profile's examples are prose)"));
    }
    return true;
}

// A message's content: a string, or a list of text parts.
bool parseContent(const QJsonValue &content, const QString &param, bool nullAllowed, QString &out, ApiError *error)
{
    if (content.isString()) {
        out = content.toString();
        return true;
    }
    if ((content.isNull() || content.isUndefined()) && nullAllowed) {
        out.clear();
        return true;
    }
    if (!content.isArray()) {
        if (error)
            *error =
                ApiError::badRequest(param, ServeText::tr("%1 must be a string or a list of text parts").arg(param));
        return false;
    }
    QStringList parts;
    const QJsonArray a = content.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject part = a[i].toObject();
        const QString at = QStringLiteral("%1[%2]").arg(param).arg(i);
        if (part.value(u"type").toString() != u"text" || !part.value(u"text").isString()) {
            if (error)
                *error = ApiError::badRequest(at,
                    ServeText::tr("%1: only text parts ({\"type\": \"text\", \"text\": ...}) are "
                                  "supported")
                        .arg(at));
            return false;
        }
        parts << part.value(u"text").toString();
    }
    out = parts.join(u'\n');
    return true;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString ApiError::type() const
{
    if (status == 429)
        return QStringLiteral("rate_limit_error");
    if (status >= 500)
        return QStringLiteral("server_error");
    if (status == 401)
        return QStringLiteral("authentication_error");
    return QStringLiteral("invalid_request_error");
}

QByteArray ApiError::toJson() const
{
    return compact(QJsonObject{{QStringLiteral("error"),
        QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("type"), type()},
            {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)},
            {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}});
}

ApiError ApiError::badRequest(const QString &param, const QString &message)
{
    ApiError e;
    e.status = 400;
    e.param = param;
    e.message = message;
    return e;
}

namespace openai {

std::optional<ApiRequest> parseChat(const QByteArray &body, ApiError *error)
{
    const std::optional<QJsonObject> o = parseObject(body, error);
    if (!o)
        return std::nullopt;
    ApiRequest r;
    if (!parseCommon(*o, r, error))
        return std::nullopt;
    const QJsonValue messages = o->value(u"messages");
    if (!messages.isArray() || messages.toArray().isEmpty()) {
        if (error)
            *error =
                ApiError::badRequest(QStringLiteral("messages"), ServeText::tr("messages must be a non-empty list"));
        return std::nullopt;
    }
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("messages[%1]").arg(i);
        if (!list[i].isObject()) {
            if (error)
                *error = ApiError::badRequest(at, ServeText::tr("%1 must be an object with role and content").arg(at));
            return std::nullopt;
        }
        const QJsonObject m = list[i].toObject();
        const QString role = m.value(u"role").toString();
        if (role != u"system" && role != u"developer" && role != u"user" && role != u"assistant") {
            if (error)
                *error = ApiError::badRequest(at + QStringLiteral(".role"),
                    role == u"tool" || role == u"function"
                        ? ServeText::tr("%1.role: tool messages are not supported").arg(at)
                        : ServeText::tr("%1.role must be system, developer, user or assistant").arg(at));
            return std::nullopt;
        }
        QString content;
        if (!parseContent(m.value(u"content"), at + QStringLiteral(".content"), role == u"assistant", content, error))
            return std::nullopt;
        r.messages.push_back(llm::Message{role, content});
    }
    for (qsizetype i = r.messages.size() - 1; i >= 0; --i) {
        if (r.messages[i].role == u"system" || r.messages[i].role == u"developer")
            continue;
        if (r.messages[i].role != u"user") {
            if (error)
                *error = ApiError::badRequest(QStringLiteral("messages"),
                    ServeText::tr(
                        "the last message (after any system messages) must be the user's: it is what is answered"));
            return std::nullopt;
        }
        return r;
    }
    if (error)
        *error =
            ApiError::badRequest(QStringLiteral("messages"), ServeText::tr("messages need at least one user message"));
    return std::nullopt;
}

std::optional<ApiRequest> parseCompletion(const QByteArray &body, ApiError *error)
{
    const std::optional<QJsonObject> o = parseObject(body, error);
    if (!o)
        return std::nullopt;
    ApiRequest r;
    r.legacyCompletion = true;
    if (!parseCommon(*o, r, error))
        return std::nullopt;
    QJsonValue prompt = o->value(u"prompt");
    if (prompt.isArray() && prompt.toArray().size() == 1)
        prompt = prompt.toArray().first();
    if (!prompt.isString()) {
        if (error)
            *error = ApiError::badRequest(QStringLiteral("prompt"),
                ServeText::tr("prompt must be one string (a list of prompts, or token ids, is not supported)"));
        return std::nullopt;
    }
    Fields f(*o, error);
    if (o->value(u"echo").toBool()) {
        f.fail(QStringLiteral("echo"), ServeText::tr("echo is not supported"));
        return std::nullopt;
    }
    if (f.present("suffix")) {
        f.fail(QStringLiteral("suffix"), ServeText::tr("suffix is not supported"));
        return std::nullopt;
    }
    // The prompt is the user's query: the profile is applied to it like to a chat turn.
    r.messages = {llm::Message{QStringLiteral("user"), prompt.toString()}};
    return r;
}

namespace {

// After "choices": the fields every answer and chunk share, keys in sorted order.
void writeEnvelope(
    llm::JsonWriter &w, const QString &id, qint64 created, const QString &model, QLatin1StringView object)
{
    w.key("created"_L1).value(created);
    w.key("id"_L1).value(id);
    w.key("model"_L1).value(model);
    w.key("object"_L1).value(object);
}

void writeUsage(llm::JsonWriter &w, const Usage &usage)
{
    w.key("usage"_L1).beginObject();
    w.key("completion_tokens"_L1).value(usage.completionTokens);
    w.key("prompt_tokens"_L1).value(usage.promptTokens);
    w.key("total_tokens"_L1).value(usage.promptTokens + usage.completionTokens);
    w.endObject();
}

QLatin1StringView chunkObject(bool legacy)
{
    return legacy ? "text_completion"_L1 : "chat.completion.chunk"_L1;
}

QByteArray asEvent(llm::JsonWriter &w)
{
    QByteArray out = w.take();
    out.prepend("data: ");
    out += "\n\n";
    return out;
}

} // namespace

// Bodies and events are written directly, keys in sorted order: the bytes QJsonDocument
// gave (llm::JsonWriter; tst_jsonwriter compares them).
QByteArray completionBody(const QString &id, qint64 created, const QString &model, const QStringList &choices,
    const Usage &usage, bool legacy)
{
    qsizetype expected = 320 + model.size();
    for (const QString &c : choices)
        expected += c.size() + 128;
    llm::JsonWriter w(expected + expected / 8);
    w.beginObject().key("choices"_L1).beginArray();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        w.beginObject();
        w.key("finish_reason"_L1).value("stop"_L1);
        w.key("index"_L1).value(qint64(i));
        w.key("logprobs"_L1).null();
        if (legacy)
            w.key("text"_L1).value(choices[i]);
        else
            w.key("message"_L1)
                .beginObject()
                .key("content"_L1)
                .value(choices[i])
                .key("role"_L1)
                .value("assistant"_L1)
                .endObject();
        w.endObject();
    }
    w.endArray();
    writeEnvelope(w, id, created, model, legacy ? "text_completion"_L1 : "chat.completion"_L1);
    writeUsage(w, usage);
    return w.endObject().take();
}

QByteArray chunkEvent(const QString &id, qint64 created, const QString &model, int choice, const QString &text,
    bool legacy, bool role, const QString &finish)
{
    llm::JsonWriter w(256 + 8 + text.size() + model.size());
    w.beginObject().key("choices"_L1).beginArray().beginObject();
    if (!legacy) {
        w.key("delta"_L1).beginObject();
        if (finish.isEmpty())
            w.key("content"_L1).value(text);
        if (role)
            w.key("role"_L1).value("assistant"_L1);
        w.endObject();
    }
    w.key("finish_reason"_L1);
    if (finish.isEmpty())
        w.null();
    else
        w.value(finish);
    w.key("index"_L1).value(choice);
    if (legacy)
        w.key("logprobs"_L1).null().key("text"_L1).value(text);
    w.endObject().endArray();
    writeEnvelope(w, id, created, model, chunkObject(legacy));
    return asEvent(w.endObject());
}

QByteArray usageEvent(const QString &id, qint64 created, const QString &model, const Usage &usage, bool legacy)
{
    llm::JsonWriter w;
    w.beginObject().key("choices"_L1).beginArray().endArray();
    writeEnvelope(w, id, created, model, chunkObject(legacy));
    writeUsage(w, usage);
    return asEvent(w.endObject());
}

QByteArray doneEvent()
{
    return "data: [DONE]\n\n";
}

QByteArray errorEvent(const ApiError &error)
{
    return "data: " + error.toJson() + "\n\n";
}

QString newId(bool legacy)
{
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    return (legacy ? QStringLiteral("cmpl-") : QStringLiteral("chatcmpl-")) +
        QString::number(a, 16).rightJustified(16, u'0') +
        QString::number(b & 0xffffffffull, 16).rightJustified(8, u'0');
}

} // namespace openai

} // namespace drpo::serve
