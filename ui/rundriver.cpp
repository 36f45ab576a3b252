#include "rundriver.h"

#include "engine/runcontroller.h"
#include "runsession.h"

namespace drpo::ui {

RunDriver::RunDriver(RunSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_controller(new engine::RunController(this))
{
    using RC = engine::RunController;
    connect(m_controller, &RC::stateChanged, session, &RunSession::onStateChanged);
    connect(m_controller, &RC::nodeAdded, session, &RunSession::onNodeAdded);
    connect(m_controller, &RC::nodeUpdated, session, &RunSession::onNodeUpdated);
    connect(m_controller, &RC::levelFinished, session, &RunSession::onLevelFinished);
    connect(m_controller, &RC::exampleUpdated, session, &RunSession::onExampleUpdated);
    connect(m_controller, &RC::selectionMade, session, &RunSession::onSelectionMade);
    connect(m_controller, &RC::statsChanged, session, &RunSession::onStatsChanged);
    connect(m_controller, &RC::logMessage, session, &RunSession::onLogMessage);
    connect(m_controller, &RC::callFinished, session, &RunSession::onCallFinished);
    connect(m_controller, &RC::recordSaved, this, &RunDriver::recordSaved);
    connect(m_controller, &RC::finished, this, &RunDriver::finished);
}

RunDriver::~RunDriver() = default;

bool RunDriver::start(const model::RunInput &input, const QString &runFile, QString *error)
{
    m_session->setSimulated(input.models.allSim());
    m_session->clear();
    return m_controller->start(input, runFile, error);
}

bool RunDriver::resumeRun(const model::RunRecord &record, const QString &runFile, QString *error)
{
    m_session->setSimulated(record.input.models.allSim());
    m_session->loadRecord(record);
    return m_controller->resumeRun(record, runFile, error);
}

void RunDriver::pause()
{
    m_controller->pause();
}

void RunDriver::resume()
{
    m_controller->resume();
}

void RunDriver::step()
{
    m_controller->step();
}

void RunDriver::stop()
{
    m_controller->stop();
}

void RunDriver::submitEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    m_controller->submitEdit(nodeId, prompt, note);
}

void RunDriver::branchFrom(const QString &nodeId)
{
    m_controller->branchFrom(nodeId);
}

bool RunDriver::isActive() const
{
    return m_controller->isActive();
}

} // namespace drpo::ui
