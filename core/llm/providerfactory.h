#pragma once

#include "llm/provider.h"
#include "model/roleconfig.h"

#include <memory>

namespace drpo::llm {

// Builds the provider for one role from its configuration. Returns null and sets *error
// (a sentence for the user) when the configuration cannot work (unknown kind, no URL, no key).
std::shared_ptr<Provider> makeProvider(model::Role role, const model::RoleConfig &config,
                                       const model::ModelSettings &all, quint64 seed, QString *error);

// Empty when `url` may be used as a base URL, else why not (invalid, credentials in it,
// or plain http to a non-loopback host without allowInsecureHttp).
QString checkBaseUrl(const QString &url, bool allowInsecureHttp);

} // namespace drpo::llm
