// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/connectiontest.h"
#include "llm/httptransport.h"
#include "llm/provider.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace drpo::llm {

// Everything an HTTP provider needs; built by makeProvider from a RoleConfig.
struct HttpProviderConfig {
    QString kind = QStringLiteral("openai"); // openai | anthropic
    QStringList baseUrls;                    // replicas of one model
    QString model;
    QString apiKey;       // the resolved secret; empty = look up keyEnv in the keychain
    QString keyEnv;       // the variable / keychain entry the key comes from (for messages)
    bool needsKey = true; // false for local servers that take no key
    bool supportsN = true;
    bool jsonMode = false;                       // endpoint honours response_format json_object
    bool stream = false;                         // stream every chat call
    int timeoutMs = 120000;                      // idle timeout per call
    int maxCallMs = kMaxCallMs;                  // a whole call, streamed or not
    qint64 maxResponseBytes = kMaxResponseBytes; // an answer's size
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
};

// Shared plumbing of the HTTP providers: lazy transport on the scheduler's thread, key
// lookup in the keychain (calls wait for it), scrubbing of the key from every message.
class HttpProvider : public Provider {
public:
    explicit HttpProvider(HttpProviderConfig config);
    ~HttpProvider() override;

    QString kind() const override { return m_config.kind; }
    QString endpoint() const override { return m_config.baseUrls.value(0); }
    QString model() const override { return m_config.model; }
    bool supportsN() const override { return m_config.supportsN; }
    int replicaCount() const override { return qMax(1, int(m_config.baseUrls.size())); }
    void start(const LlmRequest &request, Done done) override;
    void cancelAll() override;

    // Connection test of every replica (after the key lookup); `done` runs once per
    // replica on this thread.
    void testConnection(std::function<void(const ConnectionResult &)> done);

    const HttpProviderConfig &config() const { return m_config; }

protected:
    virtual void probe(std::function<void(const ConnectionResult &)> done);
    virtual void startCall(const LlmRequest &request, Done done) = 0; // the key is known here
    HttpTransport *transport();
    const QString &apiKey() const { return m_config.apiKey; }
    // The error response for a failed transfer, or nothing when it succeeded.
    std::optional<LlmResponse> failed(const HttpResult &r) const { return HttpTransport::failure(r, m_config.apiKey); }
    LlmResponse parseError(const HttpResult &r, const QString &what) const;

private:
    void withKey(std::function<void(const QString &error)> then);

    HttpProviderConfig m_config;
    HttpTransport *m_transport = nullptr;
    enum class KeyState { Unknown, Loading, Ready, Failed } m_keyState = KeyState::Unknown;
    QString m_keyError;
    QList<std::function<void(const QString &)>> m_waitingForKey;
};

} // namespace drpo::llm
