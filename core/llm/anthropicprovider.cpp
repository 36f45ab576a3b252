// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/anthropicprovider.h"

#include "llm/httperror.h"
#include "llm/llmtext.h"
#include "llm/sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace drpo::llm {

namespace {

struct StreamState {
    SseParser parser;
    QString text;
    bool sawStop = false;
    QString error;
    ErrorKind errorKind = ErrorKind::None;
    model::Usage usage;
    bool haveUsage = false;
    std::function<void(int, const QString &)> onPartial; // the request's, when set
};

void handle(StreamState &s, const QList<SseParser::Event> &events)
{
    for (const SseParser::Event &e : events) {
        const QJsonObject o = QJsonDocument::fromJson(e.data).object();
        const QByteArray type = e.event.isEmpty() ? o.value(u"type").toString().toUtf8() : e.event;
        if (type == "message_start") {
            s.usage.promptTokens =
                o.value(u"message").toObject().value(u"usage").toObject().value(u"input_tokens").toInteger();
            s.haveUsage = s.usage.promptTokens > 0;
        } else if (type == "content_block_delta") {
            const QJsonObject d = o.value(u"delta").toObject();
            if (d.value(u"type").toString() == u"text_delta") {
                s.text += d.value(u"text").toString();
                if (s.onPartial && !d.value(u"text").toString().isEmpty())
                    s.onPartial(0, s.text);
            }
        } else if (type == "message_delta") {
            const qint64 out = o.value(u"usage").toObject().value(u"output_tokens").toInteger();
            if (out > 0) {
                s.usage.completionTokens = out;
                s.haveUsage = true;
            }
        } else if (type == "message_stop") {
            s.sawStop = true;
        } else if (type == "error") {
            const QJsonObject err = o.value(u"error").toObject();
            const QString et = err.value(u"type").toString();
            s.errorKind = et == u"rate_limit_error" ? ErrorKind::RateLimited : ErrorKind::Transient;
            s.error = err.value(u"message").toString(et);
        }
    }
}

} // namespace

AnthropicProvider::AnthropicProvider(HttpProviderConfig config)
    : HttpProvider([&config] {
        config.kind = QStringLiteral("anthropic");
        config.supportsN = false;
        return std::move(config);
    }())
{}

QByteArray AnthropicProvider::requestBody(const LlmRequest &request) const
{
    QStringList system;
    QJsonArray msgs;
    QList<Message> messages = request.messages;
    if (request.completion || messages.isEmpty())
        messages = {Message{QStringLiteral("user"), request.prompt}};
    if (request.jsonMode && !messages.isEmpty() && !messages.last().content.contains(u"JSON"))
        messages.last().content += QStringLiteral("\n\nAnswer with one JSON object and nothing else.");
    for (const Message &m : std::as_const(messages)) {
        if (m.role == u"system")
            system.push_back(m.content);
        else
            msgs.append(QJsonObject{{QStringLiteral("role"), m.role == u"assistant" ? m.role : QStringLiteral("user")},
                {QStringLiteral("content"), m.content}});
    }
    QJsonObject body{{QStringLiteral("model"), config().model},
        {QStringLiteral("max_tokens"), qMax(1, request.maxTokens)}, {QStringLiteral("messages"), msgs},
        {QStringLiteral("temperature"), qBound(0.0, request.temperature, 1.0)}};
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(request.stop));
    if (request.stream || config().stream)
        body.insert(QStringLiteral("stream"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpCall AnthropicProvider::makeCall(const LlmRequest &request) const
{
    HttpCall call;
    call.path = QStringLiteral("/messages");
    call.body = requestBody(request);
    call.timeoutMs = config().timeoutMs;
    call.maxCallMs = config().maxCallMs;
    call.maxBytes = config().maxResponseBytes;
    call.headers.push_back({"Content-Type", "application/json"});
    call.headers.push_back({"anthropic-version", "2023-06-01"});
    if (!apiKey().isEmpty())
        call.headers.push_back({"x-api-key", apiKey().toUtf8()});
    call.headers += config().extraHeaders;
    return call;
}

void AnthropicProvider::startCall(const LlmRequest &request, Done done)
{
    if (!request.embedInput.isEmpty()) {
        LlmResponse r;
        r.error = ErrorKind::BadRequest;
        r.errorMessage =
            LlmText::tr("Anthropic has no embeddings endpoint; configure an OpenAI-compatible one for retrieval");
        r.endpoint = endpoint();
        done(std::move(r));
        return;
    }
    HttpCall call = makeCall(request);
    std::shared_ptr<StreamState> stream;
    if (request.stream || config().stream) {
        call.headers.push_back({"Accept", "text/event-stream"});
        stream = std::make_shared<StreamState>();
        stream->onPartial = request.onPartial;
        call.onData = [stream](const QByteArray &bytes) { handle(*stream, stream->parser.feed(bytes)); };
    }
    transport()->send(std::move(call), [this, done, stream](HttpResult r) {
        if (std::optional<LlmResponse> f = failed(r)) {
            done(std::move(*f));
            return;
        }
        if (!stream) {
            done(parseBody(r));
            return;
        }
        handle(*stream, stream->parser.finish());
        if (stream->errorKind != ErrorKind::None) {
            LlmResponse out = parseError(r, {});
            out.error = stream->errorKind;
            out.errorMessage = scrubSecret(
                LlmText::tr("the stream from %1 reported an error: %2").arg(QUrl(r.base).host(), stream->error),
                apiKey());
            done(std::move(out));
            return;
        }
        if (!stream->sawStop) {
            LlmResponse out = parseError(r, LlmText::tr("the stream ended before the answer was complete"));
            out.error = ErrorKind::Transient;
            done(std::move(out));
            return;
        }
        LlmResponse out;
        out.endpoint = r.base;
        out.httpStatus = r.status;
        out.latencyMs = r.latencyMs;
        out.choices = {stream->text};
        if (stream->haveUsage) {
            out.usage = stream->usage;
            out.usageEstimated = false;
        }
        if (stream->text.trimmed().isEmpty()) {
            done(parseError(r, LlmText::tr("empty answer")));
            return;
        }
        done(std::move(out));
    });
}

LlmResponse AnthropicProvider::parseBody(const HttpResult &r) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (!doc.isObject())
        return parseError(r, LlmText::tr("not JSON (%1)").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"type").toString() == u"error")
        return parseError(r, errorMessageFromBody(r.body));
    QString text;
    for (const QJsonValue &b : o.value(u"content").toArray())
        if (b.toObject().value(u"type").toString() == u"text")
            text += b.toObject().value(u"text").toString();
    if (text.trimmed().isEmpty())
        return parseError(r,
            o.value(u"stop_reason").toString() == u"max_tokens" ? LlmText::tr("empty answer (max_tokens reached)")
                                                                : LlmText::tr("empty answer"));
    LlmResponse out;
    out.endpoint = r.base;
    out.httpStatus = r.status;
    out.latencyMs = r.latencyMs;
    out.choices = {text};
    const QJsonObject u = o.value(u"usage").toObject();
    out.usage.promptTokens = u.value(u"input_tokens").toInteger();
    out.usage.completionTokens = u.value(u"output_tokens").toInteger();
    out.usageEstimated = out.usage.promptTokens == 0 && out.usage.completionTokens == 0;
    return out;
}

void AnthropicProvider::probe(std::function<void(const ConnectionResult &)> done)
{
    LlmRequest tiny;
    tiny.messages = {Message{QStringLiteral("user"), QStringLiteral("ping")}};
    tiny.maxTokens = 1;
    for (const QString &base : config().baseUrls) {
        HttpCall call = makeCall(tiny);
        call.timeoutMs = qMin(config().timeoutMs, 30000);
        auto *t = new HttpTransport({base});
        t->send(std::move(call), [this, t, base, done](HttpResult r) {
            ConnectionResult c;
            c.endpoint = base;
            c.latencyMs = r.latencyMs;
            if (std::optional<LlmResponse> f = failed(r)) {
                c.message = f->errorMessage;
            } else {
                c.ok = true;
                c.modelListed = true;
                c.models = {config().model};
                c.message = LlmText::tr("reachable (%1 ms); model %2 answered").arg(r.latencyMs).arg(config().model);
            }
            t->deleteLater();
            done(c);
        });
    }
}

} // namespace drpo::llm
