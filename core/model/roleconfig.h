#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::model {

enum class Role { Base, Selector, Judge, Optimizer };
inline constexpr Role kAllRoles[] = {Role::Base, Role::Selector, Role::Judge, Role::Optimizer};

QString roleName(Role r);
Role roleFromName(const QString &s, bool *ok = nullptr);

// How one role reaches its model. Never holds a key: keyEnv names where the key comes from.
struct RoleConfig {
    QString kind = QStringLiteral("sim"); // sim | openai | anthropic
    QStringList baseUrls;                 // replicas of one model
    QString model;
    QString keyEnv;                       // environment variable that holds the key
    QString api = QStringLiteral("chat"); // chat | completion (base role)
    double temperature = 0.0;
    double topP = 1.0;
    int maxTokens = 1024;
    int concurrency = 8;
    bool supportsN = true;                // endpoint accepts n > 1
    bool jsonMode = false;                // endpoint supports response_format json_object

    bool isSim() const { return kind == u"sim"; }
    friend bool operator==(const RoleConfig &, const RoleConfig &) = default;
};

// The four roles' configuration plus the simulated world's knobs.
struct ModelSettings {
    RoleConfig base;
    RoleConfig selector;
    RoleConfig judge;
    RoleConfig optimizer;
    int simLatencyMs = 0;

    ModelSettings();
    RoleConfig &role(Role r);
    const RoleConfig &role(Role r) const;
    bool allSim() const;
    friend bool operator==(const ModelSettings &, const ModelSettings &) = default;
};

void to_json(Json &j, const RoleConfig &c);
void from_json(const Json &j, RoleConfig &c);
void to_json(Json &j, const ModelSettings &m);
void from_json(const Json &j, ModelSettings &m);

} // namespace drpo::model
