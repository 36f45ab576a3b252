// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentsession.h"

#include "eval/analysis.h"
#include "eval/experimentfile.h"
#include "eval/experimentrunner.h"
#include "llm/threadhandoff.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace drpo::ui {

namespace {

template<class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

ExperimentSession::Figures computeFigures(const eval::Experiment &experiment)
{
    ExperimentSession::Figures f;
    f.tables = eval::experimentTables(experiment);
    for (const eval::ExperimentCell &c : experiment.cells) {
        if (!c.hasEvaluation)
            continue;
        const eval::Analysis a = eval::analyze(c.evaluation, false);
        QStringList lines;
        for (qsizetype i = 0; i < c.evaluation.systems.size() && i < a.summaries.size(); ++i) {
            // A cell's systems are named "<run> + <component>"; the part after the run reads best.
            const QString name = c.evaluation.systems[i].spec.name;
            const QString shortName =
                name.contains(QStringLiteral(" + ")) ? name.section(QStringLiteral(" + "), 1) : name;
            const std::optional<double> avg = a.summaries[i].overall.avg;
            lines << ExperimentSession::tr("%1: %2").arg(
                shortName, avg ? QString::number(*avg, 'f', 2) : QStringLiteral("\u2013"));
        }
        f.systemAvgs.insert(c.settings.key(), lines);
    }
    return f;
}

} // namespace

ExperimentSession::ExperimentSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_figuresWatcher, &QFutureWatcher<Figures>::finished, this, &ExperimentSession::onFigures);
}

ExperimentSession::~ExperimentSession()
{
    if (m_runner)
        m_runner->stop();
    if (m_worker) {
        m_worker->wait();
        llm::takeOver();
        delete m_worker;
    }
    m_figuresWatcher.waitForFinished();
}

bool ExperimentSession::start(const eval::Experiment &experiment, const QString &path, QString *error)
{
    if (isActive()) {
        *error = tr("An experiment is already running.");
        return false;
    }
    const QString problem = experiment.grid.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (experiment.benchmark.items.isEmpty()) {
        *error = tr("The benchmark has no items.");
        return false;
    }
    if (path.isEmpty()) {
        *error = tr("An experiment needs a file: its cells resume from it.");
        return false;
    }
    joinWorker();
    m_stopRequested = false;
    eval::Experiment copy = experiment;
    copy.finished = false;
    show(copy, path, State::Running);
    const quint64 generation = m_generation;
    // The sink runs on the runner's threads: it only queues immutable values to this thread.
    m_runner = std::make_unique<eval::ExperimentRunner>(
        m_experiment, path, [this, generation](const eval::ExperimentEvent &e) {
            llm::postTo(this, [this, generation, e] {
                if (generation == m_generation)
                    apply(e);
            });
        });
    eval::ExperimentRunner *runner = m_runner.get();
    m_worker = QThread::create([runner] {
        runner->run();
        llm::handOff(); // to the thread that waits for this one (below)
    });
    m_worker->setObjectName(QStringLiteral("drpo-experiment"));
    m_worker->start();
    return true;
}

bool ExperimentSession::load(const QString &path, bool *resumed, QString *error)
{
    *resumed = false;
    if (isActive()) {
        *error = tr("An experiment is already running.");
        return false;
    }
    io::FileError fe;
    std::optional<eval::Experiment> e = eval::loadExperiment(path, &fe);
    if (!e) {
        *error = fe.toString();
        return false;
    }
    if (e->finished) {
        joinWorker();
        show(*e, path, State::Finished);
        return true;
    }
    *resumed = true;
    return start(*e, path, error);
}

void ExperimentSession::pause()
{
    // The runner holds at its next safe point (a level, a batch, or before the next cell).
    if (m_runner && m_state == State::Running) {
        m_runner->pause();
        setState(State::Paused);
    }
}

void ExperimentSession::resume()
{
    if (m_runner && m_state == State::Paused) {
        m_runner->resume();
        setState(State::Running);
    }
}

void ExperimentSession::stop()
{
    if (m_runner && isActive()) {
        m_stopRequested = true;
        m_runner->stop();
        setState(State::Stopping);
    }
}

bool ExperimentSession::stopAndWait(int timeoutMs)
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

void ExperimentSession::show(const eval::Experiment &experiment, const QString &path, State state)
{
    ++m_generation; // a late event or figure of the previous experiment is dropped
    m_experiment = experiment;
    m_path = path;
    m_lastSaved = {};
    m_error.clear();
    m_activity.clear();
    m_figures = {};
    setState(state);
    updateProgress();
    emit reset();
    recomputeFigures();
}

void ExperimentSession::apply(const eval::ExperimentEvent &event)
{
    std::visit(Overloaded{
                   [this](const eval::CellStarted &e) {
                       if (e.cell < 0 || e.cell >= m_experiment.cells.size())
                           return;
                       eval::ExperimentCell &cell = m_experiment.cells[e.cell];
                       cell.state = e.state == eval::CellState::Pending ? eval::CellState::Optimizing : e.state;
                       cell.error.clear();
                       m_activity[e.cell] = {};
                       m_progress.currentCell = e.cell;
                       emit cellStarted(e.cell, e.resumed);
                       emit cellChanged(e.cell);
                       emit progressChanged();
                   },
                   [this](const eval::CellRunEvent &e) { applyRunEvent(e); },
                   [this](const eval::CellEvalEvent &e) { applyEvalEvent(e); },
                   [this](const eval::CellFinished &e) {
                       if (e.cell < 0 || e.cell >= m_experiment.cells.size())
                           return;
                       m_experiment.cells[e.cell] = e.result;
                       m_activity.remove(e.cell);
                       updateProgress();
                       emit cellChanged(e.cell);
                       recomputeFigures();
                   },
                   [this](const eval::ExperimentSaved &) {
                       m_lastSaved = QDateTime::currentDateTime();
                       emit progressChanged();
                   },
                   [this](const eval::ExperimentLogLine &l) {
                       emit logLine(l.message, l.severity != eval::EvalLogLine::Severity::Info);
                   },
                   [this](const eval::ExperimentFinished &f) {
                       // The runner's copy is the truth: what the events said, and the saves.
                       m_experiment = f.experiment;
                       m_error = f.error;
                       m_activity.clear();
                       m_progress.currentCell = -1;
                       updateProgress();
                       for (int i = 0; i < m_experiment.cells.size(); ++i)
                           emit cellChanged(i);
                       recomputeFigures();
                       setState(f.complete ? State::Finished : State::Stopped);
                       emit finished(f.complete);
                   },
               },
        event);
}

void ExperimentSession::applyRunEvent(const eval::CellRunEvent &e)
{
    namespace ev = engine::event;
    if (e.cell < 0 || e.cell >= m_experiment.cells.size())
        return;
    if (const auto *s = e.event.get<ev::Stats>()) {
        CellActivity &a = m_activity[e.cell];
        a.stage1 = s->stats.phase == u"stage 1";
        a.stage1Done = s->stats.stage1Done;
        a.stage1Total = s->stats.stage1Total;
        a.level = s->stats.level;
        a.depthLimit = s->stats.depthLimit;
        emit cellChanged(e.cell);
        emit progressChanged();
    } else if (const auto *l = e.event.get<ev::LevelFinished>()) {
        CellActivity &a = m_activity[e.cell];
        a.stage1 = false;
        a.level = l->level.level;
        a.depthLimit = l->depthLimit;
        emit cellChanged(e.cell);
        emit progressChanged();
    } else if (const auto *f = e.event.get<ev::Finished>()) {
        eval::ExperimentCell &cell = m_experiment.cells[e.cell];
        if (f->record.status == model::RunState::Finished) {
            cell.bestReward = f->record.bestReward;
            cell.rootReward = f->record.rootReward;
            cell.bestNodeId = f->record.bestNodeId;
            emit cellChanged(e.cell);
        }
    } else if (const auto *line = e.event.get<ev::Log>()) {
        if (line->entry.severity != engine::LogEntry::Severity::Info)
            emit logLine(line->entry.message, true);
    }
}

void ExperimentSession::applyEvalEvent(const eval::CellEvalEvent &e)
{
    if (e.cell < 0 || e.cell >= m_experiment.cells.size())
        return;
    eval::ExperimentCell &cell = m_experiment.cells[e.cell];
    if (cell.state != eval::CellState::Evaluating) {
        // The run has finished: its evaluation began (the runner says so through its events).
        cell.state = eval::CellState::Evaluating;
        emit cellChanged(e.cell);
    }
    if (const auto *p = std::get_if<eval::EvalProgress>(&e.event)) {
        CellActivity &a = m_activity[e.cell];
        a.evalDone = p->done;
        a.evalTotal = p->total;
        emit cellChanged(e.cell);
        emit progressChanged();
    } else if (const auto *l = std::get_if<eval::EvalLogLine>(&e.event)) {
        if (l->severity != eval::EvalLogLine::Severity::Info)
            emit logLine(l->message, true);
    }
}

QString ExperimentSession::cellStatusText(int index) const
{
    if (index < 0 || index >= m_experiment.cells.size())
        return {};
    const eval::ExperimentCell &cell = m_experiment.cells[index];
    const bool current = isActive() && m_progress.currentCell == index;
    const auto a = m_activity.constFind(index);
    switch (cell.state) {
    case eval::CellState::Done: return tr("done");
    case eval::CellState::Pending: return cell.error.isEmpty() ? tr("pending") : tr("stopped: %1").arg(cell.error);
    case eval::CellState::Optimizing:
        if (!current)
            return cell.error.isEmpty() ? tr("stopped while optimizing")
                                        : tr("stopped while optimizing: %1").arg(cell.error);
        if (a == m_activity.cend())
            return tr("optimizing");
        if (a->stage1)
            return a->stage1Total > 0 ? tr("optimizing: examples %1 of %2").arg(a->stage1Done).arg(a->stage1Total)
                                      : tr("optimizing: examples");
        return tr("optimizing: level %1 of %2").arg(a->level).arg(a->depthLimit);
    case eval::CellState::Evaluating: {
        if (!current)
            return cell.error.isEmpty() ? tr("stopped while evaluating")
                                        : tr("stopped while evaluating: %1").arg(cell.error);
        const int done = a != m_activity.cend() && a->evalTotal > 0 ? a->evalDone : cell.evaluation.doneCount();
        const int total = a != m_activity.cend() && a->evalTotal > 0 ? a->evalTotal : cell.evaluation.totalCount();
        return tr("evaluating: %1 of %2 answers").arg(done).arg(total);
    }
    }
    return {};
}

QString ExperimentSession::statusText() const
{
    if (m_state == State::Idle)
        return stateText(m_state);
    if (isActive() && m_progress.currentCell >= 0 && m_progress.currentCell < m_experiment.cells.size())
        return tr("%1 \u00b7 cell %2 of %3 (%4): %5")
            .arg(stateText(m_state))
            .arg(m_progress.currentCell + 1)
            .arg(m_progress.cells)
            .arg(m_experiment.cells[m_progress.currentCell].settings.label(), cellStatusText(m_progress.currentCell));
    QString text = stateText(m_state);
    if (m_state == State::Stopped && !m_error.isEmpty())
        text += QStringLiteral(": ") + m_error;
    return text;
}

QString ExperimentSession::summary() const
{
    const eval::ExperimentTable *overview = nullptr;
    for (const eval::ExperimentTable &t : m_figures.tables.tables)
        if (t.id == u"cells")
            overview = &t;
    if (!overview)
        return {};
    const eval::ExperimentRow *best = nullptr;
    const eval::ExperimentRow *worst = nullptr;
    int withAvg = 0;
    for (const eval::ExperimentRow &r : overview->rows) {
        if (!r.avg)
            continue;
        ++withAvg;
        if (!best || *r.avg > *best->avg)
            best = &r;
        if (!worst || *r.avg < *worst->avg)
            worst = &r;
    }
    // Figures computed before the last cell finished are not the experiment's result yet.
    if (withAvg < m_experiment.doneCells() || !best)
        return {};
    auto avg = [](const eval::ExperimentRow &r) {
        QString text = QString::number(*r.avg, 'f', 2);
        if (r.avgInterval)
            text += QStringLiteral(" [%1, %2]").arg(r.avgInterval->low, 0, 'f', 2).arg(r.avgInterval->high, 0, 'f', 2);
        return text;
    };
    if (withAvg > 1 && *best->avg == *worst->avg)
        return tr("The experiment is finished: its %1 cells reach the same avg, %2. The Experiments tab has the "
                  "tables.")
            .arg(withAvg)
            .arg(QString::number(*best->avg, 'f', 2));
    if (withAvg == 1)
        return tr("The experiment is finished: its cell (%1) reaches an avg of %2. The Experiments tab has the "
                  "tables.")
            .arg(best->label, avg(*best));
    return tr("The experiment is finished: of its %1 cells, %2 reaches the highest avg, %3, and %4 the lowest, %5 "
              "(95% intervals in brackets; where they overlap the difference may be chance). The Experiments tab has "
              "the tables.")
        .arg(withAvg)
        .arg(best->label, avg(*best), worst->label, avg(*worst));
}

void ExperimentSession::updateProgress()
{
    m_progress.cells = int(m_experiment.cells.size());
    m_progress.cellsDone = m_experiment.doneCells();
    if (!isActive())
        m_progress.currentCell = -1;
    emit progressChanged();
}

void ExperimentSession::recomputeFigures()
{
    if (m_figuresWatcher.isRunning()) {
        m_figuresPending = true; // the newest copy is computed when this one is done
        return;
    }
    m_figuresPending = false;
    m_figuresGeneration = m_generation;
    m_figuresWatcher.setFuture(QtConcurrent::run([e = m_experiment] { return computeFigures(e); }));
}

void ExperimentSession::onFigures()
{
    // A result computed for another experiment is dropped.
    const bool current = m_figuresGeneration == m_generation;
    if (current)
        m_figures = m_figuresWatcher.result();
    if (m_figuresPending) // before the signal, so listeners see that newer figures are coming
        recomputeFigures();
    if (current)
        emit figuresChanged();
}

void ExperimentSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (!isActive())
        QMetaObject::invokeMethod(this, &ExperimentSession::joinWorker, Qt::QueuedConnection);
    emit stateChanged(state);
    emit progressChanged();
}

void ExperimentSession::joinWorker()
{
    // Queued from setState(): by the time it runs a new experiment may have started.
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

QString ExperimentSession::stateText(State state)
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
