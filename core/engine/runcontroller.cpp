#include "engine/runcontroller.h"

#include "engine/runworker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace drpo::engine {

QString runStateName(RunState s)
{
    switch (s) {
    case RunState::Idle: return QStringLiteral("idle");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Paused: return QStringLiteral("paused");
    case RunState::Stopping: return QStringLiteral("stopping");
    case RunState::Finished: return QStringLiteral("finished");
    case RunState::Stopped: return QStringLiteral("stopped");
    case RunState::Failed: return QStringLiteral("failed");
    }
    return {};
}

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
    qRegisterMetaType<drpo::engine::RunState>();
    qRegisterMetaType<drpo::engine::RunStats>();
    qRegisterMetaType<drpo::engine::LogEntry>();
    qRegisterMetaType<drpo::model::Node>();
    qRegisterMetaType<drpo::model::LevelSummary>();
    qRegisterMetaType<drpo::model::Example>();
    qRegisterMetaType<drpo::model::Selection>();
    qRegisterMetaType<drpo::model::RunRecord>();
    qRegisterMetaType<drpo::llm::CallRecord>();
}

RunController::~RunController() = default; // ~RunWorker stops and joins

bool RunController::isActive() const
{
    return m_state == RunState::Running || m_state == RunState::Paused || m_state == RunState::Stopping;
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
    model::RunRecord record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record.id = QStringLiteral("run-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    record.created = now.toString(Qt::ISODate);
    record.updated = record.created;
    record.provider = describeProviders(input.models);
    record.input = input;
    return launch(std::move(record), runFile, error);
}

bool RunController::resumeRun(const model::RunRecord &record, const QString &runFile, QString *error)
{
    if (record.status == model::RunStatus::Finished) {
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
    m_worker.reset(); // joins a finished worker
    m_record = record;
    auto worker = std::make_unique<RunWorker>(this, std::move(record), runFile);
    if (!worker->prepare(error))
        return false;
    m_worker = std::move(worker);
    setState(RunState::Running);
    m_worker->startThread();
    return true;
}

void RunController::pause()
{
    if (m_worker && m_state == RunState::Running)
        m_worker->requestPause();
}

void RunController::resume()
{
    if (m_worker && m_state == RunState::Paused)
        m_worker->requestResume();
}

void RunController::step()
{
    if (!m_worker)
        return;
    if (m_state == RunState::Paused)
        m_worker->requestStep();
}

void RunController::stop()
{
    if (m_worker && isActive()) {
        setState(RunState::Stopping);
        m_worker->requestStop();
    }
}

void RunController::submitEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    if (m_worker && isActive())
        m_worker->requestEdit(nodeId, prompt, note);
}

void RunController::branchFrom(const QString &nodeId)
{
    if (m_worker && isActive())
        m_worker->requestBranch(nodeId);
}

void RunController::setState(RunState s)
{
    // A stop request wins over the worker's last "running"/"paused" news still in the queue.
    if (m_state == RunState::Stopping && (s == RunState::Running || s == RunState::Paused))
        return;
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace drpo::engine
