// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/secretstore.h"

#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaObject>
#include <QUrl>

#ifdef DRPO_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace drpo::llm {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

[[maybe_unused]] QString unavailableMessage(const QString &account)
{
    return LlmText::tr("no key found: set the environment variable %1 (this build has no keychain support)")
        .arg(account);
}
} // namespace

QString SecretStore::serviceName()
{
    return QStringLiteral("drpo-studio");
}

bool SecretStore::keychainCompiledIn()
{
#ifdef DRPO_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString SecretStore::defaultKeyEnv(const QString &kind, const QStringList &baseUrls)
{
    if (kind == u"anthropic")
        return QStringLiteral("ANTHROPIC_API_KEY");
    bool anyRemote = baseUrls.isEmpty();
    for (const QString &u : baseUrls) {
        const QString host = QUrl(u).host();
        if (host.endsWith(u"openrouter.ai"))
            return QStringLiteral("OPENROUTER_API_KEY");
        if (!isLoopbackHost(host))
            anyRemote = true;
    }
    return anyRemote ? QStringLiteral("OPENAI_API_KEY") : QString();
}

QString SecretStore::fromEnvironment(const QString &envName)
{
    if (envName.isEmpty())
        return {};
    return qEnvironmentVariable(envName.toLocal8Bit().constData()).trimmed();
}

void SecretStore::read(const QString &account, QObject *context, ReadDone done)
{
#ifdef DRPO_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, account, done] {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty())
            done(job->textData().trimmed(), {});
        else if (job->error() == QKeychain::EntryNotFound || job->error() == QKeychain::NoError)
            done({},
                LlmText::tr(
                    "no key found: set the environment variable %1 or store the key in the keychain under that name")
                    .arg(account));
        else
            done({},
                LlmText::tr("no key in the environment variable %1, and the keychain is unavailable (%2)")
                    .arg(account, job->errorString()));
    });
    job->start();
#else
    QMetaObject::invokeMethod(
        context, [account, done] { done({}, unavailableMessage(account)); }, Qt::QueuedConnection);
#endif
}

void SecretStore::write(const QString &account, const QString &key, QObject *context, WriteDone done)
{
#ifdef DRPO_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        done(job->error() == QKeychain::NoError
                ? QString()
                : LlmText::tr("the keychain is unavailable: %1").arg(job->errorString()));
    });
    job->start();
#else
    Q_UNUSED(key);
    QMetaObject::invokeMethod(
        context, [account, done] { done(unavailableMessage(account)); }, Qt::QueuedConnection);
#endif
}

void SecretStore::remove(const QString &account, QObject *context, WriteDone done)
{
#ifdef DRPO_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                ? QString()
                : LlmText::tr("the keychain is unavailable: %1").arg(job->errorString()));
    });
    job->start();
#else
    QMetaObject::invokeMethod(
        context, [account, done] { done(unavailableMessage(account)); }, Qt::QueuedConnection);
#endif
}

QString SecretStore::mask(const QString &key)
{
    if (key.isEmpty())
        return LlmText::tr("(none)");
    if (key.size() < 12)
        return QStringLiteral("…");
    const qsizetype dash = key.indexOf(u'-');
    const QString prefix = dash > 0 && dash <= 4 ? key.left(dash + 1) : QString();
    return prefix + u'…' + key.right(4);
}

} // namespace drpo::llm
