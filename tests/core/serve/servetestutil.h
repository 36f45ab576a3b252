// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakellmserver.h"
#include "serve/serverhost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace drpo::test {

// drpo serve in front of the fake OpenAI-compatible server, and a Qt client to talk to it.
class ServeFixture {
public:
    static constexpr const char *kUpstreamKeyEnv = "DRPO_TEST_UPSTREAM_KEY";
    static QString upstreamSecret() { return QStringLiteral("sk-upstream-SECRET-1234567890"); }

    ServeFixture()
    {
        qputenv(kUpstreamKeyEnv, upstreamSecret().toUtf8());
        upstreamStarted = upstream.start();
        llm::RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        fast.maxRetryAfterMs = 50;
        host.setRetryPolicy(fast);
        QObject::connect(
            &host, &serve::ServerHost::requestFinished, [this](const serve::RequestLogEntry &e) { log.push_back(e); });
    }

    model::ModelSettings models() const
    {
        model::ModelSettings m;
        m.base.kind = QStringLiteral("openai");
        m.base.baseUrls = {upstream.baseUrl()};
        m.base.model = QStringLiteral("fake-model");
        m.base.keyEnv = QString::fromLatin1(kUpstreamKeyEnv);
        m.base.concurrency = 16;
        m.provider.timeoutMs = 5000;
        return m;
    }

    static serve::ServeConfig config(
        const model::AlignmentProfile &profile, const QString &name = QStringLiteral("aligned"))
    {
        serve::ServeConfig c;
        c.port = 0;
        c.profiles = {serve::ServedProfile{name, profile, QString()}};
        return c;
    }

    bool start(const serve::ServeConfig &config, const model::ModelSettings &m, QString *error = nullptr)
    {
        QString why;
        if (!upstreamStarted || !host.start(config, m, 1, &why) || !host.waitStarted(&why, 20000)) {
            if (error)
                *error = why;
            qWarning("serve did not start: %s", qPrintable(why));
            return false;
        }
        base = host.url();
        return true;
    }

    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    // `path` is under /v1, unless it starts with "//" (then from the server's root).
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        const QString url = path.startsWith(u"//") ? base.chopped(3) + path.mid(1) : base + path;
        QNetworkRequest r{QUrl(url)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            r.setRawHeader(h.first, h.second);
        r.setTransferTimeout(30000);
        return nam.sendCustomRequest(r, method, body);
    }

    static Reply collect(QNetworkReply *reply, int timeoutMs = 30000)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(timeoutMs);
        }
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.error = reply->error();
        out.json = QJsonDocument::fromJson(out.body).object();
        for (const auto &h : reply->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return out;
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return collect(send(method, path, body, headers));
    }

    Reply chat(const QJsonObject &request, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", QStringLiteral("/chat/completions"), QJsonDocument(request).toJson(QJsonDocument::Compact),
            headers);
    }

    // Before the host: stopping the host delivers its last queued log entries, which land here.
    QList<serve::RequestLogEntry> log;
    FakeLlmServer upstream;
    bool upstreamStarted = false;
    serve::ServerHost host;
    QNetworkAccessManager nam;
    QString base; // http://127.0.0.1:<port>/v1
};

// The data of the server-sent events of a streamed answer, in order ("[DONE]" included).
inline QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &event : body.split('\n'))
        if (event.startsWith("data: "))
            out.push_back(event.mid(6).trimmed());
    return out;
}

} // namespace drpo::test
