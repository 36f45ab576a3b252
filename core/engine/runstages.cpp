// SPDX-License-Identifier: GPL-3.0-or-later
// RunWorker's two stages and the steering commands (the control plumbing is in runworker.cpp).
#include "engine/runworker.h"

#include "align/stage1.h"
#include "llm/scheduler.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "reward/rewarder.h"
#include "search/promptsearch.h"

#include <QCoreApplication>

namespace drpo::engine {

namespace {
RunWorker::Phase stage1Phase()
{
    return {QStringLiteral("stage 1"), RunWorker::tr("stage 1: improving the examples")};
}

RunWorker::Phase levelPhase(int level)
{
    return {QStringLiteral("level %1").arg(level), RunWorker::tr("stage 2: level %1").arg(level)};
}

RunWorker::Phase validationPhase()
{
    return {QStringLiteral("validation"), RunWorker::tr("validation")};
}

QString figure(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) : RunWorker::tr("unscored");
}
} // namespace

void RunWorker::handleCommands(search::PromptSearch *search)
{
    const QList<RunControl::Command> commands = m_control->takeCommands();
    for (const RunControl::Command &c : commands) {
        if (!search || !search->hasRoot()) {
            log(tr("Prompt edits become possible once stage 2 has scored the root prompt."),
                LogEntry::Severity::Warning);
            continue;
        }
        QString error;
        if (c.kind == RunControl::Command::Kind::Edit) {
            const std::optional<model::Node> n = search->addHumanNode(c.nodeId, c.prompt, c.note, &error);
            if (n)
                log(tr("Your edit of %1 became node %2 (reward %3 on this level's queries); it joins the beam.")
                        .arg(c.nodeId, n->id, figure(n->reward)));
        } else if (search->branchFrom(c.nodeId, &error)) {
            log(tr("The search continues from %1 alone.").arg(c.nodeId));
        }
        if (!error.isEmpty())
            log(tr("Could not apply the change: %1").arg(error), LogEntry::Severity::Warning);
        save();
        publishStats({QStringLiteral("paused"), tr("paused")});
    }
}

bool RunWorker::runStage1()
{
    const model::SearchSettings &settings = m_record.input.settings;
    if (m_record.stage1Done)
        return true;
    if (settings.stages == model::Stages::Prompt || m_record.input.seedExamples.isEmpty()) {
        m_record.examples = m_record.input.seedExamples;
        m_record.stage1Done = true;
        return true;
    }
    reward::CallRunner calls(*m_scheduler, m_record.usageByRole);
    reward::RequestBuilder builder(m_record.input.models);
    reward::Rewarder rewarder(calls, builder, m_record.input.criteria, settings.stage1Criteria(), m_record.selections);
    align::Stage1 stage(calls, rewarder, builder, m_record, [this](RunEvent e) { publish(std::move(e)); });
    m_stage1Done = stage.doneCount();
    publishStats(stage1Phase());
    log(tr("Stage 1: optimizing %1 examples (up to %2 rounds each).")
            .arg(m_record.input.seedExamples.size())
            .arg(settings.stage1Rounds));
    // One round at a time, saved after each: a kill loses at most the round in flight.
    while (!stage.done()) {
        const bool ok = stage.runNextRound();
        for (const QString &e : rewarder.takeErrors())
            log(e, LogEntry::Severity::Warning);
        if (!ok) {
            if (calls.cancelled())
                return false;
            pauseForError(
                calls.fatalError().isEmpty() ? tr("the stage-1 round could not be completed") : calls.fatalError());
            calls.reset();
        } else {
            m_stage1Done = stage.doneCount();
            save();
            publishStats(stage1Phase());
        }
        if (!checkpoint(nullptr))
            return false;
    }
    stage.complete();
    save();
    publishStats(stage1Phase());
    log(tr("Stage 1 done."));
    return checkpoint(nullptr);
}

bool RunWorker::runStage2()
{
    const model::SearchSettings &settings = m_record.input.settings;
    if (settings.stages == model::Stages::Icl) {
        m_record.stage2Done = true;
        return true;
    }
    reward::CallRunner calls(*m_scheduler, m_record.usageByRole);
    reward::RequestBuilder builder(m_record.input.models);
    reward::Rewarder rewarder(calls, builder, m_record.input.criteria, settings.criteriaMode, m_record.selections);
    search::PromptSearch search(calls, rewarder, builder, m_record, [this](RunEvent e) { publish(std::move(e)); });

    // Runs one step, pausing on a fatal error and retrying it after the user resumes.
    auto attempt = [&](auto &&step) -> bool {
        for (;;) {
            QElapsedTimer t;
            t.start();
            const bool ok = step();
            for (const QString &e : rewarder.takeErrors())
                log(e, LogEntry::Severity::Warning);
            if (ok) {
                // The record says which retrieval the run used: embeddings, or BM25 by choice
                // or as a fallback.
                if (!search.retrievalDescription().isEmpty())
                    m_record.retrieval = search.retrievalDescription();
                m_levelTimeTotal += t.elapsed();
                ++m_levelsTimed;
                return true;
            }
            if (calls.cancelled())
                return false;
            pauseForError(calls.fatalError().isEmpty() ? tr("the level could not be completed") : calls.fatalError());
            calls.reset();
            if (!checkpoint(&search))
                return false;
        }
    };

    if (!search.hasRoot()) {
        publishStats(levelPhase(0));
        if (!attempt([&] { return search.runRootLevel(); }))
            return false;
        save();
        log(tr("Level 0: the starting prompt scores %1 on this level's %2 queries.")
                .arg(figure(m_record.rootReward))
                .arg(m_record.levels.last().queryIds.size()));
        publishStats(levelPhase(0));
    }
    while (!search.searchDone()) {
        if (!checkpoint(&search))
            return false;
        const int next = search.lastLevel() + 1;
        publishStats(levelPhase(next));
        if (!attempt([&] { return search.runNextLevel(); }))
            return false;
        save();
        const model::LevelSummary &l = m_record.levels.last();
        log(tr("Level %1 of %2: this level's best reward %3, mean %4%5; the leader is %6 with a %7 of %8.")
                .arg(l.level)
                .arg(m_record.depthLimit)
                .arg(figure(l.bestReward), figure(l.meanReward),
                    l.unscored > 0 ? tr(" (%n unscored)", nullptr, l.unscored) : QString(), l.bestNodeId,
                    measureText(m_record.bestMeasure), figure(l.bestFigure))
                .append(l.extended ? tr(" A prompt was carried: depth extended.") : QString()));
        publishStats(levelPhase(l.level));
        m_control->levelDone(); // a pending step pauses here
    }
    if (!checkpoint(&search))
        return false;
    publishStats(validationPhase());
    if (!attempt([&] { return search.finish(); }))
        return false;
    return true;
}

} // namespace drpo::engine
