#include "runsession.h"

#include "models/calllogmodel.h"
#include "models/examplemodel.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"

namespace drpo::ui {

RunSession::RunSession(QObject *parent)
    : QObject(parent)
    , m_nodes(new NodeModel(this))
    , m_levels(new LevelModel(this))
    , m_calls(new CallLogModel(this))
    , m_examples(new ExampleModel(this))
{}

QMap<QString, int> RunSession::selectionCounts() const
{
    QMap<QString, int> counts;
    for (const model::Selection &s : m_selections)
        for (const QString &c : s.criteria)
            ++counts[c];
    return counts;
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

void RunSession::clear()
{
    m_nodes->clear();
    m_levels->clear();
    m_calls->clear();
    m_examples->setExamples({});
    m_selections.clear();
    m_stats = engine::RunStats{};
    m_stats.simulated = m_simulated;
    m_current.clear();
    m_compareLeft.clear();
    m_compareRight.clear();
    m_state = engine::RunState::Idle;
    emit cleared();
    emit currentNodeChanged({});
    emit compareChanged({}, {});
    emit stateChanged(m_state);
    emit statsChanged(m_stats);
}

void RunSession::loadRecord(const model::RunRecord &record)
{
    clear();
    m_nodes->setNodes(record.nodes);
    m_levels->setLevels(record.levels);
    m_examples->setExamples(record.examples);
    m_selections = record.selections;
    m_stats.level = record.levels.isEmpty() ? 0 : record.levels.last().level;
    m_stats.depthLimit = record.depthLimit;
    m_stats.nodes = int(record.nodes.size());
    m_stats.rootReward = record.rootReward.value_or(0);
    m_stats.bestReward = record.bestReward.value_or(0);
    m_stats.total = record.totalUsage();
    m_stats.byRole = record.usageByRole;
    switch (record.status) {
    case model::RunStatus::Finished: m_state = engine::RunState::Finished; break;
    case model::RunStatus::Failed: m_state = engine::RunState::Failed; break;
    default: m_state = engine::RunState::Stopped; break; // resumable
    }
    emit recordLoaded();
    emit stateChanged(m_state);
    emit statsChanged(m_stats);
    if (!record.bestNodeId.isEmpty())
        setCurrentNode(record.bestNodeId);
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

void RunSession::onStateChanged(engine::RunState state)
{
    m_state = state;
    emit stateChanged(state);
}

void RunSession::onNodeAdded(const model::Node &node)
{
    m_nodes->putNode(node);
    emit nodeAdded(node);
}

void RunSession::onNodeUpdated(const model::Node &node)
{
    m_nodes->putNode(node);
    emit nodeUpdated(node);
}

void RunSession::onLevelFinished(const model::LevelSummary &level)
{
    m_levels->putLevel(level);
    emit levelFinished(level);
}

void RunSession::onExampleUpdated(int index, const model::Example &example)
{
    m_examples->putExample(index, example);
    emit exampleUpdated(index, example);
}

void RunSession::onSelectionMade(const QString &query, const model::Selection &selection)
{
    m_selections.insert(query, selection);
    emit selectionMade(query, selection);
}

void RunSession::onStatsChanged(const engine::RunStats &stats)
{
    m_stats = stats;
    emit statsChanged(stats);
}

void RunSession::onLogMessage(const engine::LogEntry &entry)
{
    emit logMessage(entry);
}

void RunSession::onCallFinished(const llm::CallRecord &call)
{
    m_calls->addCall(call);
}

} // namespace drpo::ui
