#include "engine/runworker.h"

#include "align/stage1.h"
#include "engine/bestpathmean.h"
#include "engine/runcontroller.h"
#include "io/runfile.h"
#include "llm/providerfactory.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "reward/rewarder.h"
#include "search/promptsearch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace drpo::engine {

using model::RunStatus;

namespace {
// Phases: a stable key that code may compare, and the text people see in their language.
RunWorker::Phase stage1Phase()
{
    return {QStringLiteral("stage 1"), QCoreApplication::translate("RunWorker", "stage 1: improving the examples")};
}

RunWorker::Phase levelPhase(int level)
{
    return {QStringLiteral("level %1").arg(level),
        QCoreApplication::translate("RunWorker", "stage 2: level %1").arg(level)};
}

RunWorker::Phase pausedPhase()
{
    return {QStringLiteral("paused"), QCoreApplication::translate("RunWorker", "paused")};
}

RunWorker::Phase validationPhase()
{
    return {QStringLiteral("validation"), QCoreApplication::translate("RunWorker", "validation")};
}

RunWorker::Phase statusPhase(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: break;
    case RunStatus::Paused: return pausedPhase();
    case RunStatus::Stopped: return {model::runStatusName(status), QCoreApplication::translate("RunWorker", "stopped")};
    case RunStatus::Finished:
        return {model::runStatusName(status), QCoreApplication::translate("RunWorker", "finished")};
    case RunStatus::Failed: return {model::runStatusName(status), QCoreApplication::translate("RunWorker", "failed")};
    }
    return {model::runStatusName(status), QCoreApplication::translate("RunWorker", "running")};
}
} // namespace

RunWorker::RunWorker(RunController *controller, model::RunRecord record, QString runFile)
    : m_controller(controller)
    , m_record(std::move(record))
    , m_runFile(std::move(runFile))
{}

RunWorker::~RunWorker()
{
    requestStop();
    if (m_thread)
        m_thread->wait();
    m_host.reset(); // cancels, deletes the scheduler on its thread, joins it
}

bool RunWorker::prepare(QString *error)
{
    m_host = std::make_unique<llm::SchedulerHost>();
    m_scheduler = m_host->scheduler();
    // The project's provider settings (cache, budget, timeout...) travel with the run's
    // input, so the GUI, the CLI and a resumed run all configure the scheduler alike.
    const model::ModelSettings &models = m_record.input.models;
    if (!m_host->setUp(models, models.configuredRoles(), m_record.input.settings.seed, error))
        return false;
    QObject::connect(m_scheduler, &llm::Scheduler::callFinished, m_controller, &RunController::callFinished);
    m_host->start();
    return true;
}

void RunWorker::startThread()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("drpo-engine"));
    m_thread->start();
}

bool RunWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RunWorker::requestPause()
{
    QMutexLocker lock(&m_mutex);
    m_pause = true;
}

void RunWorker::requestResume()
{
    QMutexLocker lock(&m_mutex);
    m_pause = false;
    m_stepsLeft = -1;
    m_wake.wakeAll();
}

void RunWorker::requestStep()
{
    QMutexLocker lock(&m_mutex);
    m_pause = false;
    m_stepsLeft = 1;
    m_wake.wakeAll();
}

void RunWorker::requestStop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    if (m_scheduler)
        m_scheduler->cancelAll();
}

void RunWorker::requestEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    QMutexLocker lock(&m_mutex);
    m_commands.push_back(Command{Command::Kind::Edit, nodeId, prompt, note});
    m_wake.wakeAll();
}

void RunWorker::requestBranch(const QString &nodeId)
{
    QMutexLocker lock(&m_mutex);
    m_commands.push_back(Command{Command::Kind::Branch, nodeId, {}, {}});
    m_wake.wakeAll();
}

void RunWorker::setState(RunState s)
{
    RunController *c = m_controller;
    QMetaObject::invokeMethod(
        c, [c, s] { c->setState(s); }, Qt::QueuedConnection);
}

void RunWorker::log(const QString &message, LogEntry::Severity severity)
{
    emit m_controller->logMessage(LogEntry{QDateTime::currentDateTimeUtc(), severity, message});
}

void RunWorker::save()
{
    m_record.updated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!m_runFile.isEmpty()) {
        QString error;
        if (!io::saveRunRecord(m_runFile, m_record, &error))
            log(QStringLiteral("could not save the run file: %1").arg(error), LogEntry::Severity::Error);
    }
    RunController *c = m_controller;
    const model::RunRecord copy = m_record;
    QMetaObject::invokeMethod(
        c,
        [c, copy] {
            c->m_record = copy;
            emit c->recordSaved(copy);
        },
        Qt::QueuedConnection);
}

void RunWorker::publishStats(const Phase &phase)
{
    RunStats s;
    s.phase = phase.key;
    s.phaseText = phase.text;
    s.level = m_record.levels.isEmpty() ? 0 : m_record.levels.last().level;
    s.depthLimit = m_record.depthLimit;
    s.stage1Total = int(m_record.input.seedExamples.size());
    if (m_record.stage1Done) {
        for (const model::Example &e : std::as_const(m_record.examples))
            s.stage1Done += e.history.isEmpty() ? 0 : 1;
    } else {
        s.stage1Done = m_stage1Progress; // the record gets the examples only at the end
    }
    s.nodes = int(m_record.nodes.size());
    s.rootReward = m_record.rootReward.value_or(0);
    if (m_record.stage2Done && m_record.bestReward) {
        s.bestReward = *m_record.bestReward; // both on the held-out queries (or both path means)
    } else {
        s.bestReward = bestPathMeanSoFar(m_record); // never below the root's: see there why
    }
    s.total = m_record.totalUsage();
    s.byRole = m_record.usageByRole;
    s.elapsedMs = m_clock.elapsed();
    if (m_levelsTimed > 0 && !m_record.stage2Done)
        s.etaMs = m_levelTimeTotal / m_levelsTimed * qMax(0, m_record.depthLimit - s.level);
    s.simulated = m_record.input.models.allSim();
    emit m_controller->statsChanged(s);
}

void RunWorker::pauseForError(const QString &message)
{
    log(message, LogEntry::Severity::Error);
    m_record.error = message;
    QMutexLocker lock(&m_mutex);
    m_pause = true;
}

bool RunWorker::checkpoint(search::PromptSearch *search)
{
    QMutexLocker lock(&m_mutex);
    bool announced = false;
    for (;;) {
        if (m_stop)
            return false;
        if (!m_commands.isEmpty()) {
            lock.unlock();
            handleCommands(search);
            lock.relock();
            continue;
        }
        if (!m_pause) {
            if (announced) {
                m_record.status = RunStatus::Running;
                m_record.error.clear();
                setState(RunState::Running);
                log(QStringLiteral("Resumed."));
            }
            return true;
        }
        if (!announced) {
            announced = true;
            lock.unlock();
            m_record.status = RunStatus::Paused;
            save();
            setState(RunState::Paused);
            log(QStringLiteral("Paused. You can edit a prompt, branch from a node, resume or stop."));
            lock.relock();
            continue;
        }
        m_wake.wait(&m_mutex);
    }
}

void RunWorker::handleCommands(search::PromptSearch *search)
{
    QList<Command> commands;
    {
        QMutexLocker lock(&m_mutex);
        commands.swap(m_commands);
    }
    for (const Command &c : std::as_const(commands)) {
        if (!search || !search->hasRoot()) {
            log(QStringLiteral("Prompt edits become possible once stage 2 has scored the root prompt."),
                LogEntry::Severity::Warning);
            continue;
        }
        QString error;
        if (c.kind == Command::Kind::Edit) {
            const std::optional<model::Node> n = search->addHumanNode(c.nodeId, c.prompt, c.note, &error);
            if (n)
                log(QStringLiteral("Your edit of %1 became node %2 (reward %3); it joins the beam.")
                        .arg(c.nodeId, n->id)
                        .arg(n->reward.value_or(0), 0, 'f', 2));
        } else if (search->branchFrom(c.nodeId, &error)) {
            log(QStringLiteral("The search continues from %1 alone.").arg(c.nodeId));
        }
        if (!error.isEmpty())
            log(QStringLiteral("Could not apply the change: %1").arg(error), LogEntry::Severity::Warning);
        save();
        publishStats(pausedPhase());
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
    reward::Rewarder rewarder(calls, builder, m_record.input.criteria, settings.criteriaMode, m_record.selections);
    RunController *c = m_controller;
    align::Stage1::Hooks hooks;
    hooks.exampleUpdated = [c](int i, const model::Example &e) { emit c->exampleUpdated(i, e); };
    hooks.log = [this](const QString &m) { log(m, LogEntry::Severity::Warning); };
    // Progress and usage after every batch of stage-1 calls, as stage 2 does per level.
    hooks.progress = [this](int done, int) {
        m_stage1Progress = done;
        publishStats(stage1Phase());
    };
    for (;;) {
        m_stage1Progress = 0;
        publishStats(stage1Phase());
        log(QCoreApplication::translate("RunWorker", "Stage 1: optimizing %1 examples (up to %2 rounds each).")
                .arg(m_record.input.seedExamples.size())
                .arg(settings.stage1Rounds));
        align::Stage1 stage(calls, rewarder, builder, settings, hooks);
        QList<model::Example> out = stage.run(m_record.input.seedExamples);
        for (const QString &e : rewarder.errors())
            log(e, LogEntry::Severity::Warning);
        if (calls.cancelled())
            return false;
        if (!calls.fatalError().isEmpty()) {
            pauseForError(calls.fatalError());
            calls.reset();
            if (!checkpoint(nullptr))
                return false;
            continue;
        }
        m_record.examples = out;
        m_record.stage1Done = true;
        save();
        publishStats(stage1Phase());
        log(QCoreApplication::translate("RunWorker", "Stage 1 done."));
        return checkpoint(nullptr);
    }
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
    RunController *c = m_controller;
    search::PromptSearch::Hooks hooks;
    hooks.nodeAdded = [c](const model::Node &n) { emit c->nodeAdded(n); };
    hooks.nodeUpdated = [c](const model::Node &n) { emit c->nodeUpdated(n); };
    hooks.levelFinished = [c](const model::LevelSummary &l) { emit c->levelFinished(l); };
    hooks.selectionMade = [c](const QString &q, const model::Selection &s) { emit c->selectionMade(q, s); };
    hooks.log = [this](const QString &m) { log(m, LogEntry::Severity::Warning); };
    hooks.info = [this](const QString &m) { log(m); };
    search::PromptSearch search(calls, rewarder, builder, m_record, hooks);

    // Runs one step, pausing on a fatal error and retrying it after the user resumes.
    auto attempt = [&](auto &&step) -> bool {
        for (;;) {
            QElapsedTimer t;
            t.start();
            const bool ok = step();
            for (const QString &e : rewarder.errors())
                log(e, LogEntry::Severity::Warning);
            if (ok) {
                noteRetrieval(search.retrievalDescription());
                m_levelTimeTotal += t.elapsed();
                ++m_levelsTimed;
                return true;
            }
            if (calls.cancelled())
                return false;
            pauseForError(
                calls.fatalError().isEmpty() ? QStringLiteral("the level could not be completed") : calls.fatalError());
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
        log(QStringLiteral("Level 0: the starting prompt scores %1.").arg(m_record.rootReward.value_or(0), 0, 'f', 2));
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
        log(QStringLiteral("Level %1 of %2: best %3, mean %4%5.")
                .arg(l.level)
                .arg(m_record.depthLimit)
                .arg(l.bestReward, 0, 'f', 2)
                .arg(l.meanReward, 0, 'f', 2)
                .arg(l.extended ? QStringLiteral(" (a prompt was carried: depth extended)") : QString()));
        publishStats(levelPhase(l.level));
        QMutexLocker lock(&m_mutex);
        if (m_stepsLeft > 0 && --m_stepsLeft == 0) {
            m_stepsLeft = -1;
            m_pause = true;
        }
    }
    if (!checkpoint(&search))
        return false;
    publishStats(validationPhase());
    if (!attempt([&] { return search.finish(); }))
        return false;
    return true;
}

void RunWorker::noteRetrieval(const QString &description)
{
    // The record says which retrieval the run used: embeddings, or BM25 by choice or as a
    // fallback.
    if (!description.isEmpty())
        m_record.retrieval = description;
}

void RunWorker::finishRun(RunStatus status)
{
    m_record.status = status;
    if (status == RunStatus::Finished) {
        const model::Node *best = m_record.node(m_record.bestNodeId);
        model::AlignmentProfile &p = m_record.profile;
        p.systemPrompt = best ? best->prompt : m_record.input.settings.rootPrompt;
        p.examples = m_record.examples;
        p.k = m_record.input.settings.kInference;
        p.simulated = m_record.input.models.allSim();
        p.baseModel =
            m_record.input.models.base.isSim() ? QStringLiteral("sim-base") : m_record.input.models.base.model;
        p.assemblyTemplate = m_record.input.models.base.api == u"completion"
            ? reward::RequestBuilder::defaultAssemblyTemplate()
            : QString();
    }
    save();
    publishStats(statusPhase(status));
    setState(status == RunStatus::Finished ? RunState::Finished
            : status == RunStatus::Failed  ? RunState::Failed
                                           : RunState::Stopped);
    emit m_controller->finished(m_record);
}

void RunWorker::run()
{
    m_clock.start();
    m_record.status = RunStatus::Running;
    setState(RunState::Running);
    log(m_record.input.models.allSim()
            ? QStringLiteral("Run started on the simulated demo models (no real model is called).")
            : QStringLiteral("Run started."));
    const bool ok = runStage1() && runStage2();
    if (ok) {
        log(QStringLiteral("Finished: the best prompt scores %1 against %2 for the starting prompt.")
                .arg(m_record.bestReward.value_or(0), 0, 'f', 2)
                .arg(m_record.rootReward.value_or(0), 0, 'f', 2));
        finishRun(RunStatus::Finished);
    } else {
        log(QStringLiteral("Stopped. The run file can be resumed."));
        finishRun(RunStatus::Stopped);
    }
}

} // namespace drpo::engine
