#pragma once

#include "llm/provider.h"
#include "model/roleconfig.h"

#include <memory>

namespace drpo::llm {

// Builds the provider for one role from its configuration. Returns null and sets *error
// (a sentence for the user) when the configuration cannot work (unknown kind, no URL, no key).
std::shared_ptr<Provider> makeProvider(model::Role role, const model::RoleConfig &config,
                                       const model::ModelSettings &all, quint64 seed, QString *error);

} // namespace drpo::llm
