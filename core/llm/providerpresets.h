// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace drpo::llm {

// A known kind of endpoint with its default base URL, for the Models dialog and the CLI.
struct ProviderPreset {
    QString id; // "openai", "openrouter", "ollama", "vllm", "llamacpp", "lmstudio", "anthropic"
    QString displayName;
    QString kind; // "openai" (compatible API) or "anthropic"
    QString baseUrl;
    QString keyEnv; // empty: a local server that takes no key
    QString exampleModel;
    bool supportsN = true;
    bool jsonMode = false;
    bool local = false;
};

QList<ProviderPreset> providerPresets();
// The preset with this id, or one with an empty id when unknown.
ProviderPreset providerPreset(const QString &id);

} // namespace drpo::llm
