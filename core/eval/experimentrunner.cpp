// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentrunner.h"

#include "engine/runcontroller.h"
#include "eval/evalrunner.h"
#include "eval/evaltext.h"
#include "eval/experimentfile.h"
#include "eval/resultsfile.h"
#include "io/runfile.h"
#include "llm/threadhandoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

namespace drpo::eval {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A saved evaluation continues the cell's plan only when it is the same plan.
bool samePlan(const EvalResults &a, const EvalResults &b)
{
    if (a.benchmark != b.benchmark || a.systems.size() != b.systems.size())
        return false;
    for (qsizetype i = 0; i < a.systems.size(); ++i)
        if (!(a.systems[i].spec == b.systems[i].spec))
            return false;
    return true;
}

} // namespace

ExperimentRunner::ExperimentRunner(Experiment experiment, QString experimentPath, Sink sink)
    : m_experiment(std::move(experiment))
    , m_path(std::move(experimentPath))
    , m_sink(std::move(sink))
{}

ExperimentRunner::~ExperimentRunner() = default;

QString ExperimentRunner::resolve(const QString &relative) const
{
    if (m_path.isEmpty() || relative.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(m_path).absoluteDir().filePath(relative));
}

void ExperimentRunner::emitEvent(const ExperimentEvent &event)
{
    const std::lock_guard lock(m_sinkMutex);
    if (m_sink)
        m_sink(event);
}

void ExperimentRunner::log(EvalLogLine::Severity severity, const QString &message)
{
    emitEvent(ExperimentLogLine{severity, message});
}

void ExperimentRunner::save()
{
    const QString now = nowIso();
    if (m_experiment.created.isEmpty())
        m_experiment.created = now;
    m_experiment.updated = now;
    if (m_path.isEmpty())
        return;
    QString error;
    if (!saveExperiment(m_path, m_experiment, &error)) {
        log(EvalLogLine::Severity::Error, EvalText::tr("cannot save %1: %2").arg(m_path, error));
        return;
    }
    emitEvent(ExperimentSaved{m_path, m_experiment.doneCells(), int(m_experiment.cells.size())});
}

void ExperimentRunner::pause()
{
    std::unique_lock lock(m_mutex);
    m_paused = true;
    if (m_eval)
        m_eval->pause();
    if (m_run)
        llm::postTo(m_run, [run = m_run] { run->pause(); });
}

void ExperimentRunner::resume()
{
    std::unique_lock lock(m_mutex);
    m_paused = false;
    if (m_eval)
        m_eval->resume();
    if (m_run)
        llm::postTo(m_run, [run = m_run] { run->resume(); });
    m_wake.notify_all();
}

void ExperimentRunner::stop()
{
    std::unique_lock lock(m_mutex);
    m_stop = true;
    if (m_eval)
        m_eval->stop();
    if (m_run)
        llm::postTo(m_run, [run = m_run] { run->stop(); });
    m_wake.notify_all();
}

bool ExperimentRunner::waitWhilePaused()
{
    std::unique_lock lock(m_mutex);
    while (m_paused && !m_stop)
        m_wake.wait(lock);
    return !m_stop;
}

ExperimentFinished ExperimentRunner::run()
{
    ExperimentFinished result;
    const QString problem = m_experiment.grid.validate();
    if (!problem.isEmpty()) {
        result.error = problem;
    } else {
        if (!m_path.isEmpty())
            for (const ExperimentCell &c : std::as_const(m_experiment.cells))
                QDir().mkpath(QFileInfo(resolve(c.runFile)).absolutePath());
        save();
        const int cells = int(m_experiment.cells.size());
        bool ok = true;
        for (int i = 0; i < cells && ok; ++i) {
            ExperimentCell &cell = m_experiment.cells[i];
            if (cell.state == CellState::Done)
                continue;
            if (!waitWhilePaused()) {
                ok = false;
                break;
            }
            const bool resumed = cell.state != CellState::Pending;
            emitEvent(CellStarted{i, cells, cell.settings, cell.state, resumed});
            cell.error.clear();
            QString error;
            if (cell.state == CellState::Pending || cell.state == CellState::Optimizing)
                ok = optimize(i, &error);
            if (ok)
                ok = evaluate(i, &error);
            if (!ok) {
                m_experiment.cells[i].error = error;
                result.error = error;
            }
            save();
        }
        m_experiment.finished = ok && m_experiment.doneCells() == cells;
        if (m_experiment.finished)
            save();
        result.complete = m_experiment.finished;
    }
    result.experiment = m_experiment;
    emitEvent(result);
    return result;
}

bool ExperimentRunner::optimize(int index, QString *error)
{
    ExperimentCell &cell = m_experiment.cells[index];
    const QString runPath = resolve(cell.runFile);
    std::optional<model::RunRecord> earlier;
    if (cell.state == CellState::Optimizing && !runPath.isEmpty() && QFile::exists(runPath)) {
        io::FileError fe;
        earlier = io::loadRunRecord(runPath, &fe);
        if (!earlier)
            log(EvalLogLine::Severity::Warning,
                EvalText::tr("the run file of cell %1 cannot be read (%2); its optimization starts again")
                    .arg(cell.settings.key(), fe.toString()));
    }
    cell.state = CellState::Optimizing;
    save();

    std::optional<model::RunRecord> finished;
    if (earlier && earlier->status == model::RunState::Finished) {
        finished = earlier;
    } else {
        engine::RunController controller;
        QEventLoop loop;
        std::optional<model::RunRecord> last;
        QObject::connect(&controller, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
            namespace ev = engine::event;
            emitEvent(CellRunEvent{index, e});
            if (const auto *f = e.get<ev::Finished>()) {
                last = f->record;
                loop.quit();
            } else if (const auto *st = e.get<ev::StateChanged>(); st && st->state == engine::RunState::Paused) {
                // A pause nobody asked for is a fatal error (a key, a quota, the budget): the
                // cell stops with a resumable run file, and the message says what to fix.
                bool asked = false;
                {
                    std::unique_lock lock(m_mutex);
                    asked = m_paused;
                }
                if (!asked)
                    controller.stop();
            }
        });
        {
            std::unique_lock lock(m_mutex);
            if (m_stop) {
                *error = EvalText::tr("stopped");
                return false;
            }
            m_run = &controller;
        }
        const bool started = earlier ? controller.resumeRun(*earlier, runPath, error)
                                     : controller.start(cellRunInput(m_experiment, cell), runPath, error);
        if (started) {
            bool paused = false;
            {
                std::unique_lock lock(m_mutex);
                paused = m_paused;
            }
            if (paused)
                controller.pause();
            loop.exec();
        }
        {
            std::unique_lock lock(m_mutex);
            m_run = nullptr;
        }
        if (!started)
            return false;
        if (!last || last->status != model::RunState::Finished) {
            *error = last && !last->error.isEmpty()
                ? EvalText::tr("cell %1: the run stopped: %2").arg(cell.settings.key(), last->error)
                : EvalText::tr("cell %1: the run stopped before it finished").arg(cell.settings.key());
            return false;
        }
        finished = last;
    }

    std::optional<EvalResults> plan = cellEvaluation(m_experiment, *finished, cell.runFile, error);
    if (!plan)
        return false;
    cell.bestReward = finished->bestReward;
    cell.rootReward = finished->rootReward;
    cell.bestNodeId = finished->bestNodeId;
    cell.evaluation = *plan;
    cell.hasEvaluation = true;
    cell.state = CellState::Evaluating;
    save();
    return true;
}

bool ExperimentRunner::evaluate(int index, QString *error)
{
    ExperimentCell &cell = m_experiment.cells[index];
    const QString evalPath = resolve(cell.evalFile);
    EvalResults plan = cell.evaluation;
    if (!evalPath.isEmpty() && QFile::exists(evalPath)) {
        io::FileError fe;
        std::optional<EvalResults> saved = loadResults(evalPath, &fe);
        if (saved && samePlan(*saved, plan))
            plan = *saved;
        else
            log(EvalLogLine::Severity::Warning,
                EvalText::tr("the evaluation file of cell %1 %2; its evaluation starts again")
                    .arg(cell.settings.key(), saved ? EvalText::tr("belongs to another plan") : fe.toString()));
    }
    EvalRunner runner(plan, evalPath, [this, index](const EvalEvent &e) { emitEvent(CellEvalEvent{index, e}); });
    {
        std::unique_lock lock(m_mutex);
        if (m_stop) {
            *error = EvalText::tr("stopped");
            return false;
        }
        m_eval = &runner;
        if (m_paused)
            runner.pause(); // its report is queued by the sink's owner, never a call back into us
    }
    const EvalFinished done = runner.run();
    {
        std::unique_lock lock(m_mutex);
        m_eval = nullptr;
    }
    cell.evaluation = done.results;
    if (!done.complete) {
        *error = done.error.isEmpty()
            ? EvalText::tr("stopped")
            : EvalText::tr("cell %1: the evaluation stopped: %2").arg(cell.settings.key(), done.error);
        return false;
    }
    cell.state = CellState::Done;
    save();
    emitEvent(CellFinished{index, cell, done.totals});
    return true;
}

} // namespace drpo::eval
