#pragma once

#include <QString>

namespace drpo::llm {

// Process-wide knobs of the HTTP providers that RoleConfig does not carry (yet): set once
// by the CLI or the GUI before a run starts; read by makeProvider.
struct ProviderOptions {
    bool allowInsecureHttp = false; // plain http to a non-loopback host
    int timeoutMs = 120000;         // idle timeout per call
    bool stream = false;            // stream chat answers
    double budgetUsd = 0;           // a new Scheduler starts with this cap (0 = none)
    bool cacheEnabled = false;      // a new Scheduler opens the response cache at cachePath
    QString cachePath;              // empty = SqliteResponseCache::defaultPath()
};

ProviderOptions providerOptions();
void setProviderOptions(const ProviderOptions &options);

} // namespace drpo::llm
