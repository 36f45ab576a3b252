// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/experiment.h"
#include "eval/experimentevents.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace drpo::engine {
class RunController;
}

namespace drpo::eval {

class EvalRunner;

// Runs an experiment's cells one after another on the thread that calls run() (it runs a
// local event loop for the engine, so any QThread will do): each cell's optimization
// (engine::RunController, its run file rewritten after every level), then the evaluation
// of its systems (EvalRunner, its working file rewritten after every batch). The experiment
// file is rewritten atomically after every phase of every cell. A resumed experiment skips
// finished cells and continues an interrupted one from its run file or evaluation file, so
// nothing finished is paid for twice. Reports go through one sink, which may be called from
// several threads (never at the same time); it must not call the controls synchronously
// (a front end queues the events to its own thread anyway).
class ExperimentRunner {
public:
    using Sink = std::function<void(const ExperimentEvent &)>;

    // experimentPath empty: nothing is saved (the cells' run and evaluation files neither).
    ExperimentRunner(Experiment experiment, QString experimentPath, Sink sink);
    ~ExperimentRunner();
    ExperimentRunner(const ExperimentRunner &) = delete;
    ExperimentRunner &operator=(const ExperimentRunner &) = delete;

    // Blocks until every cell is done or the experiment stops; the same value is also sent.
    ExperimentFinished run();

    // Thread-safe controls. pause() holds the cell's run or evaluation at its next safe point
    // (and the next cell from starting); stop() cancels the calls in flight and ends at the
    // next safe point, leaving every file resumable.
    void pause();
    void resume();
    void stop();

    // Where a cell's file (stored relative to the experiment file) is on disk.
    QString resolve(const QString &relative) const;

private:
    bool optimize(int index, QString *error);
    bool evaluate(int index, QString *error);
    bool waitWhilePaused();
    void save();
    void emitEvent(const ExperimentEvent &event);
    void log(EvalLogLine::Severity severity, const QString &message);

    Experiment m_experiment;
    QString m_path;
    Sink m_sink;
    std::recursive_mutex m_sinkMutex;

    std::mutex m_mutex; // guards the flags and the current phase's pointers
    std::condition_variable m_wake;
    bool m_paused = false;
    bool m_stop = false;
    engine::RunController *m_run = nullptr;
    EvalRunner *m_eval = nullptr;
};

} // namespace drpo::eval
