// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roleconfig.h"

namespace drpo::model {

QString roleName(Role r)
{
    switch (r) {
    case Role::Base: return QStringLiteral("base");
    case Role::Selector: return QStringLiteral("selector");
    case Role::Judge: return QStringLiteral("judge");
    case Role::Optimizer: return QStringLiteral("optimizer");
    case Role::Embedder: return QStringLiteral("embedder");
    }
    return {};
}

Role roleFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    for (Role r : kModelRoles)
        if (roleName(r) == s)
            return r;
    if (ok)
        *ok = false;
    return Role::Base;
}

QString cacheModeName(CacheMode m)
{
    switch (m) {
    case CacheMode::Auto: return QStringLiteral("auto");
    case CacheMode::On: return QStringLiteral("on");
    case CacheMode::Off: return QStringLiteral("off");
    }
    return {};
}

CacheMode cacheModeFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    for (CacheMode m : {CacheMode::Auto, CacheMode::On, CacheMode::Off})
        if (cacheModeName(m) == s)
            return m;
    if (ok)
        *ok = false;
    return CacheMode::Auto;
}

ModelSettings::ModelSettings()
{
    base.temperature = 0.7;
    base.maxTokens = 512;
    optimizer.temperature = 0.2;
    embedder.kind = QStringLiteral("none");
}

RoleConfig &ModelSettings::role(Role r)
{
    switch (r) {
    case Role::Base: return base;
    case Role::Selector: return selector;
    case Role::Judge: return judge;
    case Role::Optimizer: return optimizer;
    case Role::Embedder: return embedder;
    }
    return base;
}

const RoleConfig &ModelSettings::role(Role r) const
{
    return const_cast<ModelSettings *>(this)->role(r);
}

bool ModelSettings::allSim() const
{
    return base.isSim() && selector.isSim() && judge.isSim() && optimizer.isSim();
}

bool ModelSettings::anyRealEndpoint() const
{
    for (Role r : configuredRoles())
        if (!role(r).isSim())
            return true;
    return false;
}

QList<Role> ModelSettings::configuredRoles() const
{
    QList<Role> out(std::begin(kAllRoles), std::end(kAllRoles));
    if (hasEmbedder())
        out.push_back(Role::Embedder);
    return out;
}

bool ModelSettings::usesCache() const
{
    switch (provider.cache) {
    case CacheMode::On: return true;
    case CacheMode::Off: return false;
    case CacheMode::Auto: return anyRealEndpoint();
    }
    return false;
}

void to_json(Json &j, const RoleConfig &c)
{
    j = Json{{"kind", c.kind}, {"base_urls", c.baseUrls}, {"model", c.model}, {"key_env", c.keyEnv}, {"api", c.api},
        {"temperature", c.temperature}, {"top_p", c.topP}, {"max_tokens", c.maxTokens}, {"concurrency", c.concurrency},
        {"supports_n", c.supportsN}, {"json_mode", c.jsonMode}};
}

void from_json(const Json &j, RoleConfig &c)
{
    readOptional(j, "kind", c.kind);
    readOptional(j, "base_urls", c.baseUrls);
    if (j.contains("base_url") && c.baseUrls.isEmpty())
        c.baseUrls = QStringList{j.at("base_url").get<QString>()};
    readOptional(j, "model", c.model);
    readOptional(j, "key_env", c.keyEnv);
    readOptional(j, "api", c.api);
    readOptional(j, "temperature", c.temperature);
    readOptional(j, "top_p", c.topP);
    readOptional(j, "max_tokens", c.maxTokens);
    readOptional(j, "concurrency", c.concurrency);
    readOptional(j, "supports_n", c.supportsN);
    readOptional(j, "json_mode", c.jsonMode);
}

void to_json(Json &j, const ProviderSettings &p)
{
    j = Json{{"cache", cacheModeName(p.cache)}, {"cache_path", p.cachePath}, {"budget_usd", p.budgetUsd},
        {"timeout_ms", p.timeoutMs}, {"allow_insecure_http", p.allowInsecureHttp}, {"stream", p.stream}};
}

void from_json(const Json &j, ProviderSettings &p)
{
    p = ProviderSettings{};
    if (auto it = j.find("cache"); it != j.end()) {
        // Also accept a plain boolean (hand-written files): true = on, false = off.
        if (it->is_boolean())
            p.cache = it->get<bool>() ? CacheMode::On : CacheMode::Off;
        else if (it->is_string())
            p.cache = cacheModeFromName(it->get<QString>());
    }
    readOptional(j, "cache_path", p.cachePath);
    readOptional(j, "budget_usd", p.budgetUsd);
    readOptional(j, "timeout_ms", p.timeoutMs);
    readOptional(j, "allow_insecure_http", p.allowInsecureHttp);
    readOptional(j, "stream", p.stream);
}

void to_json(Json &j, const ModelSettings &m)
{
    j = Json::object();
    for (Role r : kModelRoles)
        j[roleName(r).toStdString()] = m.role(r);
    j["provider"] = m.provider;
    j["sim_latency_ms"] = m.simLatencyMs;
}

void from_json(const Json &j, ModelSettings &m)
{
    // Every field is optional: files written before the embedder and the provider
    // settings existed load with today's defaults (no embedder, BM25 retrieval).
    m = ModelSettings{};
    for (Role r : kModelRoles) {
        const std::string key = roleName(r).toStdString();
        if (j.contains(key))
            from_json(j.at(key), m.role(r));
    }
    readOptional(j, "provider", m.provider);
    readOptional(j, "sim_latency_ms", m.simLatencyMs);
}

} // namespace drpo::model
