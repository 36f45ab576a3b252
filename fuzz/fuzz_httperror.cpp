// SPDX-License-Identifier: GPL-3.0-or-later
// What an endpoint says when a call fails: the error body, the status it comes with and the
// Retry-After header. Every failure gets a kind and a message; waits are never negative.
#include "fuzzsupport.h"

#include "llm/httperror.h"

#include <QDateTime>

#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    FuzzedDataProvider in(data, size);
    const int status = in.ConsumeIntegralInRange<int>(100, 599);
    const std::string retryAfter = in.ConsumeRandomLengthString(64);
    const QByteArray body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());

    const drpo::llm::HttpError e = drpo::llm::classifyHttpStatus(status, body, QStringLiteral("api.example.com"));
    if (status >= 300 && (e.kind == drpo::llm::ErrorKind::None || e.message.isEmpty()))
        __builtin_trap();
    (void)drpo::llm::errorMessageFromBody(body);
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const qint64 wait = drpo::llm::parseRetryAfter(QByteArray::fromStdString(retryAfter), now);
    if (wait < -1)
        __builtin_trap();
    (void)drpo::llm::scrubSecret(QString::fromUtf8(body), QStringLiteral("sk-secret-1234"));
    return 0;
}
