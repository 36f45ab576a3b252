// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace drpo::llm {

// Where API keys come from: an environment variable, else the OS keychain (qtkeychain,
// when built with it and a secret service runs). Keys are never written anywhere else.
class SecretStore {
public:
    using ReadDone = std::function<void(const QString &key, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    static QString serviceName(); // the keychain service all entries live under
    static bool keychainCompiledIn();

    // The conventional variable for an endpoint when the role names none: OPENROUTER_API_KEY
    // for openrouter.ai, ANTHROPIC_API_KEY for Anthropic, OPENAI_API_KEY for other remote
    // hosts; empty for loopback servers, which never get a remote service's key.
    static QString defaultKeyEnv(const QString &kind, const QStringList &baseUrls);
    static QString fromEnvironment(const QString &envName);

    // Asynchronous keychain access; `done` runs on `context`'s thread. The account is the
    // variable's name (e.g. OPENAI_API_KEY), so one key serves both sources.
    static void read(const QString &account, QObject *context, ReadDone done);
    static void write(const QString &account, const QString &key, QObject *context, WriteDone done);
    static void remove(const QString &account, QObject *context, WriteDone done);

    // "sk-…1234" style: enough to tell keys apart, never enough to use one.
    static QString mask(const QString &key);
};

} // namespace drpo::llm
