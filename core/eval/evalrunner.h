// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalevents.h"
#include "eval/evalresults.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace drpo::eval {

class SchedulerPool;

// Runs an evaluation as plain sequential code, on whatever thread calls run() (a worker
// thread in the GUI, the CLI's own): for each batch of benchmark items, build the requests,
// submit them all through the schedulers, wait, record. An answer goes to the judge as soon
// as it arrives, so generation and judging overlap. After every batch the results file is
// rewritten atomically and pause/stop are honoured; items already judged (a resumed file)
// are never judged again. Each answer is chained to its verdict request, and the next batch
// is requested while this one runs (unless a pause or stop is pending), so no lane idles
// between batches; answers and verdicts that arrive before a stop are kept. Everything is reported through one sink of immutable values,
// which may be called from several threads (never at the same time) and may itself call the
// controls below.
class EvalRunner {
public:
    using Sink = std::function<void(const EvalEvent &)>;

    // resultsPath empty: nothing is saved.
    EvalRunner(EvalResults results, QString resultsPath, Sink sink);
    ~EvalRunner();
    EvalRunner(const EvalRunner &) = delete;
    EvalRunner &operator=(const EvalRunner &) = delete;

    // Blocks until every item is done or the run stops; the same value is sent as the last event.
    EvalFinished run();

    // Thread-safe controls. pause() takes effect after the batch in flight; stop() cancels
    // the calls in flight (their items stay to do) and ends the run at the next safe point.
    void pause();
    void resume();
    void stop();

private:
    struct Batch;
    // One item of one system on its way: the answer (when it is generated) and the verdict,
    // requested by the answer's continuation the moment the answer arrives.
    struct Work {
        qsizetype system = 0;
        int item = 0;
        bool generated = false;
        QFuture<llm::LlmResponse> answer;
        QFuture<llm::LlmResponse> verdict;
    };
    bool safePoint();
    bool holdRequested();
    QList<Work> submitWork(const QList<int> &itemIndexes, Batch &b);
    void runBatch(QList<Work> work, const QList<int> &next, Batch &b);
    void keepPrefetched();
    void save(bool withIntervals);
    void emitEvent(const EvalEvent &event);
    void log(EvalLogLine::Severity severity, const QString &message);
    EvalProgress progress(int batch, int batches) const;

    EvalResults m_results;
    QString m_path;
    Sink m_sink;
    std::recursive_mutex m_sinkMutex; // a sink may call stop() or pause(), which report too

    std::mutex m_mutex; // guards the control flags and m_pool
    std::condition_variable m_wake;
    bool m_paused = false;
    bool m_stop = false;
    SchedulerPool *m_pool = nullptr;

    QList<Work> m_prefetched; // the next batch's answers and verdicts, asked for while this one runs
    QString m_fatal;          // the first error that needs the user
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    int m_doneAtStart = 0;
    // Call tallies of this session, from the schedulers' call records (any thread).
    mutable QMutex m_callsMutex;
    qint64 m_calls = 0;
    qint64 m_cacheHits = 0;
    qint64 m_tokens = 0;
    double m_cost = 0;
};

} // namespace drpo::eval
