// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httperror.h"

#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace drpo::llm {

namespace {

bool mentions(const QByteArray &body, std::initializer_list<const char *> needles)
{
    const QByteArray lower = body.toLower();
    for (const char *n : needles)
        if (lower.contains(n))
            return true;
    return false;
}

} // namespace

QString errorMessageFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(u"error");
        if (err.isObject()) {
            const QString msg = err.toObject().value(u"message").toString();
            if (!msg.isEmpty())
                return msg;
        }
        if (err.isString())
            return err.toString();
        if (o.value(u"message").isString())
            return o.value(u"message").toString();
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += u'…';
    return text;
}

HttpError classifyHttpStatus(int status, const QByteArray &body, const QString &host)
{
    HttpError e;
    const QString server = errorMessageFromBody(body);
    auto withServer = [&](const QString &what) {
        QString m = what.arg(status).arg(host);
        if (!server.isEmpty())
            m += u" (" + LlmText::tr("server said: %1").arg(server) + u')';
        return m;
    };
    const bool quota = mentions(body, {"insufficient_quota", "billing", "quota", "credit balance", "payment"});
    if (status == 400 || status == 413 || status == 422) {
        if (mentions(body,
                {"context_length", "context length", "maximum context", "too many tokens", "prompt is too long",
                    "too long"})) {
            e.kind = ErrorKind::ContextLength;
            e.message = withServer(
                LlmText::tr("HTTP %1 from %2: the prompt is longer than the model's context window; use a "
                            "model with a larger context, fewer ICL examples or a lower max-tokens setting"));
        } else if (quota) {
            e.kind = ErrorKind::Quota;
            e.message =
                withServer(LlmText::tr("HTTP %1 from %2: the account's quota or credit is used up; add credit or raise "
                                       "the limit, then resume"));
        } else {
            e.kind = ErrorKind::BadRequest;
            e.message = withServer(LlmText::tr(
                "HTTP %1 from %2: the endpoint rejected the request; check the model name and the role's settings"));
        }
    } else if (status == 401 || status == 403) {
        e.kind = quota ? ErrorKind::Quota : ErrorKind::Auth;
        e.message = quota
            ? withServer(LlmText::tr("HTTP %1 from %2: the account's quota or credit is used up; add credit or "
                                     "raise the limit, then resume"))
            : withServer(LlmText::tr("HTTP %1 from %2: the API key was refused; check the key (environment "
                                     "variable or keychain) for this endpoint"));
    } else if (status == 402) {
        e.kind = ErrorKind::Quota;
        e.message =
            withServer(LlmText::tr("HTTP %1 from %2: payment required; add credit to the account, then resume"));
    } else if (status == 404) {
        e.kind = ErrorKind::NotFound;
        e.message = withServer(
            LlmText::tr("HTTP %1 from %2: not found; check the model name and the base URL (it usually ends in /v1)"));
    } else if (status == 429) {
        if (mentions(body, {"insufficient_quota", "billing", "credit balance"})) {
            e.kind = ErrorKind::Quota;
            e.message =
                withServer(LlmText::tr("HTTP %1 from %2: the account's quota or credit is used up; add credit or raise "
                                       "the limit, then resume"));
        } else {
            e.kind = ErrorKind::RateLimited;
            e.message = withServer(LlmText::tr("HTTP %1 from %2: rate limited"));
        }
    } else if (status == 408 || status == 409 || status == 425 || status >= 500) {
        e.kind = ErrorKind::Transient;
        e.message = status == 529 ? withServer(LlmText::tr("HTTP %1 from %2: the service is overloaded"))
                                  : withServer(LlmText::tr("HTTP %1 from %2: server error"));
    } else {
        e.kind = ErrorKind::BadRequest;
        e.message = withServer(LlmText::tr("HTTP %1 from %2: unexpected answer"));
    }
    return e;
}

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (std::isnan(seconds))
            return -1;
        // A hostile "1e300" or "inf" must not overflow the conversion: a year is beyond any wait.
        return seconds < 0 ? 0 : qint64(std::min(seconds, 365.0 * 86400.0) * 1000.0);
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(when));
}

QString scrubSecret(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("[key]"));
    return text;
}

} // namespace drpo::llm
