// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelflags.h"

#include "llm/providerpresets.h"
#include "llm/sqliteresponsecache.h"

#include <QCoreApplication>

namespace drpo::cli {

namespace {

QString tr(const char *t)
{
    return QCoreApplication::translate("ModelFlags", t);
}

QString opt(model::Role r, const char *suffix)
{
    return model::roleName(r) + u'-' + QString::fromLatin1(suffix);
}

} // namespace

void addModelOptions(QCommandLineParser &p)
{
    for (model::Role r : model::kModelRoles) {
        const QString role = model::roleName(r);
        if (r == model::Role::Embedder)
            p.addOption({opt(r, "kind"),
                tr("Embeddings model for ICL retrieval: none (BM25, the default), sim, openai, or an OpenAI-compatible "
                   "preset (openrouter, ollama, vllm, llamacpp, lmstudio)."),
                QStringLiteral("KIND")});
        else
            p.addOption({opt(r, "kind"),
                tr("Provider of the %1 role: sim, openai, anthropic, or a preset (openrouter, ollama, vllm, llamacpp, "
                   "lmstudio).")
                    .arg(role),
                QStringLiteral("KIND")});
        p.addOption({opt(r, "url"), tr("Base URL of the %1 role (repeat for replicas of one model).").arg(role),
            QStringLiteral("URL")});
        p.addOption({opt(r, "model"), tr("Model name of the %1 role.").arg(role), QStringLiteral("NAME")});
        p.addOption({opt(r, "key-env"), tr("Environment variable holding the %1 role's API key.").arg(role),
            QStringLiteral("VAR")});
    }
    p.addOption({QStringLiteral("base-api"),
        tr("API of the base model: chat, or completion for a base (non-chat) model."), QStringLiteral("API")});
    p.addOption(
        {QStringLiteral("concurrency"), tr("Calls in flight per endpoint replica (default 8)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cache"),
        tr("Use the response cache, in this file (default: on for real endpoints, in the user cache folder)."),
        QStringLiteral("PATH")});
    p.addOption({QStringLiteral("no-cache"), tr("Do not read or write the response cache.")});
    p.addOption({QStringLiteral("budget"), tr("Pause the run when its model calls have cost this many US dollars."),
        QStringLiteral("USD")});
    p.addOption({QStringLiteral("allow-insecure-http"),
        tr("Allow plain http to endpoints on other machines (keys travel unencrypted).")});
    p.addOption({QStringLiteral("timeout-ms"), tr("Give up on a call after this long without data (default 120000)."),
        QStringLiteral("MS")});
    p.addOption({QStringLiteral("stream"), tr("Stream answers from chat endpoints.")});
}

bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    for (model::Role r : model::kModelRoles) {
        model::RoleConfig &c = models.role(r);
        const bool embedder = r == model::Role::Embedder;
        const QStringList urls = p.values(opt(r, "url"));
        if (p.isSet(opt(r, "kind"))) {
            const QString kind = p.value(opt(r, "kind")).trimmed().toLower();
            const llm::ProviderPreset preset = llm::providerPreset(kind);
            if (kind == u"sim" || (embedder && kind == u"none")) {
                c.kind = kind;
            } else if (embedder && (kind == u"anthropic" || preset.kind == u"anthropic")) {
                return fail(tr("--%1: Anthropic has no embeddings endpoint; use an OpenAI-compatible one or sim")
                                .arg(opt(r, "kind")));
            } else if (!preset.id.isEmpty()) {
                if (c.model.isEmpty() && !p.isSet(opt(r, "model")))
                    return fail(tr("--%1 needs --%2 (for example %3)")
                                    .arg(opt(r, "kind"), opt(r, "model"),
                                        embedder ? QStringLiteral("text-embedding-3-small") : preset.exampleModel));
                c.kind = preset.kind;
                if (urls.isEmpty() && (c.baseUrls.isEmpty() || kind != u"openai"))
                    c.baseUrls = {preset.baseUrl};
                if (c.keyEnv.isEmpty())
                    c.keyEnv = preset.keyEnv;
                c.supportsN = preset.supportsN;
                c.jsonMode = preset.jsonMode;
            } else {
                return fail(embedder ? tr("unknown --%1 \"%2\" (expected none, sim, openai, openrouter, ollama, vllm, "
                                          "llamacpp or lmstudio)")
                                           .arg(opt(r, "kind"), kind)
                                     : tr("unknown --%1 \"%2\" (expected sim, openai, anthropic, openrouter, ollama, "
                                          "vllm, llamacpp or lmstudio)")
                                           .arg(opt(r, "kind"), kind));
            }
        } else if (!urls.isEmpty() && (c.isSim() || !c.isConfigured())) {
            c.kind = QStringLiteral("openai"); // a URL alone means an OpenAI-compatible endpoint
        } else if (embedder && !c.isConfigured() && (p.isSet(opt(r, "model")) || p.isSet(opt(r, "key-env")))) {
            return fail(tr("--%1 and --%2 need --%3 (or --%4) to say which embeddings endpoint to use")
                            .arg(opt(r, "model"), opt(r, "key-env"), opt(r, "kind"), opt(r, "url")));
        }
        if (!urls.isEmpty())
            c.baseUrls = urls;
        if (p.isSet(opt(r, "model")))
            c.model = p.value(opt(r, "model"));
        if (p.isSet(opt(r, "key-env")))
            c.keyEnv = p.value(opt(r, "key-env"));
    }
    if (p.isSet(QStringLiteral("base-api"))) {
        const QString api = p.value(QStringLiteral("base-api"));
        if (api != u"chat" && api != u"completion")
            return fail(tr("--base-api must be chat or completion, not \"%1\"").arg(api));
        models.base.api = api;
    }
    if (p.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || n < 1 || n > 1024)
            return fail(tr("--concurrency must be a number from 1 to 1024"));
        for (model::Role r : model::kModelRoles)
            models.role(r).concurrency = n;
    }

    // Provider settings: the project's (or run record's) values unless a flag says otherwise.
    model::ProviderSettings &o = models.provider;
    if (p.isSet(QStringLiteral("cache"))) {
        o.cache = model::CacheMode::On;
        o.cachePath = p.value(QStringLiteral("cache"));
    }
    if (p.isSet(QStringLiteral("no-cache")))
        o.cache = model::CacheMode::Off;
    if (p.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        o.budgetUsd = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || o.budgetUsd <= 0)
            return fail(tr("--budget must be a positive amount of US dollars, e.g. 5 or 0.50"));
    }
    if (p.isSet(QStringLiteral("allow-insecure-http")))
        o.allowInsecureHttp = true;
    if (p.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        o.timeoutMs = p.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || o.timeoutMs < 100)
            return fail(tr("--timeout-ms must be at least 100"));
    }
    if (p.isSet(QStringLiteral("stream")))
        o.stream = true;
    if (models.usesCache()) {
        QString why;
        if (!llm::SqliteResponseCache::openAt(o.cachePath, &why))
            return fail(why);
    }
    return true;
}

} // namespace drpo::cli
