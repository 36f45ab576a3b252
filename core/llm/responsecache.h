// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <QByteArray>

#include <optional>

namespace drpo::llm {

// Stores successful responses by request key. Implementations must be thread-safe.
class ResponseCache {
public:
    virtual ~ResponseCache() = default;
    virtual std::optional<LlmResponse> lookup(const QByteArray &key) = 0;
    virtual void store(const QByteArray &key, const LlmResponse &response) = 0;
};

} // namespace drpo::llm
