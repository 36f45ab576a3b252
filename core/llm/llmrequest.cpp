// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/llmrequest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace drpo::llm {

QString purposeName(Purpose p)
{
    switch (p) {
    case Purpose::Select: return QStringLiteral("select");
    case Purpose::Judge: return QStringLiteral("judge");
    case Purpose::OptimizePrompt: return QStringLiteral("optimize-prompt");
    case Purpose::RewriteExample: return QStringLiteral("rewrite-example");
    case Purpose::Respond: return QStringLiteral("respond");
    case Purpose::Evaluate: return QStringLiteral("evaluate");
    case Purpose::Embed: return QStringLiteral("embed");
    }
    return {};
}

QByteArray LlmRequest::cacheKey(const QString &providerKind, const QString &endpoint, const QString &model) const
{
    QJsonArray msgs;
    for (const Message &m : messages)
        msgs.append(QJsonObject{{QStringLiteral("r"), m.role}, {QStringLiteral("c"), m.content}});
    QJsonObject canon{{QStringLiteral("kind"), providerKind}, {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("model"), model}, {QStringLiteral("messages"), msgs}, {QStringLiteral("prompt"), prompt},
        {QStringLiteral("completion"), completion}, {QStringLiteral("temperature"), temperature},
        {QStringLiteral("top_p"), topP}, {QStringLiteral("max_tokens"), maxTokens},
        {QStringLiteral("stop"), QJsonArray::fromStringList(stop)}, {QStringLiteral("n"), n},
        {QStringLiteral("seed"), seed ? QJsonValue(double(*seed)) : QJsonValue()}, {QStringLiteral("json"), jsonMode},
        {QStringLiteral("sample"), sampleIndex}};
    if (!embedInput.isEmpty())
        canon.insert(QStringLiteral("embed"), QJsonArray::fromStringList(embedInput));
    // The simulated world answers from the structured fields, so they are part of its key.
    if (providerKind == u"sim")
        canon.insert(QStringLiteral("fields"), payloadJson(payload));
    return QCryptographicHash::hash(QJsonDocument(canon).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QString errorKindName(ErrorKind k)
{
    switch (k) {
    case ErrorKind::None: return QStringLiteral("ok");
    case ErrorKind::Transient: return QStringLiteral("transient");
    case ErrorKind::RateLimited: return QStringLiteral("rate-limited");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Quota: return QStringLiteral("quota");
    case ErrorKind::BadRequest: return QStringLiteral("bad-request");
    case ErrorKind::ContextLength: return QStringLiteral("context-length");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Parse: return QStringLiteral("parse");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Budget: return QStringLiteral("budget");
    case ErrorKind::Unavailable: return QStringLiteral("unavailable");
    }
    return {};
}

bool isFatal(ErrorKind k)
{
    switch (k) {
    case ErrorKind::Auth:
    case ErrorKind::Quota:
    case ErrorKind::ContextLength:
    case ErrorKind::NotFound:
    case ErrorKind::BadRequest:
    case ErrorKind::Budget:
    case ErrorKind::Unavailable: return true;
    default: return false;
    }
}

bool isRetryable(ErrorKind k)
{
    return k == ErrorKind::Transient || k == ErrorKind::RateLimited || k == ErrorKind::Parse;
}

qint64 estimateTokens(const QString &text)
{
    return (text.size() + 3) / 4;
}

qint64 estimateTokens(const LlmRequest &request)
{
    qint64 n = estimateTokens(request.prompt);
    for (const Message &m : request.messages)
        n += estimateTokens(m.content) + 4;
    return n;
}

} // namespace drpo::llm
