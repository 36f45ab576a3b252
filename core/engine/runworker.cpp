// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runworker.h"

#include "io/runfile.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "reward/requestbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace drpo::engine {

namespace {
RunWorker::Phase pausedPhase()
{
    return {QStringLiteral("paused"), RunWorker::tr("paused")};
}

RunWorker::Phase statusPhase(RunState status)
{
    switch (status) {
    case RunState::Paused: return pausedPhase();
    case RunState::Stopped: return {model::runStateName(status), RunWorker::tr("stopped")};
    case RunState::Finished: return {model::runStateName(status), RunWorker::tr("finished")};
    case RunState::Failed: return {model::runStateName(status), RunWorker::tr("failed")};
    default: break;
    }
    return {model::runStateName(status), RunWorker::tr("running")};
}
} // namespace

RunWorker::RunWorker(model::RunRecord record, QString runFile, std::shared_ptr<RunControl> control)
    : m_record(std::move(record))
    , m_runFile(std::move(runFile))
    , m_control(std::move(control))
{}

RunWorker::~RunWorker()
{
    m_control->setScheduler(nullptr);
    // m_host cancels, deletes the scheduler on its thread and joins that thread.
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
    // Calls finish on the scheduler's thread while this worker's thread is busy in run():
    // publish them from there (emitting is thread-safe; delivery is queued).
    connect(
        m_scheduler, &llm::Scheduler::callFinished, this,
        [this](const llm::CallRecord &call) { publish(RunEvent{event::Call{call}}); }, Qt::DirectConnection);
    m_host->start();
    m_control->setScheduler(m_scheduler);
    return true;
}

void RunWorker::publish(RunEvent e)
{
    emit runEvent(e);
}

void RunWorker::setState(RunState s)
{
    publish({event::StateChanged{s}});
}

void RunWorker::log(const QString &message, LogEntry::Severity severity)
{
    publish({event::Log{LogEntry{QDateTime::currentDateTimeUtc(), severity, message}}});
}

void RunWorker::save()
{
    m_record.updated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!m_runFile.isEmpty()) {
        QString error;
        if (!io::saveRunRecord(m_runFile, m_record, &error))
            log(tr("could not save the run file: %1").arg(error), LogEntry::Severity::Error);
    }
    publish({event::Saved{m_record, m_runFile}});
}

void RunWorker::publishStats(const Phase &phase)
{
    RunStats s;
    s.phase = phase.key;
    s.phaseText = phase.text;
    s.level = m_record.levels.isEmpty() ? 0 : m_record.levels.last().level;
    s.depthLimit = m_record.depthLimit;
    s.stage1Total = int(m_record.input.seedExamples.size());
    s.stage1Done = m_record.stage1Done ? s.stage1Total : m_stage1Done;
    s.nodes = int(m_record.nodes.size());
    for (const model::Node &n : std::as_const(m_record.nodes))
        s.unscored += n.isScored() ? 0 : 1;
    s.total = m_record.totalUsage();
    s.byRole = m_record.usageByRole;
    s.elapsedMs = m_clock.elapsed();
    if (m_levelsTimed > 0 && !m_record.stage2Done)
        s.etaMs = m_levelTimeTotal / m_levelsTimed * qMax(0, m_record.depthLimit - s.level);
    s.simulated = m_record.input.models.allSim();
    publish({event::Stats{s}});
}

void RunWorker::pauseForError(const QString &message)
{
    log(message, LogEntry::Severity::Error);
    m_record.error = message;
    m_control->pauseNow();
}

bool RunWorker::checkpoint(search::PromptSearch *search)
{
    bool announced = false;
    for (;;) {
        if (m_control->stopRequested())
            return false;
        if (m_control->hasCommands()) {
            handleCommands(search);
            continue;
        }
        if (!m_control->pauseRequested()) {
            if (announced) {
                m_record.status = RunState::Running;
                m_record.error.clear();
                save();
                setState(RunState::Running);
                log(tr("Resumed."));
            }
            return true;
        }
        if (!announced) {
            announced = true;
            m_record.status = RunState::Paused;
            save();
            setState(RunState::Paused);
            log(tr("Paused. You can edit a prompt, branch from a node, resume or stop."));
            continue;
        }
        m_control->waitForNews();
    }
}

void RunWorker::fillProfile()
{
    const model::Node *best = m_record.node(m_record.bestNodeId);
    model::AlignmentProfile &p = m_record.profile;
    p.systemPrompt = best ? best->prompt : m_record.input.settings.rootPrompt;
    p.examples = m_record.examples;
    p.k = m_record.input.settings.kInference;
    p.simulated = m_record.input.models.allSim();
    p.baseModel = m_record.input.models.base.isSim() ? QStringLiteral("sim-base") : m_record.input.models.base.model;
    p.assemblyTemplate =
        m_record.input.models.base.api == u"completion" ? reward::RequestBuilder::defaultAssemblyTemplate() : QString();
}

void RunWorker::finishRun(RunState status)
{
    m_record.status = status;
    if (status == RunState::Finished)
        fillProfile();
    save();
    publishStats(statusPhase(status));
    setState(status);
    publish({event::Finished{m_record}});
}

void RunWorker::run()
{
    m_clock.start();
    m_record.status = RunState::Running;
    publish({event::Started{m_record}});
    setState(RunState::Running);
    // The run file exists from the first moment: a kill at any instant leaves it resumable.
    save();
    log(m_record.input.models.allSim() ? tr("Run started on the simulated demo models (no real model is called).")
                                       : tr("Run started."));
    const bool ok = runStage1() && runStage2();
    if (ok) {
        const BestNode best = bestOf(m_record);
        const auto figure = [](const std::optional<double> &v) {
            return v ? QString::number(*v, 'f', 2) : QStringLiteral("-");
        };
        log(best.measure == model::BestMeasure::Validation
                ? tr("Finished: on %1 held-out queries the best prompt (%2) scores %3, the starting prompt %4.")
                      .arg(best.queries)
                      .arg(best.nodeId, figure(best.figure), figure(best.rootFigure))
                : tr("Finished: the best prompt (%1) has a %2 of %3; the starting prompt scored %4.")
                      .arg(best.nodeId, measureText(best.measure), figure(best.figure), figure(best.rootFigure)));
        finishRun(RunState::Finished);
    } else {
        log(tr("Stopped. The run file can be resumed."));
        finishRun(RunState::Stopped);
    }
    emit done();
}

} // namespace drpo::engine
