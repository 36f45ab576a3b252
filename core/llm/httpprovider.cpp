// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/httpprovider.h"

#include "llm/httperror.h"
#include "llm/llmtext.h"
#include "llm/secretstore.h"

#include <QCoreApplication>
#include <QUrl>

namespace drpo::llm {

HttpProvider::HttpProvider(HttpProviderConfig config)
    : m_config(std::move(config))
{
    if (!m_config.apiKey.isEmpty() || !m_config.needsKey)
        m_keyState = KeyState::Ready;
}

HttpProvider::~HttpProvider()
{
    HttpTransport::dispose(m_transport);
}

HttpTransport *HttpProvider::transport()
{
    // Created on first use, so it lives on the thread that calls start(): the scheduler's.
    if (!m_transport)
        m_transport = new HttpTransport(m_config.baseUrls);
    return m_transport;
}

void HttpProvider::withKey(std::function<void(const QString &error)> then)
{
    switch (m_keyState) {
    case KeyState::Ready: then({}); return;
    case KeyState::Failed: then(m_keyError); return;
    case KeyState::Loading: m_waitingForKey.push_back(std::move(then)); return;
    case KeyState::Unknown: break;
    }
    m_keyState = KeyState::Loading;
    m_waitingForKey.push_back(std::move(then));
    SecretStore::read(m_config.keyEnv, transport(), [this](const QString &key, const QString &error) {
        if (key.isEmpty()) {
            m_keyState = KeyState::Failed;
            m_keyError = error;
        } else {
            m_keyState = KeyState::Ready;
            m_config.apiKey = key;
        }
        const auto waiting = std::exchange(m_waitingForKey, {});
        for (const auto &w : waiting)
            w(m_keyState == KeyState::Ready ? QString() : m_keyError);
    });
}

void HttpProvider::start(const LlmRequest &request, Done done)
{
    transport();
    withKey([this, request, done](const QString &error) {
        if (!error.isEmpty()) {
            LlmResponse r;
            r.error = ErrorKind::Auth;
            r.errorMessage = error;
            r.endpoint = endpoint();
            done(std::move(r));
            return;
        }
        startCall(request, done);
    });
}

void HttpProvider::cancelAll()
{
    if (m_transport)
        m_transport->cancelAll();
}

void HttpProvider::testConnection(std::function<void(const ConnectionResult &)> done)
{
    transport();
    withKey([this, done](const QString &error) {
        if (error.isEmpty()) {
            probe(done);
            return;
        }
        for (const QString &base : std::as_const(m_config.baseUrls)) {
            ConnectionResult r;
            r.endpoint = base;
            r.message = error;
            done(r);
        }
    });
}

void HttpProvider::probe(std::function<void(const ConnectionResult &)> done)
{
    for (const QString &base : std::as_const(m_config.baseUrls)) {
        ConnectionResult r;
        r.endpoint = base;
        r.message = LlmText::tr("no connection test for this kind of endpoint");
        done(r);
    }
}

LlmResponse HttpProvider::parseError(const HttpResult &r, const QString &what) const
{
    LlmResponse out;
    out.error = ErrorKind::Parse;
    out.errorMessage =
        scrubSecret(LlmText::tr("unreadable answer from %1: %2").arg(QUrl(r.base).host(), what), m_config.apiKey);
    out.httpStatus = r.status;
    out.endpoint = r.base;
    out.latencyMs = r.latencyMs;
    return out;
}

} // namespace drpo::llm
