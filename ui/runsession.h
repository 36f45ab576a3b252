// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "llm/llmrequest.h"
#include "model/runrecord.h"

#include <QMap>
#include <QObject>

namespace drpo::engine {
class RunController;
}

namespace drpo::ui {

class CallLogModel;
class ExampleModel;
class LevelModel;
class NodeModel;

// The one GUI copy of the run, and the GUI's door to the engine. It applies the engine's
// events to its record (the item models are adapters over that record's lists), forwards
// the user's commands to the engine, and tells the panels what changed. Panels never read
// engine internals and never rank nodes themselves: "best" is the engine's (best()).
class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    NodeModel *nodes() const { return m_nodes; }
    LevelModel *levels() const { return m_levels; }
    CallLogModel *calls() const { return m_calls; }
    ExampleModel *examples() const { return m_examples; }

    // The run as the GUI knows it: equal to the run file after every save.
    const model::RunRecord &record() const { return m_record; }
    bool hasRun() const { return m_hasRun; }
    engine::RunState state() const { return m_state; }
    bool isActive() const { return model::isActive(m_state); }
    const engine::RunStats &stats() const { return m_stats; }
    engine::BestNode best() const { return engine::bestOf(m_record); }
    const QMap<QString, model::Selection> &selections() const { return m_record.selections; }
    QMap<QString, int> selectionCounts() const;
    bool simulated() const { return m_simulated; }
    void setSimulated(bool simulated) { m_simulated = simulated; }
    // Saved records whose lists differed from the ones built from the events (0 unless
    // an event kind is missing: a defect the tests look for).
    int divergences() const { return m_divergences; }

    // Commands: the engine does them (runFile: where the record is written after each step).
    bool start(const model::RunInput &input, const QString &runFile, QString *error);
    bool resumeRun(const model::RunRecord &record, const QString &runFile, QString *error);
    void pause();
    void resume();
    void step();
    void stop();
    void submitEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void branchFrom(const QString &nodeId);
    // Stops a run in progress and waits (processing events) until its last record is saved.
    bool stopAndWait(int timeoutMs);
    engine::RunController *controller() const { return m_controller; }

    QString currentNodeId() const { return m_current; }
    void setCurrentNode(const QString &id);
    QString compareLeft() const { return m_compareLeft; }
    QString compareRight() const { return m_compareRight; }
    void setCompare(const QString &left, const QString &right);

    void clear();
    // Shows a stored run (from the project or a run file) as if its events had streamed in.
    void loadRecord(const model::RunRecord &record);
    // The one place engine events are applied (the controller's events arrive here; tests
    // may call it directly).
    void apply(const engine::RunEvent &event);

    static QString stateText(engine::RunState state);

signals:
    void cleared();
    void recordLoaded();
    void stateChanged(drpo::engine::RunState state);
    void nodeAdded(const drpo::model::Node &node);
    void nodeUpdated(const drpo::model::Node &node);
    void nodesDropped(const QStringList &ids);
    void levelFinished(const drpo::model::LevelSummary &level);
    void exampleUpdated(int index, const drpo::model::Example &example);
    void selectionMade(const QString &query, const drpo::model::Selection &selection);
    void bestChanged(const drpo::engine::BestNode &best);
    void statsChanged(const drpo::engine::RunStats &stats);
    void logMessage(const drpo::engine::LogEntry &entry);
    void saved(const drpo::model::RunRecord &record);
    void finished(const drpo::model::RunRecord &record);
    void currentNodeChanged(const QString &id);
    void compareChanged(const QString &left, const QString &right);

private:
    void setState(engine::RunState state);
    void reset(const model::RunRecord &record, bool hasRun);
    void applySaved(const model::RunRecord &record);
    engine::RunStats statsOf(const model::RunRecord &record) const;

    engine::RunController *m_controller;
    model::RunRecord m_record;
    bool m_hasRun = false;
    NodeModel *m_nodes;
    LevelModel *m_levels;
    CallLogModel *m_calls;
    ExampleModel *m_examples;
    engine::RunState m_state = engine::RunState::Idle;
    engine::RunStats m_stats;
    bool m_simulated = false;
    int m_divergences = 0;
    QString m_current;
    QString m_compareLeft;
    QString m_compareRight;
};

} // namespace drpo::ui
