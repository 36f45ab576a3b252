// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/providerfactory.h"

#include "llm/anthropicprovider.h"
#include "llm/llmtext.h"
#include "llm/openaiprovider.h"
#include "llm/providerpresets.h"
#include "llm/scheduler.h"
#include "llm/secretstore.h"
#include "llm/sqliteresponsecache.h"
#include "sim/simprovider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace drpo::llm {

namespace {

bool isLoopback(const QUrl &url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress a(url.host());
    return !a.isNull() && a.isLoopback();
}

} // namespace

QString checkBaseUrl(const QString &url, bool allowInsecureHttp)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != u"http" && u.scheme() != u"https"))
        return LlmText::tr("\"%1\" is not a valid http(s) base URL").arg(url);
    if (!u.userInfo().isEmpty() || u.hasQuery())
        return LlmText::tr(
            "the base URL %1 must not carry credentials or a query; keys come from environment variables or the "
            "keychain")
            .arg(u.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (u.scheme() == u"http" && !isLoopback(u) && !allowInsecureHttp)
        return LlmText::tr(
            "%1 uses plain http to another machine, which would send the key unencrypted; use https, or allow "
            "insecure http explicitly")
            .arg(url);
    return {};
}

std::shared_ptr<Provider> makeProvider(
    model::Role role, const model::RoleConfig &config, const model::ModelSettings &all, quint64 seed, QString *error)
{
    auto fail = [&](const QString &why) -> std::shared_ptr<Provider> {
        if (error)
            *error = LlmText::tr("%1 role: %2").arg(model::roleName(role), why);
        return nullptr;
    };
    if (!config.isConfigured())
        return fail(LlmText::tr("no provider is configured"));
    if (config.kind == u"sim") {
        bool known = true;
        const sim::SimVariant variant = sim::simVariantFromModel(config.model, &known);
        if (role == model::Role::Base && !known)
            return fail(LlmText::tr("there is no simulated model \"%1\" (the simulated base models are %2)")
                            .arg(config.model, sim::simBaseModelNames().join(QStringLiteral(", "))));
        return std::make_shared<sim::SimProvider>(role, seed, all.simLatencyMs, variant);
    }

    // A preset id works as a kind: "ollama" means the OpenAI-compatible API at Ollama's URL.
    ProviderPreset preset = providerPreset(config.kind);
    QString kind = preset.id.isEmpty() ? config.kind : preset.kind;
    if (kind != u"openai" && kind != u"anthropic")
        return fail(LlmText::tr("unknown provider kind \"%1\" (expected sim, openai or anthropic)").arg(config.kind));
    if (preset.id.isEmpty())
        preset = providerPreset(kind);
    if (role == model::Role::Embedder && kind == u"anthropic")
        return fail(
            LlmText::tr("Anthropic has no embeddings endpoint; use an OpenAI-compatible one (OpenAI, Ollama, vLLM...) "
                        "or the simulated embedder"));

    const model::ProviderSettings &options = all.provider;
    HttpProviderConfig c;
    c.kind = kind;
    c.baseUrls = config.baseUrls.isEmpty() ? QStringList{preset.baseUrl} : config.baseUrls;
    for (QString &u : c.baseUrls) {
        u = u.trimmed();
        while (u.endsWith(u'/'))
            u.chop(1);
        const QString problem = checkBaseUrl(u, options.allowInsecureHttp);
        if (!problem.isEmpty())
            return fail(problem);
    }
    c.model = config.model;
    if (c.model.isEmpty())
        return fail(
            LlmText::tr("no model name is set (for example %1)")
                .arg(role == model::Role::Embedder ? QStringLiteral("text-embedding-3-small") : preset.exampleModel));
    c.supportsN = config.supportsN;
    c.jsonMode = config.jsonMode;
    c.timeoutMs = options.timeoutMs;
    c.stream = options.stream;
    c.keyEnv = config.keyEnv.isEmpty() ? SecretStore::defaultKeyEnv(kind, c.baseUrls) : config.keyEnv;
    c.needsKey = !c.keyEnv.isEmpty();
    c.apiKey = SecretStore::fromEnvironment(c.keyEnv);
    if (c.needsKey && c.apiKey.isEmpty() && !SecretStore::keychainCompiledIn())
        return fail(LlmText::tr("no API key: set the environment variable %1").arg(c.keyEnv));
    for (const QString &u : std::as_const(c.baseUrls))
        if (QUrl(u).host().endsWith(u"openrouter.ai")) {
            c.extraHeaders.push_back({"X-Title", "DRPO Studio"});
            break;
        }
    if (kind == u"anthropic")
        return std::make_shared<AnthropicProvider>(std::move(c));
    return std::make_shared<OpenAiProvider>(std::move(c));
}

bool setUpScheduler(Scheduler &scheduler, const model::ModelSettings &models, const QList<model::Role> &roles,
    quint64 seed, QString *error)
{
    for (model::Role role : roles) {
        QString why;
        std::shared_ptr<Provider> provider = makeProvider(role, models.role(role), models, seed, &why);
        if (!provider) {
            if (error)
                *error = why;
            return false;
        }
        // The simulated models cost nothing: let a level's calls all run at once.
        const int concurrency = models.role(role).isSim() ? 256 : models.role(role).concurrency;
        scheduler.setProvider(role, std::move(provider), concurrency);
    }
    if (models.usesCache()) {
        QString why;
        std::shared_ptr<SqliteResponseCache> cache = SqliteResponseCache::openAt(models.provider.cachePath, &why);
        if (!cache) {
            if (error)
                *error = LlmText::tr("the response cache cannot be used: %1").arg(why);
            return false;
        }
        scheduler.setCache(std::move(cache));
    }
    if (models.provider.budgetUsd > 0)
        scheduler.setBudget(std::make_shared<BudgetGuard>(models.provider.budgetUsd));
    return true;
}

} // namespace drpo::llm
