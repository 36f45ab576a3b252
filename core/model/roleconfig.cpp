#include "model/roleconfig.h"

namespace drpo::model {

QString roleName(Role r)
{
    switch (r) {
    case Role::Base: return QStringLiteral("base");
    case Role::Selector: return QStringLiteral("selector");
    case Role::Judge: return QStringLiteral("judge");
    case Role::Optimizer: return QStringLiteral("optimizer");
    }
    return {};
}

Role roleFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    for (Role r : kAllRoles)
        if (roleName(r) == s)
            return r;
    if (ok)
        *ok = false;
    return Role::Base;
}

ModelSettings::ModelSettings()
{
    base.temperature = 0.7;
    base.maxTokens = 512;
    optimizer.temperature = 0.2;
}

RoleConfig &ModelSettings::role(Role r)
{
    switch (r) {
    case Role::Base: return base;
    case Role::Selector: return selector;
    case Role::Judge: return judge;
    case Role::Optimizer: return optimizer;
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

void to_json(Json &j, const RoleConfig &c)
{
    j = Json{{"kind", c.kind},
             {"base_urls", c.baseUrls},
             {"model", c.model},
             {"key_env", c.keyEnv},
             {"api", c.api},
             {"temperature", c.temperature},
             {"top_p", c.topP},
             {"max_tokens", c.maxTokens},
             {"concurrency", c.concurrency},
             {"supports_n", c.supportsN},
             {"json_mode", c.jsonMode}};
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

void to_json(Json &j, const ModelSettings &m)
{
    j = Json::object();
    for (Role r : kAllRoles)
        j[roleName(r).toStdString()] = m.role(r);
    j["sim_latency_ms"] = m.simLatencyMs;
}

void from_json(const Json &j, ModelSettings &m)
{
    m = ModelSettings{};
    for (Role r : kAllRoles) {
        const std::string key = roleName(r).toStdString();
        if (j.contains(key))
            from_json(j.at(key), m.role(r));
    }
    readOptional(j, "sim_latency_ms", m.simLatencyMs);
}

} // namespace drpo::model
