#include "modelflags.h"

#include "llm/providerpresets.h"
#include "llm/provideroptions.h"
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
    for (model::Role r : model::kAllRoles) {
        const QString role = model::roleName(r);
        p.addOption({opt(r, "kind"),
                     tr("Provider of the %1 role: sim, openai, anthropic, or a preset (openrouter, ollama, vllm, llamacpp, lmstudio).").arg(role),
                     QStringLiteral("KIND")});
        p.addOption({opt(r, "url"), tr("Base URL of the %1 role (repeat for replicas of one model).").arg(role), QStringLiteral("URL")});
        p.addOption({opt(r, "model"), tr("Model name of the %1 role.").arg(role), QStringLiteral("NAME")});
        p.addOption({opt(r, "key-env"), tr("Environment variable holding the %1 role's API key.").arg(role), QStringLiteral("VAR")});
    }
    p.addOption({QStringLiteral("base-api"), tr("API of the base model: chat, or completion for a base (non-chat) model."), QStringLiteral("API")});
    p.addOption({QStringLiteral("concurrency"), tr("Calls in flight per endpoint replica (default 8)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cache"), tr("Response cache file (default: the user cache folder)."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("no-cache"), tr("Do not read or write the response cache.")});
    p.addOption({QStringLiteral("budget"), tr("Pause the run when its model calls have cost this many US dollars."), QStringLiteral("USD")});
    p.addOption({QStringLiteral("allow-insecure-http"), tr("Allow plain http to endpoints on other machines (keys travel unencrypted).")});
    p.addOption({QStringLiteral("timeout-ms"), tr("Give up on a call after this long without data (default 120000)."), QStringLiteral("MS")});
    p.addOption({QStringLiteral("stream"), tr("Stream answers from chat endpoints.")});
}

bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, QString *error)
{
    return applyModelOptions(p, models, nullptr, error);
}

bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, ModelOptions *options, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    for (model::Role r : model::kAllRoles) {
        model::RoleConfig &c = models.role(r);
        const QStringList urls = p.values(opt(r, "url"));
        if (p.isSet(opt(r, "kind"))) {
            const QString kind = p.value(opt(r, "kind")).trimmed().toLower();
            const llm::ProviderPreset preset = llm::providerPreset(kind);
            if (kind == u"sim") {
                c.kind = kind;
            } else if (!preset.id.isEmpty()) {
                c.kind = preset.kind;
                if (urls.isEmpty() && (c.baseUrls.isEmpty() || kind != u"openai"))
                    c.baseUrls = {preset.baseUrl};
                if (c.keyEnv.isEmpty())
                    c.keyEnv = preset.keyEnv;
                c.supportsN = preset.supportsN;
                c.jsonMode = preset.jsonMode;
                if (c.model.isEmpty() && !p.isSet(opt(r, "model")))
                    return fail(tr("--%1 needs --%2 (for example %3)").arg(opt(r, "kind"), opt(r, "model"), preset.exampleModel));
            } else {
                return fail(tr("unknown --%1 \"%2\" (expected sim, openai, anthropic, openrouter, ollama, vllm, llamacpp or lmstudio)")
                                .arg(opt(r, "kind"), kind));
            }
        } else if (!urls.isEmpty() && c.isSim()) {
            c.kind = QStringLiteral("openai"); // a URL alone means an OpenAI-compatible endpoint
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
        for (model::Role r : model::kAllRoles)
            models.role(r).concurrency = n;
    }

    ModelOptions o;
    o.cacheEnabled = !models.allSim() || p.isSet(QStringLiteral("cache"));
    if (p.isSet(QStringLiteral("no-cache")))
        o.cacheEnabled = false;
    o.cachePath = p.value(QStringLiteral("cache"));
    if (p.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        o.budgetUsd = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || o.budgetUsd <= 0)
            return fail(tr("--budget must be a positive amount of US dollars, e.g. 5 or 0.50"));
    }
    o.allowInsecureHttp = p.isSet(QStringLiteral("allow-insecure-http"));
    if (p.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        o.timeoutMs = p.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || o.timeoutMs < 100)
            return fail(tr("--timeout-ms must be at least 100"));
    }
    o.stream = p.isSet(QStringLiteral("stream"));
    if (o.cacheEnabled) {
        QString why;
        if (!llm::SqliteResponseCache::openAt(o.cachePath, &why))
            return fail(why);
    }

    llm::ProviderOptions po = llm::providerOptions();
    po.allowInsecureHttp = o.allowInsecureHttp;
    po.timeoutMs = o.timeoutMs;
    po.stream = o.stream;
    po.budgetUsd = o.budgetUsd;
    po.cacheEnabled = o.cacheEnabled;
    po.cachePath = o.cachePath;
    llm::setProviderOptions(po);
    if (options)
        *options = o;
    return true;
}

} // namespace drpo::cli
