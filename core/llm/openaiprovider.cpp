// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/openaiprovider.h"

#include "llm/httperror.h"
#include "llm/jsonwriter.h"
#include "llm/llmtext.h"
#include "llm/sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace drpo::llm {

using namespace Qt::Literals::StringLiterals;

namespace {

QString pathFor(const LlmRequest &r)
{
    if (!r.embedInput.isEmpty())
        return QStringLiteral("/embeddings");
    return r.completion ? QStringLiteral("/completions") : QStringLiteral("/chat/completions");
}

// Everything a streamed answer accumulates until [DONE].
struct StreamState {
    SseParser parser;
    QMap<int, QString> text;
    bool sawDone = false;
    bool sawFinish = false;
    QString error;
    ErrorKind errorKind = ErrorKind::None;
    model::Usage usage;
    bool haveUsage = false;
    bool garbled = false;
    std::function<void(int, const QString &)> onPartial; // the request's, when set
};

void readUsage(const QJsonObject &o, model::Usage &usage, bool &have)
{
    const QJsonObject u = o.value(u"usage").toObject();
    if (u.isEmpty())
        return;
    usage.promptTokens = u.value(u"prompt_tokens").toInteger();
    usage.completionTokens = u.value(u"completion_tokens").toInteger();
    have = usage.promptTokens > 0 || usage.completionTokens > 0;
}

void handleEvents(StreamState &s, const QList<SseParser::Event> &events, bool completion)
{
    for (const SseParser::Event &e : events) {
        if (e.data.trimmed() == "[DONE]") {
            s.sawDone = true;
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(e.data, &pe);
        if (!doc.isObject()) {
            s.garbled = true;
            continue;
        }
        const QJsonObject o = doc.object();
        if (o.contains(u"error")) {
            // An error object mid-stream: the server gave up on this answer.
            const QJsonObject err = o.value(u"error").toObject();
            const QString type = err.value(u"type").toString() + err.value(u"code").toVariant().toString();
            s.errorKind = type.contains(u"rate") ? ErrorKind::RateLimited : ErrorKind::Transient;
            s.error = err.value(u"message").toString(QStringLiteral("error"));
            continue;
        }
        for (const QJsonValue &cv : o.value(u"choices").toArray()) {
            const QJsonObject c = cv.toObject();
            const int idx = c.value(u"index").toInt();
            const QJsonValue piece = completion ? c.value(u"text") : c.value(u"delta").toObject().value(u"content");
            if (piece.isString()) {
                s.text[idx] += piece.toString();
                if (s.onPartial && !piece.toString().isEmpty())
                    s.onPartial(idx, s.text[idx]);
            } else if (!s.text.contains(idx))
                s.text[idx] = QString();
            if (!c.value(u"finish_reason").isNull() && !c.value(u"finish_reason").isUndefined())
                s.sawFinish = true;
        }
        readUsage(o, s.usage, s.haveUsage);
    }
}

void feedStream(StreamState &s, const QByteArray &bytes, bool completion)
{
    handleEvents(s, s.parser.feed(bytes), completion);
}

} // namespace

OpenAiProvider::OpenAiProvider(HttpProviderConfig config)
    : HttpProvider(std::move(config))
{}

QByteArray OpenAiProvider::requestBody(const LlmRequest &request) const
{
    // Keys in sorted order: the bytes QJsonDocument gave before (see JsonWriter).
    qsizetype expected = 256 + request.prompt.size() + config().model.size();
    for (const Message &m : request.messages)
        expected += m.content.size() + 32;
    for (const QString &s : request.embedInput)
        expected += s.size() + 4;
    JsonWriter w(expected + expected / 8);
    w.beginObject();
    if (!request.embedInput.isEmpty()) {
        w.key("input"_L1).stringArray(request.embedInput);
        w.key("model"_L1).value(config().model);
        return w.endObject().take();
    }
    w.key("max_tokens"_L1).value(request.maxTokens);
    if (!request.completion) {
        QList<Message> messages = request.messages;
        if (request.jsonMode && !config().jsonMode && !messages.isEmpty()) {
            // No JSON mode on this endpoint: ask in words (the answer is parsed tolerantly).
            Message &last = messages.last();
            if (!last.content.contains(u"JSON"))
                last.content += QStringLiteral("\n\nAnswer with one JSON object and nothing else.");
        }
        w.key("messages"_L1).beginArray();
        for (const Message &m : std::as_const(messages))
            w.beginObject().key("content"_L1).value(m.content).key("role"_L1).value(m.role).endObject();
        w.endArray();
    }
    w.key("model"_L1).value(config().model);
    if (request.n > 1)
        w.key("n"_L1).value(request.n);
    if (request.completion)
        w.key("prompt"_L1).value(request.prompt);
    if (!request.completion && request.jsonMode && config().jsonMode)
        w.key("response_format"_L1).beginObject().key("type"_L1).value("json_object"_L1).endObject();
    if (request.seed)
        w.key("seed"_L1).value(double(*request.seed));
    if (!request.stop.isEmpty())
        w.key("stop"_L1).stringArray(request.stop);
    if (request.stream || config().stream) {
        w.key("stream"_L1).value(true);
        w.key("stream_options"_L1).beginObject().key("include_usage"_L1).value(true).endObject();
    }
    w.key("temperature"_L1).value(request.temperature);
    if (request.topP < 1.0)
        w.key("top_p"_L1).value(request.topP);
    return w.endObject().take();
}

void OpenAiProvider::startCall(const LlmRequest &request, Done done)
{
    HttpCall call;
    call.path = pathFor(request);
    call.body = requestBody(request);
    call.timeoutMs = config().timeoutMs;
    call.maxCallMs = config().maxCallMs;
    call.maxBytes = config().maxResponseBytes;
    call.headers.push_back({"Content-Type", "application/json"});
    if (!apiKey().isEmpty())
        call.headers.push_back({"Authorization", "Bearer " + apiKey().toUtf8()});
    call.headers += config().extraHeaders;
    const bool streaming = request.embedInput.isEmpty() && (request.stream || config().stream);
    std::shared_ptr<StreamState> stream;
    if (streaming) {
        call.headers.push_back({"Accept", "text/event-stream"});
        stream = std::make_shared<StreamState>();
        stream->onPartial = request.onPartial;
        call.onData = [stream, completion = request.completion](
                          const QByteArray &bytes) { feedStream(*stream, bytes, completion); };
    }
    transport()->send(std::move(call), [this, request, done, stream](HttpResult r) {
        if (std::optional<LlmResponse> f = failed(r)) {
            done(std::move(*f));
            return;
        }
        if (!stream) {
            done(parseBody(request, r));
            return;
        }
        handleEvents(*stream, stream->parser.finish(), request.completion);
        if (stream->errorKind != ErrorKind::None) {
            LlmResponse out = parseError(r, {});
            out.error = stream->errorKind;
            out.errorMessage = scrubSecret(
                LlmText::tr("the stream from %1 reported an error: %2").arg(QUrl(r.base).host(), stream->error),
                apiKey());
            done(std::move(out));
            return;
        }
        if (!stream->sawDone && !stream->sawFinish) {
            LlmResponse out = parseError(r, LlmText::tr("the stream ended before the answer was complete"));
            out.error = ErrorKind::Transient;
            done(std::move(out));
            return;
        }
        if (stream->text.isEmpty()) {
            done(parseError(
                r, stream->garbled ? LlmText::tr("malformed stream data") : LlmText::tr("no choices in the stream")));
            return;
        }
        LlmResponse out;
        out.endpoint = r.base;
        out.httpStatus = r.status;
        out.latencyMs = r.latencyMs;
        for (const QString &t : std::as_const(stream->text))
            out.choices.push_back(t);
        if (stream->haveUsage) {
            out.usage = stream->usage;
            out.usageEstimated = false;
        }
        done(std::move(out));
    });
}

LlmResponse OpenAiProvider::parseBody(const LlmRequest &request, const HttpResult &r) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (!doc.isObject())
        return parseError(r, LlmText::tr("not JSON (%1)").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.contains(u"error"))
        return parseError(r, errorMessageFromBody(r.body));
    LlmResponse out;
    out.endpoint = r.base;
    out.httpStatus = r.status;
    out.latencyMs = r.latencyMs;
    bool haveUsage = false;
    readUsage(o, out.usage, haveUsage);
    out.usageEstimated = !haveUsage;
    if (!request.embedInput.isEmpty()) {
        for (const QJsonValue &d : o.value(u"data").toArray()) {
            QList<double> v;
            for (const QJsonValue &x : d.toObject().value(u"embedding").toArray())
                v.push_back(x.toDouble());
            out.embeddings.push_back(std::move(v));
        }
        if (out.embeddings.size() != request.embedInput.size())
            return parseError(r,
                LlmText::tr("expected %1 embeddings, got %2")
                    .arg(request.embedInput.size())
                    .arg(out.embeddings.size()));
        return out;
    }
    QMap<int, QString> byIndex;
    QString finish;
    const QJsonArray choices = o.value(u"choices").toArray();
    for (int i = 0; i < choices.size(); ++i) {
        const QJsonObject c = choices.at(i).toObject();
        const QJsonValue text =
            request.completion ? c.value(u"text") : c.value(u"message").toObject().value(u"content");
        if (!text.isString())
            return parseError(r, LlmText::tr("a choice has no text"));
        byIndex.insert(c.value(u"index").toInt(i), text.toString());
        finish = c.value(u"finish_reason").toString();
    }
    if (byIndex.isEmpty())
        return parseError(r, LlmText::tr("no choices in the answer"));
    for (const QString &t : std::as_const(byIndex))
        out.choices.push_back(t);
    if (out.choices.size() == 1 && out.choices.first().trimmed().isEmpty() && request.maxTokens > 0) {
        // Never hand an empty answer on as if it were one.
        return parseError(r,
            finish == u"length" ? LlmText::tr("empty answer (max_tokens reached before any text)")
                                : LlmText::tr("empty answer"));
    }
    return out;
}

void OpenAiProvider::probe(std::function<void(const ConnectionResult &)> done)
{
    for (const QString &base : config().baseUrls) {
        HttpCall call;
        call.method = "GET";
        call.path = QStringLiteral("/models");
        call.timeoutMs = qMin(config().timeoutMs, 15000);
        if (!apiKey().isEmpty())
            call.headers.push_back({"Authorization", "Bearer " + apiKey().toUtf8()});
        call.headers += config().extraHeaders;
        // One transport per probe so each replica is tried, not the least loaded one.
        auto *t = new HttpTransport({base});
        t->send(std::move(call), [this, t, base, done](HttpResult r) {
            ConnectionResult c;
            c.endpoint = base;
            c.latencyMs = r.latencyMs;
            if (std::optional<LlmResponse> f = failed(r)) {
                c.message = f->errorMessage;
            } else {
                const QJsonArray data = QJsonDocument::fromJson(r.body).object().value(u"data").toArray();
                for (const QJsonValue &m : data)
                    c.models.push_back(m.toObject().value(u"id").toString());
                c.modelListed = config().model.isEmpty() || c.models.contains(config().model);
                c.ok = true;
                if (c.models.isEmpty())
                    c.message = LlmText::tr("reachable (%1 ms); the server lists no models").arg(r.latencyMs);
                else if (c.modelListed)
                    c.message =
                        LlmText::tr("reachable (%1 ms); model %2 is available").arg(r.latencyMs).arg(config().model);
                else
                    c.message =
                        LlmText::tr("reachable (%1 ms), but model %2 is not among the %3 listed; check the model name")
                            .arg(r.latencyMs)
                            .arg(config().model)
                            .arg(c.models.size());
            }
            t->deleteLater();
            done(c);
        });
    }
}

} // namespace drpo::llm
