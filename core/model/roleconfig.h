// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::model {

// Embedder is the optional fifth role (ICL retrieval by embeddings); kAllRoles stays the
// four chat roles every run needs, kModelRoles adds the embedder.
enum class Role { Base, Selector, Judge, Optimizer, Embedder };
inline constexpr Role kAllRoles[] = {Role::Base, Role::Selector, Role::Judge, Role::Optimizer};
inline constexpr Role kModelRoles[] = {Role::Base, Role::Selector, Role::Judge, Role::Optimizer, Role::Embedder};

QString roleName(Role r);
Role roleFromName(const QString &s, bool *ok = nullptr);

// How one role reaches its model. Never holds a key: keyEnv names where the key comes from.
struct RoleConfig {
    QString kind = QStringLiteral("sim"); // sim | openai | anthropic | none (embedder only)
    QStringList baseUrls;                 // replicas of one model
    QString model;
    QString keyEnv;                       // environment variable that holds the key
    QString api = QStringLiteral("chat"); // chat | completion (base role)
    double temperature = 0.0;
    double topP = 1.0;
    int maxTokens = 1024;
    int concurrency = 8;
    bool supportsN = true; // endpoint accepts n > 1
    bool jsonMode = false; // endpoint supports response_format json_object

    bool isSim() const { return kind == u"sim"; }
    // False only for an embedder that is switched off (retrieval then uses BM25).
    bool isConfigured() const { return !kind.isEmpty() && kind != u"none"; }
    friend bool operator==(const RoleConfig &, const RoleConfig &) = default;
};

// When the response cache is used. Auto: only when some role calls a real endpoint (the
// simulated models are free and deterministic, so caching them buys nothing).
enum class CacheMode { Auto, On, Off };
QString cacheModeName(CacheMode m);
CacheMode cacheModeFromName(const QString &s, bool *ok = nullptr);

// How the providers of one project behave, beyond each role's endpoint: stored with the
// project (never a key), overridable by CLI flags, passed explicitly to the factory and
// the scheduler.
struct ProviderSettings {
    CacheMode cache = CacheMode::Auto;
    QString cachePath;              // empty = the user cache folder's responses.sqlite
    double budgetUsd = 0;           // pause the run when its calls cost this much (0 = no cap)
    int timeoutMs = 120000;         // give up on a call after this long without data
    bool allowInsecureHttp = false; // plain http to a non-loopback host (keys travel unencrypted)
    bool stream = false;            // stream chat answers (SSE)
    friend bool operator==(const ProviderSettings &, const ProviderSettings &) = default;
};

// The roles' configuration, the provider settings and the simulated world's knobs.
struct ModelSettings {
    RoleConfig base;
    RoleConfig selector;
    RoleConfig judge;
    RoleConfig optimizer;
    RoleConfig embedder; // kind "none" by default: BM25 retrieval
    ProviderSettings provider;
    int simLatencyMs = 0;

    ModelSettings();
    RoleConfig &role(Role r);
    const RoleConfig &role(Role r) const;
    // The four chat roles are simulated: every figure of the run is simulated.
    bool allSim() const;
    // Some configured role (the embedder included) calls a real endpoint.
    bool anyRealEndpoint() const;
    // The roles a run sets up: the four chat roles, plus the embedder when configured.
    QList<Role> configuredRoles() const;
    bool hasEmbedder() const { return embedder.isConfigured(); }
    // The response cache is in use for these settings (CacheMode::Auto resolved).
    bool usesCache() const;
    friend bool operator==(const ModelSettings &, const ModelSettings &) = default;
};

void to_json(Json &j, const RoleConfig &c);
void from_json(const Json &j, RoleConfig &c);
void to_json(Json &j, const ProviderSettings &p);
void from_json(const Json &j, ProviderSettings &p);
void to_json(Json &j, const ModelSettings &m);
void from_json(const Json &j, ModelSettings &m);

} // namespace drpo::model
