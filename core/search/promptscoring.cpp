// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring candidates: each prompt answers each query with its retrieved examples, the judge
// rates every answer under the query's criteria, and a node's reward is the mean. The
// embeddings for retrieval are fetched once per run, before the first scoring.
#include "search/promptsearch.h"

#include "align/embeddingfetcher.h"
#include "search/searchtext.h"

namespace drpo::search {

using model::Node;

bool PromptSearch::ensureRetrieval()
{
    if (m_retrievalReady)
        return true;
    const model::ModelSettings &models = m_record.input.models;
    const bool wanted = models.hasEmbedder() && !m_record.examples.isEmpty() && m_settings.kOptimize > 0;
    if (!wanted) {
        m_retrievalReady = true;
        m_retrievalDescription = QStringLiteral("bm25");
        return true;
    }
    // Every text that may need retrieval in this run, embedded once up front: one latency
    // for the whole run instead of one per level.
    QStringList texts;
    for (const model::Example &e : std::as_const(m_record.examples))
        texts << e.query;
    for (const model::Query &q : std::as_const(m_record.input.queries.queries))
        texts << q.text;
    const align::EmbeddingFetcher::Result r = align::EmbeddingFetcher::fetch(m_calls, texts);
    if (r.stopped)
        return false; // a fatal error pauses the run; resuming tries again
    const QString who =
        models.embedder.isSim() ? QStringLiteral("sim") : models.embedder.kind + u' ' + models.embedder.model;
    QString problem = r.problem;
    if (problem.isEmpty() && !m_retriever.useEmbeddings(r.vectors, &problem))
        problem = SearchText::tr("unusable embeddings: %1").arg(problem);
    m_retrievalReady = true;
    if (!problem.isEmpty()) {
        m_retrievalDescription = SearchText::tr("bm25 (embeddings failed)");
        warn(SearchText::tr("ICL retrieval falls back to BM25 for this run: %1").arg(problem));
        return true;
    }
    m_retrievalDescription = SearchText::tr("embeddings (%1)").arg(who);
    info(SearchText::tr("ICL retrieval: cosine similarity of embeddings from %1 (%2 texts, %3 calls).")
             .arg(who)
             .arg(r.vectors.size())
             .arg(r.calls));
    return true;
}

void PromptSearch::score(const QList<Node *> &nodes, const QList<model::Query> &queries, bool validation)
{
    if (!ensureRetrieval())
        return;
    QList<llm::LlmRequest> requests;
    for (const Node *n : nodes)
        for (const model::Query &q : queries)
            requests.push_back(
                m_builder.respond(n->prompt, q.text, q.category, m_retriever.topK(q.text, m_settings.kOptimize)));
    // Answers do not depend on the criteria: new queries' selections run alongside them.
    reward::CallRunner::Batch answering = m_calls.start(requests);
    ensureSelections(queries);
    const QList<llm::LlmResponse> answers = m_calls.finish(answering);
    if (m_calls.mustStop())
        return;

    QList<QList<model::Evaluation>> evals(nodes.size());
    QList<model::Evaluation *> all;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        evals[i].resize(queries.size());
        for (qsizetype j = 0; j < queries.size(); ++j) {
            const llm::LlmResponse &a = answers[i * queries.size() + j];
            model::Evaluation &e = evals[i][j];
            e.queryId = queries[j].id;
            e.query = queries[j].text;
            e.answer = a.text().trimmed();
            if (!a.ok())
                e.error = SearchText::tr("the base model failed: %1").arg(a.errorMessage);
            nodes[i]->usage += a.usage;
            all.push_back(&e);
        }
    }
    const QList<model::Usage> judgeUsage = m_rewarder.judge(all, /*harsh=*/false);
    if (m_calls.mustStop())
        return;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        double sum = 0;
        int count = 0;
        for (qsizetype j = 0; j < queries.size(); ++j) {
            nodes[i]->usage += judgeUsage.value(i * queries.size() + j);
            if (evals[i][j].reward) {
                sum += *evals[i][j].reward;
                ++count;
            }
        }
        const std::optional<double> mean = count ? std::optional<double>(sum / count) : std::nullopt;
        if (validation) {
            nodes[i]->validationReward = mean;
        } else {
            nodes[i]->evaluations = evals[i];
            nodes[i]->reward = mean;
            updatePathReward(*nodes[i]);
        }
    }
}

} // namespace drpo::search
