// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace drpo::llm {

// How an HTTP outcome maps onto the scheduler's error kinds, with a message that says what to fix.
struct HttpError {
    ErrorKind kind = ErrorKind::None;
    QString message;
};

// Classifies a non-2xx answer. `host` names the endpoint in the message; `body` is the
// server's answer (OpenAI or Anthropic error JSON, or anything else).
HttpError classifyHttpStatus(int status, const QByteArray &body, const QString &host);

// The human-readable message inside an error body ({"error": {"message": …}}, Anthropic's
// {"type": "error", "error": {…}}, or a short plain-text prefix).
QString errorMessageFromBody(const QByteArray &body);

// Retry-After as milliseconds from `now`: delta seconds ("2", "0.5") or an HTTP date.
// Returns -1 when absent or unreadable; a date in the past gives 0.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Removes every occurrence of `secret` from text that may reach a log or the user.
QString scrubSecret(QString text, const QString &secret);

} // namespace drpo::llm
