// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/retriever.h"
#include "llm/llmrequest.h"
#include "model/profile.h"
#include "model/roleconfig.h"
#include "reward/requestbuilder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::reward {
class CallRunner;
}

namespace drpo::serve {

// What a client may set per request; unset values keep the base role's settings.
struct Sampling {
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    int n = 1;
    QStringList stop; // added to the template's own stop sequences
    std::optional<qint64> seed;
    bool stream = false;
};

// Applies an alignment profile to a conversation exactly as the optimization did: the
// profile's system prompt (a client's own system text is appended after it), the K
// examples retrieved for the last user message (BM25, or cosine over embeddings when an
// embedder is configured: the same Retriever as stage 2), and the rendering for the base
// model (the profile's completion template and stop sequences, or chat messages).
// `drpo ask` and `drpo serve` both answer through it, so they cannot drift apart.
// Immutable once prepared: usable from any thread.
class ProfileResponder {
public:
    ProfileResponder(model::AlignmentProfile profile, const model::ModelSettings &models);

    const model::AlignmentProfile &profile() const { return m_profile; }
    // The base model is addressed through its text-completion API (a profile found for a
    // completion model, or --base-api completion).
    bool completionApi() const { return m_completion; }
    bool usesEmbeddings() const { return m_retriever.method() == align::Retriever::Method::Embeddings; }
    QString retrievalName() const;
    // An embedder is configured and there is something to retrieve.
    bool wantsEmbeddings() const;

    // Embeds the example queries through the embedder role and waits (call it before
    // serving, off the GUI thread). A passing failure keeps BM25 and returns a *warning; a
    // fatal one (key, quota, model) returns false with *error.
    bool prepareEmbeddings(reward::CallRunner &calls, QString *warning, QString *error);

    // The text retrieval looks at: the last user message.
    static QString retrievalQuery(const QList<llm::Message> &conversation);
    // The embeddings request for one query (when usesEmbeddings()).
    llm::LlmRequest embedRequest(const QString &query) const;
    // Indices into profile().examples, best first: by cosine with `queryVector` when
    // embeddings are in use and it is given, else BM25 over the example queries.
    QList<int> retrieve(const QString &query, const QList<double> &queryVector = {}) const;
    QList<model::Example> examplesAt(const QList<int> &indices) const;

    // The base model's request for `conversation` (system, user and assistant turns; the
    // last must be the user's) with the examples at `examples`.
    llm::LlmRequest render(
        const QList<llm::Message> &conversation, const QList<int> &examples, const Sampling &sampling) const;

private:
    model::AlignmentProfile m_profile;
    bool m_completion = false;
    bool m_embedder = false;
    reward::RequestBuilder m_builder;
    align::Retriever m_retriever;
};

} // namespace drpo::serve
