// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/httpprovider.h"

namespace drpo::llm {

// OpenAI-compatible endpoints (OpenAI, OpenRouter, vLLM, Ollama, llama.cpp server,
// LM Studio): chat completions with optional SSE streaming, text completions for base
// models, embeddings, and GET /models for the connection test.
class OpenAiProvider final : public HttpProvider {
public:
    explicit OpenAiProvider(HttpProviderConfig config);

    // The request body for `request` (exposed for tests).
    QByteArray requestBody(const LlmRequest &request) const;
    // Reads a 2xx answer body into choices, embeddings and usage, or a Parse error (public for fuzz/).
    LlmResponse parseBody(const LlmRequest &request, const HttpResult &r) const;

protected:
    void probe(std::function<void(const ConnectionResult &)> done) override;
    void startCall(const LlmRequest &request, Done done) override;
};

} // namespace drpo::llm
