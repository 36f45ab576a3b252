#pragma once

#include "engine/runevents.h"
#include "llm/llmrequest.h"
#include "model/runrecord.h"

#include <QMap>
#include <QObject>

namespace drpo::ui {

class CallLogModel;
class ExampleModel;
class LevelModel;
class NodeModel;

// What the panels know about the current run: the item models fed by the engine's events,
// the selected node and the pair being compared. It never talks to the engine itself;
// RunDriver forwards the engine's signals to the on… slots (tests call them directly).
class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);

    NodeModel *nodes() const { return m_nodes; }
    LevelModel *levels() const { return m_levels; }
    CallLogModel *calls() const { return m_calls; }
    ExampleModel *examples() const { return m_examples; }

    engine::RunState state() const { return m_state; }
    const engine::RunStats &stats() const { return m_stats; }
    const QMap<QString, model::Selection> &selections() const { return m_selections; }
    QMap<QString, int> selectionCounts() const;
    bool simulated() const { return m_simulated; }
    void setSimulated(bool simulated) { m_simulated = simulated; }

    QString currentNodeId() const { return m_current; }
    void setCurrentNode(const QString &id);
    QString compareLeft() const { return m_compareLeft; }
    QString compareRight() const { return m_compareRight; }
    void setCompare(const QString &left, const QString &right);

    void clear();
    // Shows a stored run (from the project or a run file) as if its events had streamed in.
    void loadRecord(const model::RunRecord &record);

    static QString stateText(engine::RunState state);

public slots:
    void onStateChanged(drpo::engine::RunState state);
    void onNodeAdded(const drpo::model::Node &node);
    void onNodeUpdated(const drpo::model::Node &node);
    void onLevelFinished(const drpo::model::LevelSummary &level);
    void onExampleUpdated(int index, const drpo::model::Example &example);
    void onSelectionMade(const QString &query, const drpo::model::Selection &selection);
    void onStatsChanged(const drpo::engine::RunStats &stats);
    void onLogMessage(const drpo::engine::LogEntry &entry);
    void onCallFinished(const drpo::llm::CallRecord &call);

signals:
    void cleared();
    void recordLoaded();
    void stateChanged(drpo::engine::RunState state);
    void nodeAdded(const drpo::model::Node &node);
    void nodeUpdated(const drpo::model::Node &node);
    void levelFinished(const drpo::model::LevelSummary &level);
    void exampleUpdated(int index, const drpo::model::Example &example);
    void selectionMade(const QString &query, const drpo::model::Selection &selection);
    void statsChanged(const drpo::engine::RunStats &stats);
    void logMessage(const drpo::engine::LogEntry &entry);
    void currentNodeChanged(const QString &id);
    void compareChanged(const QString &left, const QString &right);

private:
    NodeModel *m_nodes;
    LevelModel *m_levels;
    CallLogModel *m_calls;
    ExampleModel *m_examples;
    engine::RunState m_state = engine::RunState::Idle;
    engine::RunStats m_stats;
    QMap<QString, model::Selection> m_selections;
    bool m_simulated = false;
    QString m_current;
    QString m_compareLeft;
    QString m_compareRight;
};

} // namespace drpo::ui
