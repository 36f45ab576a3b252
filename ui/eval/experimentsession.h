// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/experiment.h"
#include "eval/experimentevents.h"
#include "eval/experimentreport.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace drpo::eval {
class ExperimentRunner;
}

namespace drpo::ui {

// The GUI's one copy of an experiment (the ablation grid), and its door to the runner. The
// runner works on its own thread; its events are queued to the GUI thread and applied here,
// as EvalSession does for an evaluation. The panel, the cells table and the results views
// read experiment() and figures() and listen to the signals; they never touch the runner.
class ExperimentSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping, Finished, Stopped };

    // What a cell is doing right now (from the run's and the evaluation's events).
    struct CellActivity {
        bool stage1 = false; // improving the examples (no levels yet)
        int stage1Done = 0;
        int stage1Total = 0;
        int level = 0;
        int depthLimit = 0;
        int evalDone = 0;
        int evalTotal = 0;
    };

    // What the panel shows about the whole experiment.
    struct Progress {
        int cellsDone = 0;
        int cells = 0;
        int currentCell = -1; // -1: none running
    };

    // Figures derived from the cells' verdicts (bootstrap intervals included): the report's
    // tables and, per cell, the avg of each of its systems.
    struct Figures {
        eval::ExperimentTables tables;
        QHash<QString, QStringList> systemAvgs; // cell key -> "prompt only: 3.21", ...
    };

    explicit ExperimentSession(QObject *parent = nullptr);
    ~ExperimentSession() override;

    // Starts (or continues) the experiment on its own thread; its file is rewritten after every
    // phase of every cell. False while one runs, or when the grid is invalid.
    bool start(const eval::Experiment &experiment, const QString &path, QString *error);
    // Opens an experiment file: shows it, and continues it when it is not finished.
    // *resumed says which; false and *error (naming the file) when it cannot be read.
    bool load(const QString &path, bool *resumed, QString *error);
    void pause();
    void resume();
    void stop();
    // Stops an experiment in progress and waits for its thread (tests, closing the window).
    bool stopAndWait(int timeoutMs);

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused || m_state == State::Stopping;
    }
    bool hasExperiment() const { return !m_experiment.cells.isEmpty(); }
    const eval::Experiment &experiment() const { return m_experiment; }
    QString path() const { return m_path; }
    // When the runner last rewrote the experiment file (invalid before its first save).
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_error; }
    // The last experiment ended because the user stopped it (its error says "stopped").
    bool stoppedByUser() const { return m_stopRequested; }
    const Progress &progress() const { return m_progress; }
    const Figures &figures() const { return m_figures; }
    // No newer figures are being computed (the ones held include every event applied).
    bool figuresUpToDate() const { return !m_figuresWatcher.isRunning() && !m_figuresPending; }
    // "pending", "optimizing: level 1 of 2", "evaluating: 12 of 40 answers", "done", ...
    QString cellStatusText(int cell) const;
    // The experiment's phase in one line, for the progress bar's neighbour.
    QString statusText() const;
    // What a finished experiment found, in a sentence for the Story panel (which cell's system
    // has the highest and the lowest avg); empty until the figures include every done cell.
    QString summary() const;

    // The one place runner events are applied (queued from the worker; tests may call it).
    void apply(const eval::ExperimentEvent &event);

    static QString stateText(State state);

signals:
    void reset();                             // another experiment: rebuild everything
    void cellStarted(int cell, bool resumed); // a cell begins or continues its work
    void cellChanged(int cell);               // its state, activity or results changed
    void progressChanged();
    void figuresChanged();
    void stateChanged(drpo::ui::ExperimentSession::State state);
    void logLine(const QString &message, bool warning);
    void finished(bool complete);

private:
    void show(const eval::Experiment &experiment, const QString &path, State state);
    void setState(State state);
    void updateProgress();
    void recomputeFigures();
    void onFigures();
    void joinWorker();
    void applyRunEvent(const eval::CellRunEvent &e);
    void applyEvalEvent(const eval::CellEvalEvent &e);

    eval::Experiment m_experiment;
    QString m_path;
    QDateTime m_lastSaved;
    State m_state = State::Idle;
    QString m_error;
    bool m_stopRequested = false;
    Progress m_progress;
    QHash<int, CellActivity> m_activity;
    Figures m_figures;
    std::unique_ptr<eval::ExperimentRunner> m_runner;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0; // events of an earlier experiment are dropped
    // The figures bootstrap every cell's intervals: computed off the GUI thread, one at a
    // time, the newest copy next.
    QFutureWatcher<Figures> m_figuresWatcher;
    quint64 m_figuresGeneration = 0;
    bool m_figuresPending = false;
};

} // namespace drpo::ui
