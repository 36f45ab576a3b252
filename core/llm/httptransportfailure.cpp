// SPDX-License-Identifier: GPL-3.0-or-later
// HttpTransport::failure: how a call's outcome reads as a provider error, the same for
// calls over Qt's stack and over our own HttpClient.
#include "llm/httperror.h"
#include "llm/httptransport.h"
#include "llm/llmtext.h"

#include <QUrl>

namespace drpo::llm {

std::optional<LlmResponse> HttpTransport::failure(const HttpResult &r, const QString &secret)
{
    LlmResponse out;
    out.endpoint = r.base;
    out.httpStatus = r.status;
    out.latencyMs = r.latencyMs;
    const QString host = QUrl(r.base).host();
    if (r.cancelled) {
        out.error = ErrorKind::Cancelled;
        out.errorMessage = LlmText::tr("the call was cancelled");
    } else if (r.timedOut) {
        out.error = ErrorKind::Transient;
        out.timedOut = true;
        out.errorMessage = LlmText::tr("no answer from %1 within the timeout").arg(host);
    } else if (r.tooLarge) {
        // Retried like a garbled body: a sampled answer may be sane next time.
        out.error = ErrorKind::Parse;
        out.errorMessage = LlmText::tr("the answer from %1 is larger than %2 MiB, so it was cut off unread (a runaway "
                                       "generation? check the model's max tokens and stop sequences)")
                               .arg(host)
                               .arg(r.maxBytes >> 20);
    } else if (r.tooLong) {
        out.error = ErrorKind::Transient;
        out.errorMessage = LlmText::tr(
            "the answer from %1 was still not complete after %2 s, so it was cut off (a stream that never ends?)")
                               .arg(host, QString::number(double(r.maxCallMs) / 1000.0));
    } else if (r.status >= 300 || (r.status == 0 && r.networkError != QNetworkReply::NoError)) {
        if (r.status >= 300) {
            const HttpError e = classifyHttpStatus(r.status, r.body, host);
            out.error = e.kind;
            out.errorMessage = e.message;
            out.retryAfterMs = parseRetryAfter(r.retryAfter);
            out.timedOut = r.status == 504 || r.status == 408;
        } else {
            switch (r.networkError) {
            case QNetworkReply::SslHandshakeFailedError:
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::ProtocolUnknownError:
                // Wrong URL or certificate: retrying cannot help, the user must fix it.
                out.error = ErrorKind::NotFound;
                out.errorMessage =
                    LlmText::tr("cannot reach %1: %2; check the base URL").arg(host, r.networkErrorString);
                break;
            default:
                out.error = ErrorKind::Transient;
                out.errorMessage = LlmText::tr("network error talking to %1: %2").arg(host, r.networkErrorString);
            }
        }
    } else if (r.networkError != QNetworkReply::NoError) {
        // A 2xx status but the transfer broke (reset mid-body or mid-stream).
        out.error = ErrorKind::Transient;
        out.errorMessage =
            LlmText::tr("the connection to %1 broke during the answer: %2").arg(host, r.networkErrorString);
    } else {
        return std::nullopt;
    }
    out.errorMessage = scrubSecret(out.errorMessage, secret);
    return out;
}

} // namespace drpo::llm
