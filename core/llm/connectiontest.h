// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace drpo::llm {

// The outcome of "test connection" for one endpoint.
struct ConnectionResult {
    bool ok = false;
    QString endpoint;         // the base URL tried
    QString message;          // what works or what to fix, for the user
    QStringList models;       // model ids the endpoint lists (OpenAI-compatible), when it does
    bool modelListed = false; // the configured model is among them
    qint64 latencyMs = 0;
};

// Checks one role's endpoints: GET {base}/models for OpenAI-compatible servers, a one-token
// request for Anthropic, an immediate ok for the simulated models. `options` gives the
// timeout and whether plain http may reach another machine. Asynchronous: `done` runs once
// per base URL on `context`'s thread, and `allDone` after the last.
void testConnection(model::Role role, const model::RoleConfig &config, const model::ProviderSettings &options,
    QObject *context, std::function<void(const ConnectionResult &)> done, std::function<void()> allDone = {});

} // namespace drpo::llm
