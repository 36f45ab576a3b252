// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsession.h"

#include "engine/runcontroller.h"
#include "models/calllogmodel.h"
#include "models/examplemodel.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"

namespace drpo::ui {

namespace ev = engine::event;

RunSession::RunSession(QObject *parent)
    : QObject(parent)
    , m_controller(new engine::RunController(this))
    , m_nodes(new NodeModel(&m_record.nodes, this))
    , m_levels(new LevelModel(&m_record.levels, this))
    , m_calls(new CallLogModel(this))
    , m_examples(new ExampleModel(&m_record.examples, this))
{
    connect(m_controller, &engine::RunController::runEvent, this, &RunSession::apply);
}

RunSession::~RunSession()
{
    // The controller stops and joins its threads; its last events have nowhere to go.
    disconnect(m_controller, nullptr, this, nullptr);
}

QMap<QString, int> RunSession::selectionCounts() const
{
    QMap<QString, int> counts;
    for (const model::Selection &s : m_record.selections)
        for (const QString &c : s.criteria)
            ++counts[c];
    return counts;
}

bool RunSession::start(const model::RunInput &input, const QString &runFile, QString *error)
{
    setSimulated(input.models.allSim());
    clear();
    return m_controller->start(input, runFile, error);
}

bool RunSession::resumeRun(const model::RunRecord &record, const QString &runFile, QString *error)
{
    const model::RunRecord copy = record; // `record` may be this session's own, which loadRecord replaces
    setSimulated(copy.input.models.allSim());
    loadRecord(copy);
    return m_controller->resumeRun(copy, runFile, error);
}

void RunSession::pause()
{
    m_controller->pause();
}

void RunSession::resume()
{
    m_controller->resume();
}

void RunSession::step()
{
    m_controller->step();
}

void RunSession::stop()
{
    m_controller->stop();
}

void RunSession::submitEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    m_controller->submitEdit(nodeId, prompt, note);
}

void RunSession::branchFrom(const QString &nodeId)
{
    m_controller->branchFrom(nodeId);
}

bool RunSession::stopAndWait(int timeoutMs)
{
    m_controller->stop();
    return m_controller->waitUntilIdle(timeoutMs);
}

void RunSession::setCurrentNode(const QString &id)
{
    if (m_current == id)
        return;
    m_current = id;
    emit currentNodeChanged(id);
}

void RunSession::setCompare(const QString &left, const QString &right)
{
    if (m_compareLeft == left && m_compareRight == right)
        return;
    m_compareLeft = left;
    m_compareRight = right;
    emit compareChanged(left, right);
}

engine::RunStats RunSession::statsOf(const model::RunRecord &record) const
{
    engine::RunStats s;
    s.level = record.levels.isEmpty() ? 0 : record.levels.last().level;
    s.depthLimit = record.depthLimit;
    s.stage1Total = int(record.input.seedExamples.size());
    s.stage1Done = record.stage1Done ? s.stage1Total : int(record.stage1Active.count(false));
    s.nodes = int(record.nodes.size());
    for (const model::Node &n : record.nodes)
        s.unscored += n.isScored() ? 0 : 1;
    s.total = record.totalUsage();
    s.byRole = record.usageByRole;
    s.simulated = m_simulated;
    return s;
}

void RunSession::reset(const model::RunRecord &record, bool hasRun)
{
    m_nodes->setNodes(record.nodes);
    m_levels->setLevels(record.levels);
    m_examples->setExamples(record.examples);
    m_record = record; // the lists are the ones just set: the models stay valid
    m_hasRun = hasRun;
}

void RunSession::clear()
{
    reset({}, false);
    m_calls->clear();
    m_stats = engine::RunStats{};
    m_stats.simulated = m_simulated;
    m_current.clear();
    m_compareLeft.clear();
    m_compareRight.clear();
    m_divergences = 0;
    emit cleared();
    emit currentNodeChanged({});
    emit compareChanged({}, {});
    setState(m_controller->isActive() ? m_controller->state() : engine::RunState::Idle);
    emit statsChanged(m_stats);
    emit bestChanged(best());
}

void RunSession::loadRecord(const model::RunRecord &stored)
{
    const model::RunRecord record = stored; // `stored` may be this session's own record
    clear();
    reset(record, true);
    m_stats = statsOf(record);
    emit recordLoaded();
    // A record on disk that says Running or Paused was interrupted: nothing runs it now.
    engine::RunState status = record.status;
    if (model::isActive(status) || status == engine::RunState::Idle)
        status = engine::RunState::Stopped; // resumable
    setState(m_controller->isActive() ? m_controller->state() : status);
    emit statsChanged(m_stats);
    emit bestChanged(best());
    if (!record.bestNodeId.isEmpty())
        setCurrentNode(record.bestNodeId);
}

void RunSession::setState(engine::RunState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString RunSession::stateText(engine::RunState state)
{
    switch (state) {
    case engine::RunState::Idle: return tr("Ready");
    case engine::RunState::Running: return tr("Running");
    case engine::RunState::Paused: return tr("Paused");
    case engine::RunState::Stopping: return tr("Stopping");
    case engine::RunState::Finished: return tr("Finished");
    case engine::RunState::Stopped: return tr("Stopped");
    case engine::RunState::Failed: return tr("Failed");
    }
    return {};
}

void RunSession::applySaved(const model::RunRecord &r)
{
    // The lists were built from the events; the snapshot brings the rest (status, usage,
    // stage flags, profile...). If the lists differ, an event kind is missing: show the
    // snapshot (the run file's truth) and count it.
    const bool same = r.nodes == m_record.nodes && r.levels == m_record.levels && r.examples == m_record.examples &&
        r.selections == m_record.selections;
    if (!same) {
        ++m_divergences;
        qWarning(
            "RunSession: the record built from the run's events differs from the saved record (%s)", qPrintable(r.id));
        m_nodes->setNodes(r.nodes);
        m_levels->setLevels(r.levels);
        m_examples->setExamples(r.examples);
    }
    m_record = r;
    emit saved(m_record);
}

void RunSession::apply(const engine::RunEvent &e)
{
    std::visit(
        [this](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::Started>) {
                clear();
                reset(x.record, true);
                m_stats = statsOf(x.record);
                emit recordLoaded();
                emit statsChanged(m_stats);
                emit bestChanged(best());
            } else if constexpr (std::is_same_v<T, ev::StateChanged>) {
                setState(x.state);
            } else if constexpr (std::is_same_v<T, ev::NodeAdded>) {
                m_nodes->putNode(x.node);
                emit nodeAdded(x.node);
            } else if constexpr (std::is_same_v<T, ev::NodeUpdated>) {
                m_nodes->putNode(x.node);
                emit nodeUpdated(x.node);
            } else if constexpr (std::is_same_v<T, ev::NodesDropped>) {
                m_nodes->removeNodes(x.ids);
                emit nodesDropped(x.ids);
            } else if constexpr (std::is_same_v<T, ev::LevelFinished>) {
                m_levels->putLevel(x.level);
                m_record.depthLimit = x.depthLimit;
                emit levelFinished(x.level);
            } else if constexpr (std::is_same_v<T, ev::ExampleUpdated>) {
                m_examples->putExample(x.index, x.example);
                emit exampleUpdated(x.index, x.example);
            } else if constexpr (std::is_same_v<T, ev::SelectionMade>) {
                m_record.selections.insert(x.query, x.selection);
                emit selectionMade(x.query, x.selection);
            } else if constexpr (std::is_same_v<T, ev::BestChanged>) {
                m_record.bestNodeId = x.best.nodeId;
                m_record.bestReward = x.best.figure;
                m_record.rootReward = x.best.rootFigure;
                m_record.bestMeasure = x.best.measure;
                m_record.bestQueries = x.best.queries;
                emit bestChanged(x.best);
            } else if constexpr (std::is_same_v<T, ev::Stats>) {
                m_stats = x.stats;
                emit statsChanged(m_stats);
            } else if constexpr (std::is_same_v<T, ev::Log>) {
                emit logMessage(x.entry);
            } else if constexpr (std::is_same_v<T, ev::Call>) {
                m_calls->addCall(x.call);
            } else if constexpr (std::is_same_v<T, ev::Saved>) {
                applySaved(x.record);
            } else if constexpr (std::is_same_v<T, ev::Finished>) {
                applySaved(x.record);
                emit finished(m_record);
            }
        },
        e.payload);
}

} // namespace drpo::ui
