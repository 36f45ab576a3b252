// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/promptsearch.h"

#include "reward/jsonextract.h"
#include "search/searchtext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace drpo::search {

using model::Node;
using model::Origin;

namespace {

model::SearchSettings effective(model::SearchSettings s)
{
    // Greedy is the ablation "beam of one, ranked by the last reward".
    if (s.strategy == model::SearchStrategy::Greedy) {
        s.beamWidth = 1;
        s.ranking = model::Ranking::Last;
    }
    return s;
}

QString normalized(const QString &prompt)
{
    return prompt.simplified();
}

} // namespace

PromptSearch::PromptSearch(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
    model::RunRecord &record, engine::EventSink sink)
    : m_calls(calls)
    , m_rewarder(rewarder)
    , m_builder(builder)
    , m_record(record)
    , m_sink(std::move(sink))
    , m_settings(effective(record.input.settings))
    , m_schedule(record.input.queries, m_settings.seed, m_settings.batchSize, m_settings.validationSize)
    , m_retriever(record.examples)
{
    if (m_record.depthLimit == 0)
        m_record.depthLimit = m_settings.depth;
}

bool PromptSearch::searchDone() const
{
    return hasRoot() && lastLevel() >= m_record.depthLimit;
}

std::optional<double> PromptSearch::rankFigure(const Node &n) const
{
    return m_settings.ranking == model::Ranking::Last ? n.reward : n.pathReward;
}

double PromptSearch::rankKey(const Node &n) const
{
    const std::optional<double> v = rankFigure(n);
    return v ? *v : -std::numeric_limits<double>::infinity();
}

void PromptSearch::emitEvent(engine::RunEvent e) const
{
    if (m_sink)
        m_sink(std::move(e));
}

void PromptSearch::warn(const QString &message) const
{
    emitEvent({engine::event::Log{
        engine::LogEntry{QDateTime::currentDateTimeUtc(), engine::LogEntry::Severity::Warning, message}}});
}

void PromptSearch::info(const QString &message) const
{
    emitEvent({engine::event::Log{
        engine::LogEntry{QDateTime::currentDateTimeUtc(), engine::LogEntry::Severity::Info, message}}});
}

void PromptSearch::updateBest()
{
    const engine::BestNode before = engine::bestOf(m_record);
    m_record.bestNodeId = currentBest();
    if (!m_record.levels.isEmpty()) {
        model::LevelSummary &last = m_record.levels.last();
        last.bestNodeId = m_record.bestNodeId;
        const Node *leader = m_record.node(last.bestNodeId);
        last.bestFigure = leader ? rankFigure(*leader) : std::nullopt;
    }
    const Node *best = m_record.node(m_record.bestNodeId);
    m_record.bestReward = best ? rankFigure(*best) : std::nullopt;
    m_record.bestMeasure =
        m_settings.ranking == model::Ranking::Last ? model::BestMeasure::LastReward : model::BestMeasure::PathMean;
    m_record.bestQueries = m_record.levels.isEmpty() ? 0 : int(m_record.levels.last().queryIds.size());
    const engine::BestNode after = engine::bestOf(m_record);
    if (!(after == before))
        emitEvent({engine::event::BestChanged{after}});
}

QString PromptSearch::newId() const
{
    return QStringLiteral("n%1").arg(m_record.nodes.size());
}

QList<model::Query> PromptSearch::queriesByIds(const QStringList &ids) const
{
    QList<model::Query> out;
    for (const QString &id : ids)
        if (const model::Query *q = m_record.input.queries.find(id))
            out.push_back(*q);
    return out;
}

void PromptSearch::ensureSelections(const QList<model::Query> &queries)
{
    QList<QPair<QString, QString>> qc;
    for (const model::Query &q : queries)
        qc.push_back({q.text, q.category});
    m_rewarder.ensureSelections(
        qc, {m_settings.minCriteria, m_settings.maxCriteria}, [this](const QString &q, const model::Selection &sel) {
            emitEvent({engine::event::SelectionMade{q, sel}});
        });
}

void PromptSearch::updatePathReward(Node &n) const
{
    double sum = 0;
    int count = 0;
    for (const Node *p : m_record.path(n.id)) {
        const std::optional<double> r = p->id == n.id ? n.reward : p->reward;
        if (r) {
            sum += *r;
            ++count;
        }
    }
    n.pathReward = count ? std::optional<double>(sum / count) : std::nullopt;
}

QStringList PromptSearch::lineage(const Node &n) const
{
    QStringList out;
    const QList<const Node *> path = m_record.path(n.id);
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        if (out.isEmpty() || out.last() != path[i]->prompt)
            out << path[i]->prompt;
    while (out.size() > m_settings.lineageLength)
        out.removeFirst();
    return out;
}

bool PromptSearch::runRootLevel()
{
    Node root;
    root.id = newId();
    root.level = 0;
    root.origin = Origin::Root;
    root.prompt = m_settings.rootPrompt;
    const QList<model::Query> queries = m_schedule.batchForLevel(0);
    if (queries.isEmpty()) {
        warn(SearchText::tr("there are no training queries to optimize on"));
        return false;
    }
    emitEvent({engine::event::NodeAdded{root}});
    score({&root}, queries, false);
    if (m_calls.mustStop()) {
        emitEvent({engine::event::NodesDropped{{root.id}}});
        return false;
    }
    root.inBeam = true;
    root.pathReward = root.reward; // its path is itself (it was scored before it joined the record)
    m_record.nodes.push_back(root);
    m_record.rootReward = root.reward;
    model::LevelSummary level;
    level.level = 0;
    for (const model::Query &q : queries)
        level.queryIds << q.id;
    level.beamIds = {root.id};
    level.bestReward = root.reward;
    level.meanReward = root.reward;
    level.unscored = root.reward ? 0 : 1;
    m_record.levels.push_back(level);
    emitEvent({engine::event::NodeUpdated{root}});
    updateBest();
    emitEvent({engine::event::LevelFinished{m_record.levels.last(), m_record.depthLimit}});
    return true;
}

bool PromptSearch::runNextLevel()
{
    const int t = lastLevel() + 1;
    const QList<model::Query> queries = m_schedule.batchForLevel(t);
    QList<const Node *> beam;
    for (const QString &id : std::as_const(m_record.levels.last().beamIds))
        if (const Node *n = m_record.node(id))
            beam.push_back(n);

    // Selections for the new queries run while the optimizer thinks.
    QList<Node> children;
    QList<llm::LlmRequest> optimizeRequests;
    QList<const Node *> expanded;
    bool carried = false;
    for (const Node *p : std::as_const(beam)) {
        // A threshold above 5 switches the skip rule off entirely (all-5s included).
        bool allFives = !p->evaluations.isEmpty() && m_settings.skipThreshold <= 5.0;
        for (const model::Evaluation &e : p->evaluations)
            allFives = allFives && e.allFives();
        if ((p->reward && *p->reward > m_settings.skipThreshold) || allFives) {
            carried = true;
            continue;
        }
        expanded.push_back(p);
        optimizeRequests.push_back(m_builder.optimizePrompt(p->prompt, lineage(*p), p->evaluations, m_settings.actions,
            m_settings.maxBullets, m_settings.maxNewBullets));
    }
    reward::CallRunner::Batch optimizing = m_calls.start(optimizeRequests);
    ensureSelections(queries);
    const QList<llm::LlmResponse> proposals = m_calls.finish(optimizing);
    if (m_calls.mustStop())
        return false;

    QStringList seen;
    int duplicates = 0;
    auto addChild = [&](const Node &parent, Origin origin, const QString &prompt, const QString &note,
                        const model::Usage &usage) {
        if (m_settings.dedup && origin == Origin::Optimizer) {
            if (seen.contains(normalized(prompt)) || normalized(prompt) == normalized(parent.prompt)) {
                ++duplicates;
                return;
            }
        }
        seen << normalized(prompt);
        Node c;
        c.id = QStringLiteral("n%1").arg(m_record.nodes.size() + children.size());
        c.parentId = parent.id;
        c.level = t;
        c.origin = origin;
        c.prompt = prompt;
        c.note = note;
        c.usage = usage;
        children.push_back(c);
    };
    for (const Node *p : std::as_const(beam)) {
        const qsizetype e = expanded.indexOf(p);
        if (e < 0) {
            addChild(*p, Origin::Carried, p->prompt,
                SearchText::tr("Carried unchanged: its reward %1 is above the skip threshold %2.")
                    .arg(p->reward.value_or(0), 0, 'f', 2)
                    .arg(m_settings.skipThreshold),
                {});
            continue;
        }
        const llm::LlmResponse &r = proposals[e];
        if (!r.ok()) {
            warn(SearchText::tr("level %1: the optimizer failed for %2: %3").arg(t).arg(p->id, r.errorMessage));
            continue;
        }
        model::Usage share = r.usage;
        const int k = int(qMax<qsizetype>(1, r.choices.size()));
        share.promptTokens /= k;
        share.completionTokens /= k;
        share.costUsd /= k;
        share.calls = 0;
        for (const QString &choice : r.choices) {
            const std::optional<QString> prompt = reward::extractTagged(choice, QStringLiteral("prompt"));
            if (!prompt) {
                warn(SearchText::tr("level %1: a proposal for %2 had no <prompt> section").arg(t).arg(p->id));
                continue;
            }
            const qsizetype cut = choice.indexOf(QStringLiteral("<prompt>"));
            addChild(*p, Origin::Optimizer, *prompt, choice.left(cut).trimmed(), share);
        }
    }
    if (duplicates > 0)
        info(SearchText::tr("Level %1: %2 proposals repeated an existing prompt and were dropped.")
                 .arg(t)
                 .arg(duplicates));
    if (children.isEmpty()) {
        // Nothing usable came back: keep the beam alive by carrying it.
        for (const Node *p : std::as_const(beam))
            addChild(*p, Origin::Carried, p->prompt, SearchText::tr("Carried: no usable proposal this level."), {});
    }
    for (const Node &c : std::as_const(children))
        emitEvent({engine::event::NodeAdded{c}});

    // Children must be findable by path() while scoring: append, then score in place.
    const qsizetype first = m_record.nodes.size();
    m_record.nodes.append(children);
    QList<Node *> ptrs;
    for (qsizetype i = first; i < m_record.nodes.size(); ++i)
        ptrs.push_back(&m_record.nodes[i]);
    score(ptrs, queries, false);
    if (m_calls.mustStop()) {
        m_record.nodes.resize(first); // an abandoned level leaves no trace
        QStringList dropped;
        for (const Node &c : std::as_const(children))
            dropped << c.id;
        emitEvent({engine::event::NodesDropped{dropped}});
        return false;
    }

    // Rank and keep the beam.
    QList<Node *> ranked = ptrs;
    std::stable_sort(
        ranked.begin(), ranked.end(), [&](const Node *a, const Node *b) { return rankKey(*a) > rankKey(*b); });
    QStringList survivors;
    if (m_settings.strategy == model::SearchStrategy::MonteCarlo) {
        // Random rollouts: each walker moves to a random child; the best path is kept at the end.
        SplitMix rng(mixSeed(m_settings.seed, 0x4D43000 + quint64(t)));
        QList<Node *> pool = ptrs;
        const int walkers = qMin<int>(int(pool.size()), qMax<int>(int(beam.size()), t == 1 ? m_settings.beamWidth : 0));
        for (int w = 0; w < walkers && !pool.isEmpty(); ++w)
            survivors << pool.takeAt(rng.below(int(pool.size())))->id;
    } else {
        for (const Node *n : std::as_const(ranked))
            if (survivors.size() < m_settings.beamWidth && n->reward)
                survivors << n->id;
        if (survivors.isEmpty() && !ranked.isEmpty())
            survivors << ranked.first()->id;
    }

    model::LevelSummary level;
    level.level = t;
    for (const model::Query &q : queries)
        level.queryIds << q.id;
    level.beamIds = survivors;
    double best = 0, sum = 0;
    int count = 0;
    for (Node *n : std::as_const(ptrs)) {
        n->inBeam = survivors.contains(n->id);
        if (n->reward) {
            best = count ? std::max(best, *n->reward) : *n->reward;
            sum += *n->reward;
            ++count;
        } else {
            ++level.unscored;
        }
    }
    if (count > 0) {
        level.bestReward = best;
        level.meanReward = sum / count;
    }
    if (carried && m_record.depthLimit < m_settings.depth + m_settings.maxExtension) {
        ++m_record.depthLimit;
        level.extended = true;
    }
    m_record.levels.push_back(level);
    for (const Node *n : std::as_const(ptrs))
        emitEvent({engine::event::NodeUpdated{*n}});
    updateBest(); // also completes the level's summary with its best, then announces the level
    emitEvent({engine::event::LevelFinished{m_record.levels.last(), m_record.depthLimit}});
    return true;
}

QString PromptSearch::currentBest() const
{
    if (m_record.levels.isEmpty())
        return {};
    const Node *best = nullptr;
    if (m_settings.strategy == model::SearchStrategy::MonteCarlo) {
        // Keep the best path seen by any rollout.
        for (const Node &n : m_record.nodes)
            if (n.isScored() && (!best || rankKey(n) > rankKey(*best)))
                best = &n;
    } else {
        for (const QString &id : m_record.levels.last().beamIds) {
            const Node *n = m_record.node(id);
            if (n && (!best || rankKey(*n) > rankKey(*best)))
                best = n;
        }
    }
    return best ? best->id : QString();
}

bool PromptSearch::finish()
{
    QStringList finalists;
    const QString best = currentBest();
    if (!best.isEmpty())
        finalists << best;
    for (const QString &id : m_record.levels.last().beamIds)
        if (!finalists.contains(id))
            finalists << id;
    // Beam search can drop a node that once led by the ranking rule: it competes too.
    const Node *bestEver = nullptr;
    for (const Node &n : std::as_const(m_record.nodes))
        if (n.isScored() && (!bestEver || rankKey(n) > rankKey(*bestEver)))
            bestEver = &n;
    if (bestEver && !finalists.contains(bestEver->id))
        finalists << bestEver->id;
    Node *root = m_record.nodes.isEmpty() ? nullptr : &m_record.nodes.first();
    QString bestId = best;
    if (!m_schedule.validation().isEmpty() && root) {
        QList<Node *> nodes{root};
        for (const QString &id : std::as_const(finalists))
            if (Node *n = m_record.node(id); n && n != root)
                nodes.push_back(n);
        score(nodes, m_schedule.validation(), true);
        if (m_calls.mustStop())
            return false;
        double top = -1;
        for (const QString &id : std::as_const(finalists)) {
            const Node *n = m_record.node(id);
            if (n && n->validationReward && *n->validationReward > top) {
                top = *n->validationReward;
                bestId = id;
            }
        }
        for (Node *n : std::as_const(nodes))
            emitEvent({engine::event::NodeUpdated{*n}});
        m_record.rootReward = root->validationReward;
        m_record.bestNodeId = bestId;
        m_record.bestReward = m_record.node(bestId) ? m_record.node(bestId)->validationReward : std::nullopt;
        m_record.bestMeasure = model::BestMeasure::Validation;
        m_record.bestQueries = int(m_schedule.validation().size());
        emitEvent({engine::event::BestChanged{engine::bestOf(m_record)}});
    } else {
        updateBest(); // no held-out queries: the ranking rule's best stands
    }
    m_record.stage2Done = true;
    return true;
}

} // namespace drpo::search
