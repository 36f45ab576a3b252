// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/embeddingfetcher.h"

#include "align/aligntext.h"

#include <QCoreApplication>
#include <QSet>

namespace drpo::align {

namespace {} // namespace

QList<llm::LlmRequest> EmbeddingFetcher::requests(const QStringList &texts, int batchSize)
{
    batchSize = qMax(1, batchSize);
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &t : texts) {
        if (t.trimmed().isEmpty() || seen.contains(t))
            continue;
        seen.insert(t);
        distinct.push_back(t);
    }
    QList<llm::LlmRequest> out;
    for (qsizetype i = 0; i < distinct.size(); i += batchSize) {
        llm::LlmRequest r;
        r.role = model::Role::Embedder;
        r.purpose = llm::Purpose::Embed;
        r.embedInput = distinct.mid(i, batchSize);
        r.maxTokens = 0; // nothing is generated (also keeps the token rate limit honest)
        out.push_back(std::move(r));
    }
    return out;
}

EmbeddingFetcher::Result EmbeddingFetcher::fetch(reward::CallRunner &calls, const QStringList &texts, int batchSize)
{
    Result result;
    const QList<llm::LlmRequest> batch = requests(texts, batchSize);
    result.calls = int(batch.size());
    const QList<llm::LlmResponse> responses = calls.run(batch);
    if (calls.mustStop()) {
        result.stopped = true;
        return result;
    }
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const llm::LlmResponse &r = responses[i];
        const QStringList &input = batch[i].embedInput;
        if (!r.ok()) {
            result.problem = AlignText::tr("the embeddings call failed: %1").arg(r.errorMessage);
            return result;
        }
        if (r.embeddings.size() != input.size()) {
            result.problem = AlignText::tr("the embedder returned %1 vectors for %2 texts")
                                 .arg(r.embeddings.size())
                                 .arg(input.size());
            return result;
        }
        for (qsizetype j = 0; j < input.size(); ++j)
            result.vectors.insert(input[j], r.embeddings[j]);
    }
    return result;
}

} // namespace drpo::align
