// SPDX-License-Identifier: GPL-3.0-or-later
// Answer bodies of the OpenAI-compatible and Anthropic endpoints (chat, completion and
// embeddings): a body is either an answer with text or an error that says why.
#include "fuzzsupport.h"

#include "llm/anthropicprovider.h"
#include "llm/openaiprovider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    using namespace drpo::llm;
    static const OpenAiProvider openai([] {
        HttpProviderConfig c;
        c.baseUrls = {QStringLiteral("http://127.0.0.1:1/v1")};
        c.model = QStringLiteral("m");
        c.needsKey = false;
        return c;
    }());
    static const AnthropicProvider anthropic([] {
        HttpProviderConfig c;
        c.kind = QStringLiteral("anthropic");
        c.baseUrls = {QStringLiteral("http://127.0.0.1:1/v1")};
        c.model = QStringLiteral("m");
        c.needsKey = false;
        return c;
    }());
    const unsigned char pick = drpo::fuzz::takeSelector(data, size);
    HttpResult r;
    r.status = 200;
    r.base = QStringLiteral("http://127.0.0.1:1/v1");
    r.body = drpo::fuzz::bytes(data, size);
    LlmRequest request;
    request.completion = pick & 1;
    if (pick & 2)
        request.embedInput = {QStringLiteral("a"), QStringLiteral("b")};
    const LlmResponse out = (pick & 4) ? anthropic.parseBody(r) : openai.parseBody(request, r);
    if (out.ok() && out.choices.isEmpty() && out.embeddings.isEmpty())
        __builtin_trap(); // never an empty answer passed on as one
    if (!out.ok() && out.errorMessage.isEmpty())
        __builtin_trap();
    return 0;
}
