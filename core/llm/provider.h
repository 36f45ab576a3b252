// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <functional>

namespace drpo::llm {

// A model endpoint. Lives on the scheduler's thread: start() is called there and must call
// done exactly once, on that thread, possibly later (asynchronous I/O, timers).
class Provider {
public:
    using Done = std::function<void(LlmResponse)>;

    virtual ~Provider() = default;
    virtual QString kind() const = 0;     // "sim", "openai", "anthropic"
    virtual QString endpoint() const = 0; // base URL or "sim://…", for the cache key and log
    virtual QString model() const = 0;
    virtual void start(const LlmRequest &request, Done done) = 0;
    // False when the endpoint ignores n > 1: the scheduler then makes n separate calls.
    virtual bool supportsN() const { return true; }
    // Replicas of the same model behind this provider; the scheduler allows this many
    // times the per-endpoint concurrency and the provider spreads calls over them.
    virtual int replicaCount() const { return 1; }
    // Abandons work in flight; each pending done is still called, with ErrorKind::Cancelled.
    virtual void cancelAll() {}
};

} // namespace drpo::llm
