// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runcontroller.h"

#include "engine/runcontrol.h"
#include "engine/runworker.h"
#include "llm/threadhandoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace drpo::engine {

namespace {
QString describeProviders(const model::ModelSettings &m)
{
    if (!m.anyRealEndpoint())
        return QStringLiteral("sim");
    QStringList parts;
    for (model::Role r : m.configuredRoles()) {
        const model::RoleConfig &c = m.role(r);
        parts
            << QStringLiteral("%1=%2:%3").arg(model::roleName(r), c.kind, c.isSim() ? QStringLiteral("sim") : c.model);
    }
    return parts.join(u' ');
}
} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<drpo::engine::RunEvent>();
}

RunController::~RunController()
{
    if (m_control)
        m_control->requestStop();
    joinThread();
}

void RunController::joinThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker was deleted as its thread ended
    m_thread = nullptr;
}

bool RunController::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (m_thread && m_thread->isRunning() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents(); // deliver the last queued events
    return !m_thread || !m_thread->isRunning();
}

model::RunRecord RunController::newRecord(const model::RunInput &input)
{
    model::RunRecord record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record.id = QStringLiteral("run-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    record.created = now.toString(Qt::ISODate);
    record.updated = record.created;
    record.provider = describeProviders(input.models);
    record.input = input;
    return record;
}

bool RunController::start(const model::RunInput &input, const QString &runFile, QString *error)
{
    const QString invalid = input.settings.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    if (input.queries.training().isEmpty() && input.settings.stages != model::Stages::Icl) {
        if (error)
            *error = tr("the query set has no training queries");
        return false;
    }
    if (input.criteria.selectable().isEmpty()) {
        if (error)
            *error = tr("every criterion is disabled or banned: enable at least one");
        return false;
    }
    return launch(newRecord(input), runFile, error);
}

bool RunController::resumeRun(const model::RunRecord &record, const QString &runFile, QString *error)
{
    if (record.status == RunState::Finished) {
        if (error)
            *error = tr("this run has already finished; there is nothing to resume");
        return false;
    }
    model::RunRecord r = record;
    r.error.clear();
    return launch(std::move(r), runFile, error);
}

bool RunController::launch(model::RunRecord record, const QString &runFile, QString *error)
{
    if (isActive()) {
        if (error)
            *error = tr("a run is already active: stop it first");
        return false;
    }
    joinThread(); // the previous run's thread has ended (or ends now)
    auto control = std::make_shared<RunControl>();
    auto worker = std::make_unique<RunWorker>(std::move(record), runFile, control);
    if (!worker->prepare(error))
        return false;
    m_control = control;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("drpo-engine"));
    RunWorker *w = worker.release();
    w->moveToThread(m_thread);
    connect(m_thread, &QThread::started, w, &RunWorker::run);
    connect(w, &RunWorker::done, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, w, &QObject::deleteLater);
    // Emitted on the worker's and the scheduler's threads; queued to ours as a hand-over
    // (llm::postTo), in the order they were emitted.
    connect(
        w, &RunWorker::runEvent, this,
        [this](const RunEvent &e) { llm::postTo(this, [this, e] { onWorkerEvent(e); }); }, Qt::DirectConnection);
    setState(RunState::Running);
    m_thread->start();
    return true;
}

void RunController::onWorkerEvent(const RunEvent &e)
{
    if (const auto *s = e.get<event::StateChanged>()) {
        setState(s->state);
        return;
    }
    emit runEvent(e);
}

void RunController::pause()
{
    if (m_control && m_state == RunState::Running)
        m_control->requestPause();
}

void RunController::resume()
{
    if (m_control && m_state == RunState::Paused)
        m_control->requestResume();
}

void RunController::step()
{
    if (m_control && m_state == RunState::Paused)
        m_control->requestStep();
}

void RunController::stop()
{
    if (m_control && isActive()) {
        setState(RunState::Stopping);
        m_control->requestStop();
    }
}

void RunController::submitEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    if (m_control && isActive())
        m_control->requestEdit(nodeId, prompt, note);
}

void RunController::branchFrom(const QString &nodeId)
{
    if (m_control && isActive())
        m_control->requestBranch(nodeId);
}

void RunController::setState(RunState s)
{
    // A stop request wins over the worker's last "running"/"paused" news still in the queue.
    if (m_state == RunState::Stopping && (s == RunState::Running || s == RunState::Paused))
        return;
    if (m_state == s)
        return;
    m_state = s;
    emit runEvent(RunEvent{event::StateChanged{s}});
}

} // namespace drpo::engine
