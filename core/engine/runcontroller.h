// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "model/runrecord.h"

#include <QObject>

#include <memory>

class QThread;

namespace drpo::engine {

class RunControl;

// Front door of the engine for the GUI and the CLI. Starts the worker (the sequential DRPO
// code) on its own thread and forwards its commands; the worker's news reaches the owner as
// one typed event, queued on the owner's thread. All methods are called from the owner's
// thread. The controller keeps no copy of the run: only its state, to know what it may do.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override; // stops the run and joins the threads

    // Starts a new run on `input`. When runFile is set, the run record is written there at
    // once and rewritten atomically after every step. Returns false and sets *error when the
    // input is invalid.
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
    bool isActive() const { return model::isActive(m_state); }
    // Waits (processing events) until the worker's thread has ended; for shutdown paths.
    bool waitUntilIdle(int timeoutMs);

    // A new record for `input`: id, time stamps, provider description.
    static model::RunRecord newRecord(const model::RunInput &input);

signals:
    // Everything the run publishes, in order. StateChanged events carry the controller's
    // state (a stop request wins over the worker's late news).
    void runEvent(const drpo::engine::RunEvent &event);

private:
    bool launch(model::RunRecord record, const QString &runFile, QString *error);
    void onWorkerEvent(const RunEvent &e);
    void setState(RunState s);
    void joinThread();

    std::shared_ptr<RunControl> m_control; // the running worker's commands
    QThread *m_thread = nullptr;
    RunState m_state = RunState::Idle;
};

} // namespace drpo::engine
