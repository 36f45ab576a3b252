#pragma once

#include "engine/runevents.h"
#include "llm/llmrequest.h"
#include "model/runrecord.h"

#include <QObject>

#include <memory>

namespace drpo::engine {

class RunWorker;

// Front door of the engine for the GUI and the CLI. Owns the worker thread (the sequential
// DRPO code) and the scheduler thread (model calls). All methods are called from the
// owner's thread; signals carry immutable values and arrive queued on the owner's thread.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override; // stops the run and joins the threads

    // Starts a new run on `input`. When runFile is set, the run record is rewritten there
    // atomically after every level. Returns false and sets *error when the input is invalid.
    bool start(const model::RunInput &input, const QString &runFile = {}, QString *error = nullptr);
    // Continues a run from its record (interrupted, paused or stopped): completed work is
    // replayed from the record, never paid for again.
    bool resumeRun(const model::RunRecord &record, const QString &runFile = {}, QString *error = nullptr);

    void pause(); // takes effect at the next safe point (between batches of calls)
    void resume();
    void step(); // run one more level, then pause
    void stop(); // cancels calls in flight; the record stays resumable
    // While paused: a human-authored child of nodeId with this prompt. It is scored at once
    // on the current level's queries and joins the beam; resume continues with it.
    void submitEdit(const QString &nodeId, const QString &prompt, const QString &note = {});
    // While paused: continue the search from this node alone (the beam becomes {nodeId}).
    void branchFrom(const QString &nodeId);

    RunState state() const { return m_state; }
    bool isActive() const;
    model::RunRecord record() const { return m_record; } // the last published record

signals:
    void stateChanged(drpo::engine::RunState state);
    void nodeAdded(const drpo::model::Node &node);
    void nodeUpdated(const drpo::model::Node &node); // scored, or beam membership changed
    void levelFinished(const drpo::model::LevelSummary &level);
    void exampleUpdated(int index, const drpo::model::Example &example);
    void selectionMade(const QString &query, const drpo::model::Selection &selection);
    void statsChanged(const drpo::engine::RunStats &stats);
    void logMessage(const drpo::engine::LogEntry &entry);
    void callFinished(const drpo::llm::CallRecord &call);
    void recordSaved(const drpo::model::RunRecord &record);
    void finished(const drpo::model::RunRecord &record);

private:
    friend class RunWorker;
    bool launch(model::RunRecord record, const QString &runFile, QString *error);
    void setState(RunState s);

    std::unique_ptr<RunWorker> m_worker;
    RunState m_state = RunState::Idle;
    model::RunRecord m_record;
};

} // namespace drpo::engine

Q_DECLARE_METATYPE(drpo::model::Node)
Q_DECLARE_METATYPE(drpo::model::LevelSummary)
Q_DECLARE_METATYPE(drpo::model::Example)
Q_DECLARE_METATYPE(drpo::model::Selection)
Q_DECLARE_METATYPE(drpo::model::RunRecord)
