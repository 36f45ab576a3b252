// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/provider.h"
#include "model/roleconfig.h"

#include <memory>

namespace drpo::llm {

class Scheduler;

// Builds the provider for one role from its configuration; the transport knobs (timeout,
// streaming, insecure http) come from all.provider. Returns null and sets *error (a
// sentence for the user) when the configuration cannot work (unknown kind, no URL, no key).
std::shared_ptr<Provider> makeProvider(
    model::Role role, const model::RoleConfig &config, const model::ModelSettings &all, quint64 seed, QString *error);

// Empty when `url` may be used as a base URL, else why not (invalid, credentials in it,
// or plain http to a non-loopback host without allowInsecureHttp).
QString checkBaseUrl(const QString &url, bool allowInsecureHttp);

// Configures a scheduler (before it moves to its thread) for `roles` of `models`: one
// provider per role, the response cache and the budget cap of models.provider. The
// simulated models run 256 calls at once (they cost nothing). False and *error when a
// role cannot work or the cache file cannot be opened.
bool setUpScheduler(Scheduler &scheduler, const model::ModelSettings &models, const QList<model::Role> &roles,
    quint64 seed, QString *error);

} // namespace drpo::llm
