// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "reward/callrunner.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::align {

// Embeds texts through the embedder role for ICL retrieval: distinct texts in batches, all
// batches submitted at once, so a run pays one latency and the response cache makes a
// rerun free. Runs on a worker thread (it waits for the calls).
class EmbeddingFetcher {
public:
    static constexpr int kBatchSize = llm::kEmbedBatchSize;

    struct Result {
        QHash<QString, QList<double>> vectors; // text -> embedding, complete when ok()
        QString problem;                       // a non-fatal failure: the caller falls back to BM25
        bool stopped = false;                  // a fatal error or a stop: see the CallRunner
        int calls = 0;                         // requests made (cached ones included)
        bool ok() const { return !stopped && problem.isEmpty(); }
    };

    // The requests for `texts`, duplicates and empty texts dropped, in first-seen order.
    static QList<llm::LlmRequest> requests(const QStringList &texts, int batchSize = kBatchSize);
    static Result fetch(reward::CallRunner &calls, const QStringList &texts, int batchSize = kBatchSize);
};

} // namespace drpo::align
