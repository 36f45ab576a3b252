// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "serve/profileresponder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::serve {

// An error in the OpenAI error shape: {"error": {"message", "type", "param", "code"}}.
struct ApiError {
    int status = 400;
    QString message;
    QString param; // the request field at fault, e.g. "messages[2].content"
    QString code;  // e.g. "model_not_found", "invalid_api_key"

    QString type() const;
    QByteArray toJson() const;
    static ApiError badRequest(const QString &param, const QString &message);
};

// A /v1/chat/completions or /v1/completions request, validated.
struct ApiRequest {
    bool legacyCompletion = false; // /v1/completions: `prompt` instead of `messages`
    QString model;
    QList<llm::Message> messages; // system/developer, user and assistant turns
    Sampling sampling;
    bool includeUsage = false; // stream_options.include_usage
};

// The OpenAI request and response shapes of the server. Unknown request fields are
// ignored (SDKs send many); fields whose meaning the server cannot honour (tools,
// logprobs, a JSON response format, several prompts) are refused with 400 and the field.
namespace openai {

inline constexpr int kMaxChoices = 8; // n above this is refused (one request, bounded work)
inline constexpr int kMaxStops = 4;   // as OpenAI

std::optional<ApiRequest> parseChat(const QByteArray &body, ApiError *error);
std::optional<ApiRequest> parseCompletion(const QByteArray &body, ApiError *error);

struct Usage {
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

// A whole answer: chat.completion or text_completion.
QByteArray completionBody(const QString &id, qint64 created, const QString &model, const QStringList &choices,
    const Usage &usage, bool legacy);
// One server-sent event carrying a chunk: a delta of `text` for `choice` (role = true adds
// the assistant role, the first chunk of a choice), or its finish when `finish` is set.
QByteArray chunkEvent(const QString &id, qint64 created, const QString &model, int choice, const QString &text,
    bool legacy, bool role = false, const QString &finish = {});
// The final usage chunk (stream_options.include_usage) and the end of the stream.
QByteArray usageEvent(const QString &id, qint64 created, const QString &model, const Usage &usage, bool legacy);
QByteArray doneEvent();
QByteArray errorEvent(const ApiError &error);
// An id for a new answer: "chatcmpl-…" or "cmpl-…".
QString newId(bool legacy);

} // namespace openai

} // namespace drpo::serve
