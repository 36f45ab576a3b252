// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/providerpresets.h"

#include "llm/llmtext.h"

#include <QCoreApplication>

namespace drpo::llm {

QList<ProviderPreset> providerPresets()
{
    // supportsN / jsonMode reflect what each server honoured when these presets were written;
    // where unsure they are off, since the fallbacks always work.
    return {
        {QStringLiteral("openai"), LlmText::tr("OpenAI"), QStringLiteral("openai"),
            QStringLiteral("https://api.openai.com/v1"), QStringLiteral("OPENAI_API_KEY"),
            QStringLiteral("gpt-4o-mini"), true, true, false},
        {QStringLiteral("openrouter"), LlmText::tr("OpenRouter"), QStringLiteral("openai"),
            QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("OPENROUTER_API_KEY"),
            QStringLiteral("openai/gpt-4o-mini"), false, false, false},
        {QStringLiteral("ollama"), LlmText::tr("Ollama"), QStringLiteral("openai"),
            QStringLiteral("http://127.0.0.1:11434/v1"), {}, QStringLiteral("llama3.1:8b"), false, true, true},
        {QStringLiteral("vllm"), LlmText::tr("vLLM"), QStringLiteral("openai"),
            QStringLiteral("http://127.0.0.1:8000/v1"), {}, QStringLiteral("mistralai/Mistral-7B-v0.1"), true, true,
            true},
        {QStringLiteral("llamacpp"), LlmText::tr("llama.cpp server"), QStringLiteral("openai"),
            QStringLiteral("http://127.0.0.1:8080/v1"), {}, QStringLiteral("default"), false, true, true},
        {QStringLiteral("lmstudio"), LlmText::tr("LM Studio"), QStringLiteral("openai"),
            QStringLiteral("http://127.0.0.1:1234/v1"), {}, QStringLiteral("local-model"), false, false, true},
        {QStringLiteral("anthropic"), LlmText::tr("Anthropic"), QStringLiteral("anthropic"),
            QStringLiteral("https://api.anthropic.com/v1"), QStringLiteral("ANTHROPIC_API_KEY"),
            QStringLiteral("claude-3-5-haiku-latest"), false, false, false},
    };
}

ProviderPreset providerPreset(const QString &id)
{
    for (const ProviderPreset &p : providerPresets())
        if (p.id == id)
            return p;
    return {};
}

} // namespace drpo::llm
