// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/profileresponder.h"

#include "align/embeddingfetcher.h"
#include "reward/callrunner.h"
#include "serve/servetext.h"

#include <QCoreApplication>

namespace drpo::serve {

namespace {

// A profile found for a completion model carries its template: a real base endpoint is
// then addressed through its completion API, whatever the flags said (the simulated base
// answers from structured fields either way).
model::ModelSettings adapted(const model::AlignmentProfile &profile, model::ModelSettings models)
{
    if (!profile.assemblyTemplate.isEmpty() && !models.base.isSim())
        models.base.api = QStringLiteral("completion");
    return models;
}

} // namespace

ProfileResponder::ProfileResponder(model::AlignmentProfile profile, const model::ModelSettings &models)
    : m_profile(std::move(profile))
    , m_completion(adapted(m_profile, models).base.api == u"completion")
    , m_embedder(models.hasEmbedder())
    , m_builder(adapted(m_profile, models))
    , m_retriever(m_profile.examples)
{}

QString ProfileResponder::retrievalName() const
{
    return usesEmbeddings() ? QStringLiteral("embeddings") : QStringLiteral("bm25");
}

bool ProfileResponder::wantsEmbeddings() const
{
    return m_embedder && m_profile.k > 0 && !m_profile.examples.isEmpty();
}

bool ProfileResponder::prepareEmbeddings(reward::CallRunner &calls, QString *warning, QString *error)
{
    if (!wantsEmbeddings())
        return true;
    QStringList texts;
    for (const model::Example &e : std::as_const(m_profile.examples))
        texts << e.query;
    const align::EmbeddingFetcher::Result vectors = align::EmbeddingFetcher::fetch(calls, texts);
    if (vectors.stopped) {
        if (error)
            *error = ServeText::tr("the embedder failed: %1").arg(calls.fatalError());
        return false;
    }
    QString problem = vectors.problem;
    if (problem.isEmpty())
        m_retriever.useEmbeddings(vectors.vectors, &problem);
    if (!problem.isEmpty() && warning)
        *warning = ServeText::tr("examples are retrieved by BM25 instead of embeddings: %1").arg(problem);
    return true;
}

QString ProfileResponder::retrievalQuery(const QList<llm::Message> &conversation)
{
    for (qsizetype i = conversation.size() - 1; i >= 0; --i)
        if (conversation[i].role == u"user")
            return conversation[i].content;
    return {};
}

llm::LlmRequest ProfileResponder::embedRequest(const QString &query) const
{
    const QList<llm::LlmRequest> batch = align::EmbeddingFetcher::requests({query});
    if (!batch.isEmpty())
        return batch.first();
    // An empty query still needs a well-formed request; its vector is then ignored.
    llm::LlmRequest r;
    r.role = model::Role::Embedder;
    r.purpose = llm::Purpose::Embed;
    r.embedInput = {QStringLiteral(" ")};
    r.maxTokens = 0;
    return r;
}

QList<int> ProfileResponder::retrieve(const QString &query, const QList<double> &queryVector) const
{
    return m_retriever.topKIndices(query, queryVector, m_profile.k);
}

QList<model::Example> ProfileResponder::examplesAt(const QList<int> &indices) const
{
    QList<model::Example> out;
    for (int i : indices)
        if (i >= 0 && i < m_profile.examples.size())
            out.push_back(m_profile.examples[i]);
    return out;
}

llm::LlmRequest ProfileResponder::render(
    const QList<llm::Message> &conversation, const QList<int> &examples, const Sampling &sampling) const
{
    // The profile's prompt leads; a client's own system text follows it, in order.
    QString system = m_profile.systemPrompt;
    QList<llm::Message> turns;
    for (const llm::Message &m : conversation) {
        if (m.role == u"system" || m.role == u"developer") {
            if (!m.content.trimmed().isEmpty())
                system += QStringLiteral("\n\n") + m.content;
        } else {
            turns.push_back(m);
        }
    }
    llm::LlmRequest r = m_builder.respondTo(system, turns, examplesAt(examples), m_profile.assemblyTemplate);
    if (sampling.temperature)
        r.temperature = *sampling.temperature;
    if (sampling.topP)
        r.topP = *sampling.topP;
    if (sampling.maxTokens)
        r.maxTokens = *sampling.maxTokens;
    r.n = qMax(1, sampling.n);
    for (const QString &s : sampling.stop)
        if (!s.isEmpty() && !r.stop.contains(s))
            r.stop.push_back(s);
    r.seed = sampling.seed;
    r.stream = sampling.stream;
    return r;
}

} // namespace drpo::serve
