// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/retriever.h"
#include "engine/runevents.h"
#include "model/runrecord.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "reward/rewarder.h"
#include "search/queryschedule.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace drpo::search {

// Stage 2: the search over system prompts (beam, greedy or Monte Carlo), one level at a
// time on a RunRecord, so a run can stop after any level and resume from the record.
class PromptSearch {
public:
    // Every change to the record is reported through the sink (node added, updated or
    // dropped, level finished, selection made, best changed, log lines).
    PromptSearch(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
        model::RunRecord &record, engine::EventSink sink);

    bool hasRoot() const { return !m_record.levels.isEmpty(); }
    bool searchDone() const;
    int lastLevel() const { return m_record.levels.isEmpty() ? -1 : m_record.levels.last().level; }

    // Each returns false when the level was abandoned (stop or fatal error); the record then
    // holds only completed levels.
    bool runRootLevel();
    bool runNextLevel();
    // Re-scores the finalists (the final beam and the best node by the ranking rule seen at
    // any level) and the root on the validation queries, and picks the best; without a
    // validation set the ranking rule's best stands. Sets the record's best.
    bool finish();

    // A human-authored child of parentId, scored on the last level's queries, joining its beam.
    std::optional<model::Node> addHumanNode(
        const QString &parentId, const QString &prompt, const QString &note, QString *error);
    // Makes nodeId the whole beam of the last level.
    bool branchFrom(const QString &nodeId, QString *error);
    // The best node so far by the ranking rule: the leader of the last level's beam (of every
    // rollout for Monte Carlo).
    QString currentBest() const;
    // The ranking rule's figure of a node (path mean or last reward); none when unscored.
    std::optional<double> rankFigure(const model::Node &n) const;
    // How ICL examples are retrieved in this run, e.g. "embeddings (openai text-embedding-3-small)"
    // or "bm25"; empty until the first level has prepared retrieval.
    QString retrievalDescription() const { return m_retrievalDescription; }

private:
    double rankKey(const model::Node &n) const;
    // Records the ranking rule's best in the record and announces it when it changed.
    void updateBest();
    void emitEvent(engine::RunEvent e) const;
    void warn(const QString &message) const;
    void info(const QString &message) const;
    void score(const QList<model::Node *> &nodes, const QList<model::Query> &queries, bool validation);
    void updatePathReward(model::Node &n) const;
    QStringList lineage(const model::Node &n) const;
    QString newId() const;
    QList<model::Query> queriesByIds(const QStringList &ids) const;
    void ensureSelections(const QList<model::Query> &queries);
    // Once per run: embeds the example and query texts when an embedder is configured.
    // False only on a fatal error or a stop (a non-fatal failure falls back to BM25).
    bool ensureRetrieval();

    reward::CallRunner &m_calls;
    reward::Rewarder &m_rewarder;
    const reward::RequestBuilder &m_builder;
    model::RunRecord &m_record;
    engine::EventSink m_sink;
    model::SearchSettings m_settings;
    QuerySchedule m_schedule;
    align::Retriever m_retriever;
    bool m_retrievalReady = false;
    QString m_retrievalDescription;
};

} // namespace drpo::search
