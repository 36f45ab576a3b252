// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/message.h"
#include "llm/payload.h"
#include "model/node.h"
#include "model/roleconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace drpo::llm {

using model::Role;

// Why a request is made. The simulated world dispatches on it; HTTP providers ignore it.
enum class Purpose { Select, Judge, OptimizePrompt, RewriteExample, Respond, Evaluate, Embed };
QString purposeName(Purpose p);

// One model call, as a value. The rendered messages (or completion prompt) are what an HTTP
// provider sends; `payload` carries the same content as typed values (see llm/payload.h), for
// the sim world, which reads them instead of the text.
struct LlmRequest {
    Role role = Role::Base;
    Purpose purpose = Purpose::Respond;
    QList<Message> messages;
    QString prompt; // used instead of messages when completion is true
    bool completion = false;
    double temperature = 0.0;
    double topP = 1.0;
    int maxTokens = 1024;
    QStringList stop;
    int n = 1; // choices wanted
    std::optional<qint64> seed;
    bool jsonMode = false;
    int sampleIndex = 0; // distinguishes repeated identical requests
    int priority = 0;    // higher runs first within an endpoint's queue
    Payload payload;
    // Non-empty: an embeddings request for these texts (messages and prompt are unused).
    QStringList embedInput;
    // Ask the endpoint to stream the answer (SSE); the result is the same, only the
    // transfer differs (long generations then never look idle to the timeout).
    bool stream = false;
    // Streaming only: called on the scheduler's thread with a choice's whole text so far,
    // each time more of it arrives (a retried call starts again from empty). Lets a server
    // pass tokens on as they come; not part of the cache key.
    std::function<void(int choice, const QString &textSoFar)> onPartial;

    // A stable hash of everything that determines the answer, for the response cache.
    QByteArray cacheKey(const QString &providerKind, const QString &endpoint, const QString &model) const;
};

enum class ErrorKind {
    None,
    Transient,     // 5xx, timeout, reset: retried
    RateLimited,   // 429: retried after Retry-After
    Auth,          // 401/403: stops the run
    Quota,         // billing/quota: stops the run
    BadRequest,    // 400
    ContextLength, // prompt too long: stops the run
    NotFound,      // 404 model
    Parse,         // malformed response body
    Cancelled,
    Budget,     // the run's budget cap was reached
    Unavailable // the role's circuit breaker is open: its endpoint kept failing after retries
};
QString errorKindName(ErrorKind k);
// True when the run must pause for the user to fix something (key, quota, model name...).
bool isFatal(ErrorKind k);
// True for failures worth another try: 5xx, timeouts, resets, 429, a garbled body.
bool isRetryable(ErrorKind k);

struct LlmResponse {
    QStringList choices;
    model::Usage usage; // calls = 1 unless cached
    bool usageEstimated = true;
    bool cached = false;
    ErrorKind error = ErrorKind::None;
    QString errorMessage;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QString endpoint;
    QList<QList<double>> embeddings; // one vector per embedInput text
    qint64 retryAfterMs = -1;        // the server's Retry-After, when it sent one
    bool timedOut = false;           // the endpoint did not answer in time (or said 504)
    int attempts = 1;                // tries the scheduler made (retries + 1)

    bool ok() const { return error == ErrorKind::None; }
    QString text() const { return choices.value(0); }
};

// One finished call, for the call log.
struct CallRecord {
    Role role = Role::Base;
    Purpose purpose = Purpose::Respond;
    QString endpoint;
    QString model;
    ErrorKind error = ErrorKind::None;
    QString errorMessage;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool cached = false;
    int attempts = 1;
    double costUsd = 0;
    bool usageEstimated = false;
    bool priceKnown = true; // false: the model is not in the price table, so cost counts 0
};

// Texts per embeddings request when retrieval embeds a run's texts (OpenAI accepts far
// more; small batches keep one failure cheap to retry).
inline constexpr int kEmbedBatchSize = 64;

// Rough token estimate for text when a provider reports none (about 4 characters a token).
qint64 estimateTokens(const QString &text);
qint64 estimateTokens(const LlmRequest &request);

} // namespace drpo::llm

Q_DECLARE_METATYPE(drpo::llm::LlmResponse)
Q_DECLARE_METATYPE(drpo::llm::CallRecord)
