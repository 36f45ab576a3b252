// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/httpprovider.h"

namespace drpo::llm {

// Anthropic Messages API: system as a top-level field, required max_tokens, temperature
// clamped to 0–1, named SSE events when streaming, 529 "overloaded" retried. No n > 1
// (the scheduler makes separate calls) and no text completions (the prompt becomes a
// user message).
class AnthropicProvider final : public HttpProvider {
public:
    explicit AnthropicProvider(HttpProviderConfig config);

    QByteArray requestBody(const LlmRequest &request) const; // exposed for tests
    // Reads a 2xx answer body into choices and usage, or a Parse error (public for fuzz/).
    LlmResponse parseBody(const HttpResult &r) const;

protected:
    void probe(std::function<void(const ConnectionResult &)> done) override;
    void startCall(const LlmRequest &request, Done done) override;

private:
    HttpCall makeCall(const LlmRequest &request) const;
};

} // namespace drpo::llm
