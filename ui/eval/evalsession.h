// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalevents.h"
#include "eval/evalresults.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace drpo::eval {
class EvalRunner;
}

namespace drpo::ui {

// The GUI's one copy of an evaluation, and its door to the runner. The runner works on its
// own thread; its events (one typed stream) are queued to the GUI thread and applied here,
// as RunSession applies the engine's. Panels and models read results() and analysis() and
// listen to the signals; they never touch the runner.
class EvalSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping, Finished, Stopped };

    explicit EvalSession(QObject *parent = nullptr);
    ~EvalSession() override;

    // Starts the runner on its own thread (path empty: nothing saved). False while one runs.
    bool start(const drpo::eval::EvalResults &results, const QString &path, QString *error);
    void pause();
    void resume();
    void stop();
    // Stops a run in progress and waits for its thread (tests, closing the window).
    bool stopAndWait(int timeoutMs);
    // Shows stored results: a finished evaluation, or an interrupted one (state Stopped) that
    // continueSaved() finishes. path: the results file they came from (empty: none).
    void load(const drpo::eval::EvalResults &results, const QString &path = {});
    // An interrupted evaluation from a results file is shown and nothing runs: it can continue.
    bool canContinue() const;
    // Continues it in its file: items already judged are kept, not asked again.
    bool continueSaved(QString *error);
    void clear();

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused || m_state == State::Stopping;
    }
    bool hasResults() const { return !m_results.systems.isEmpty(); }
    const drpo::eval::EvalResults &results() const { return m_results; }
    // With intervals once the evaluation has finished or stopped; means only while it runs.
    const drpo::eval::Analysis &analysis() const { return m_analysis; }
    const drpo::eval::EvalProgress &progress() const { return m_progress; }
    QString lastError() const { return m_error; }
    QString resultsPath() const { return m_path; }

    // The one place runner events are applied (queued from the worker; tests may call it).
    void apply(const drpo::eval::EvalEvent &event);

    static QString stateText(State state);

signals:
    void reset();                                       // new results: rebuild everything
    void itemJudged(int system, const QString &itemId); // one item of one system changed
    void analysisChanged();                             // figures recomputed (throttled while running)
    void progressChanged(const drpo::eval::EvalProgress &progress);
    void stateChanged(drpo::ui::EvalSession::State state);
    void logLine(const QString &message, bool warning);
    void finished(bool complete);

private:
    void adopt(const drpo::eval::EvalResults &results, const QString &path); // load() without the state
    void setState(State state);
    void reanalyze(bool withIntervals);
    void onStreamedAnalysis();
    void joinWorker();

    drpo::eval::EvalResults m_results;
    drpo::eval::Analysis m_analysis;
    drpo::eval::EvalProgress m_progress;
    QHash<QString, int> m_systemIndex;
    State m_state = State::Idle;
    QString m_error;
    QString m_path;
    std::unique_ptr<drpo::eval::EvalRunner> m_runner;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0; // events of an earlier run are dropped
    QTimer m_analysisTimer;   // coalesces the means while items stream in
    // The streamed means are computed off the GUI thread (a 1000-item analysis takes about a
    // second in a debug build); one at a time, the newest data next.
    QFutureWatcher<drpo::eval::Analysis> m_analysisWatcher;
    quint64 m_analysisGeneration = 0;
    bool m_analysisPending = false;
};

} // namespace drpo::ui
