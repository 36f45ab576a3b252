// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalsession.h"

#include "eval/evalrunner.h"
#include "llm/threadhandoff.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace drpo::ui {

namespace {
constexpr int kAnalysisEveryMs = 250; // the means follow the stream at this pace, not per item

template<class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

EvalSession::EvalSession(QObject *parent)
    : QObject(parent)
{
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(kAnalysisEveryMs);
    connect(&m_analysisTimer, &QTimer::timeout, this, [this] { reanalyze(false); });
    connect(&m_analysisWatcher, &QFutureWatcher<eval::Analysis>::finished, this, &EvalSession::onStreamedAnalysis);
}

EvalSession::~EvalSession()
{
    if (m_runner)
        m_runner->stop();
    if (m_worker) {
        m_worker->wait();
        llm::takeOver();
        delete m_worker;
    }
}

bool EvalSession::start(const eval::EvalResults &results, const QString &path, QString *error)
{
    if (isActive()) {
        *error = tr("An evaluation is already running.");
        return false;
    }
    if (results.systems.isEmpty()) {
        *error = tr("Choose at least one system to evaluate.");
        return false;
    }
    if (results.benchmark.items.isEmpty()) {
        *error = tr("The benchmark has no items.");
        return false;
    }
    joinWorker();
    adopt(results, path);
    m_results.finished = false;
    const quint64 generation = ++m_generation;
    // The sink runs on the runner's threads: it only queues immutable values to this thread.
    m_runner = std::make_unique<eval::EvalRunner>(m_results, path, [this, generation](const eval::EvalEvent &e) {
        llm::postTo(this, [this, generation, e] {
            if (generation == m_generation)
                apply(e);
        });
    });
    eval::EvalRunner *runner = m_runner.get();
    m_worker = QThread::create([runner] {
        runner->run();
        llm::handOff(); // to the thread that waits for this one (below)
    });
    m_worker->setObjectName(QStringLiteral("drpo-eval"));
    m_progress = {};
    m_progress.total = m_results.totalCount();
    m_progress.done = m_results.doneCount();
    setState(State::Running);
    m_worker->start();
    emit progressChanged(m_progress);
    return true;
}

void EvalSession::pause()
{
    if (m_runner && m_state == State::Running)
        m_runner->pause();
}

void EvalSession::resume()
{
    if (m_runner && m_state == State::Paused)
        m_runner->resume();
}

void EvalSession::stop()
{
    if (m_runner && isActive()) {
        m_runner->stop();
        setState(State::Stopping);
    }
}

bool EvalSession::stopAndWait(int timeoutMs)
{
    stop();
    QDeadlineTimer deadline(timeoutMs);
    while (isActive() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_worker && m_worker->isFinished())
            QCoreApplication::processEvents(); // the Finished event queued just before the end
    }
    return !isActive();
}

bool EvalSession::canContinue() const
{
    return !isActive() && !m_path.isEmpty() && hasResults() && m_results.doneCount() < m_results.totalCount();
}

bool EvalSession::continueSaved(QString *error)
{
    if (!canContinue()) {
        *error = tr("There is no interrupted evaluation to continue.");
        return false;
    }
    const eval::EvalResults results = m_results;
    const QString path = m_path;
    return start(results, path, error);
}

void EvalSession::load(const eval::EvalResults &results, const QString &path)
{
    adopt(results, path);
    if (m_results.systems.isEmpty())
        setState(State::Idle);
    else
        setState(m_progress.done < m_progress.total ? State::Stopped : State::Finished);
}

void EvalSession::adopt(const eval::EvalResults &results, const QString &path)
{
    m_results = results;
    m_path = path;
    m_systemIndex.clear();
    for (int i = 0; i < m_results.systems.size(); ++i)
        m_systemIndex.insert(m_results.systems[i].spec.name, i);
    m_error.clear();
    m_progress = {};
    m_progress.total = m_results.totalCount();
    m_progress.done = m_results.doneCount();
    m_analysis = eval::analyze(m_results, true);
    emit reset();
    emit analysisChanged();
    emit progressChanged(m_progress);
}

void EvalSession::clear()
{
    if (isActive())
        stopAndWait(15000);
    load({});
}

void EvalSession::apply(const eval::EvalEvent &event)
{
    std::visit(Overloaded{
                   [this](const eval::ItemJudged &e) {
                       const int index = m_systemIndex.value(e.system, -1);
                       if (index < 0)
                           return;
                       m_results.systems[index].items.insert(e.item.id, e.item);
                       emit itemJudged(index, e.item.id);
                       if (!m_analysisTimer.isActive())
                           m_analysisTimer.start();
                   },
                   [this](const eval::EvalProgress &p) {
                       m_progress = p;
                       emit progressChanged(p);
                   },
                   [this](const eval::EvalLogLine &l) {
                       emit logLine(l.message, l.severity != eval::EvalLogLine::Severity::Info);
                   },
                   [](const llm::CallRecord &) {},
                   [](const eval::ResultsSaved &) {},
                   [this](const eval::EvalStateChanged &s) {
                       switch (s.state) {
                       case eval::EvalState::Running: setState(State::Running); break;
                       case eval::EvalState::Paused: setState(State::Paused); break;
                       case eval::EvalState::Stopping: setState(State::Stopping); break;
                       }
                   },
                   [this](const eval::EvalFinished &f) {
                       m_analysisTimer.stop();
                       // The runner's copy is the truth: it holds what the events said and the save.
                       m_results = f.results;
                       m_analysis = f.analysis;
                       m_progress = f.totals;
                       m_progress.total = m_results.totalCount();
                       m_progress.done = m_results.doneCount();
                       m_progress.etaMs = 0;
                       m_error = f.error;
                       emit progressChanged(m_progress);
                       emit analysisChanged();
                       setState(f.complete ? State::Finished : State::Stopped);
                       emit finished(f.complete);
                   },
               },
        event);
}

void EvalSession::reanalyze(bool withIntervals)
{
    if (withIntervals) {
        m_analysis = eval::analyze(m_results, true);
        emit analysisChanged();
        return;
    }
    if (m_analysisWatcher.isRunning()) {
        m_analysisPending = true; // the newest data is analysed when this one is done
        return;
    }
    m_analysisPending = false;
    m_analysisGeneration = m_generation;
    m_analysisWatcher.setFuture(QtConcurrent::run([results = m_results] { return eval::analyze(results, false); }));
}

void EvalSession::onStreamedAnalysis()
{
    // A late result must not replace the runner's final analysis or another run's.
    if (m_analysisGeneration == m_generation && isActive()) {
        m_analysis = m_analysisWatcher.result();
        emit analysisChanged();
    }
    if (m_analysisPending && isActive())
        reanalyze(false);
}

void EvalSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (!isActive())
        QMetaObject::invokeMethod(this, &EvalSession::joinWorker, Qt::QueuedConnection);
    emit stateChanged(state);
}

void EvalSession::joinWorker()
{
    // Queued from setState(): by the time it runs a new evaluation may have started.
    if (isActive())
        return;
    if (m_worker) {
        m_worker->wait(); // run() has returned or is returning: its last event was Finished
        llm::takeOver();
        delete m_worker;
        m_worker = nullptr;
    }
    m_runner.reset();
}

QString EvalSession::stateText(State state)
{
    switch (state) {
    case State::Idle: return tr("Not started");
    case State::Running: return tr("Running");
    case State::Paused: return tr("Paused");
    case State::Stopping: return tr("Stopping");
    case State::Finished: return tr("Finished");
    case State::Stopped: return tr("Stopped");
    }
    return {};
}

} // namespace drpo::ui
