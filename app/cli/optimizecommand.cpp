// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizecommand.h"

#include "clicommon.h"
#include "engine/runcontroller.h"
#include "inputoptions.h"
#include "io/profilefile.h"
#include "io/runfile.h"
#include "modelflags.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace drpo::cli {

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

// Prints progress on stderr as the engine's events arrive, and keeps the final record.
class ProgressPrinter : public QObject {
public:
    ProgressPrinter(engine::RunController &run, bool quiet)
        : m_run(run)
        , m_quiet(quiet)
    {
        connect(&run, &engine::RunController::runEvent, this, &ProgressPrinter::onEvent);
    }

    QString m_lastError;
    model::RunRecord m_result;

private:
    void onEvent(const engine::RunEvent &e)
    {
        namespace ev = engine::event;
        if (const auto *l = e.get<ev::LevelFinished>())
            m_levels[l->level.level] = l->level;
        else if (const auto *s = e.get<ev::Stats>())
            onStats(s->stats);
        else if (const auto *x = e.get<ev::ExampleUpdated>())
            onExample(x->index, x->example);
        else if (const auto *g = e.get<ev::Log>())
            onLog(g->entry);
        else if (const auto *st = e.get<ev::StateChanged>()) {
            // Nobody can fix a fatal error interactively here: a pause for an error ends the run.
            if (st->state == engine::RunState::Paused)
                m_run.stop();
        } else if (const auto *f = e.get<ev::Finished>()) {
            m_result = f->record;
            QCoreApplication::exit(0);
        }
    }

    void onStats(const engine::RunStats &s)
    {
        if (m_quiet || m_levels.isEmpty() || m_levels.lastKey() == m_printedLevel)
            return;
        const model::LevelSummary &l = m_levels.last();
        m_printedLevel = l.level;
        // Unscored prompts are counted, never averaged in as 0.
        err() << QStringLiteral("level %1/%2  best %3  mean %4%5  leader %6 %7  calls %8  tokens %9  %10 s%11")
                     .arg(l.level, 2)
                     .arg(s.depthLimit)
                     .arg(formatReward(l.bestReward), formatReward(l.meanReward),
                         l.unscored > 0 ? QStringLiteral("  unscored (%1)").arg(l.unscored) : QString(), l.bestNodeId,
                         formatReward(l.bestFigure))
                     .arg(s.total.calls)
                     .arg(formatTokens(s.total.promptTokens + s.total.completionTokens))
                     .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
                     .arg(l.extended ? QStringLiteral("  (carried: depth +1)") : QString())
              << Qt::endl;
    }

    void onExample(int index, const model::Example &e)
    {
        if (m_quiet || e.history.isEmpty())
            return;
        const auto &v = e.history.last();
        err() << QStringLiteral("stage 1  example %1 (%2)  version %3  reward %4")
                     .arg(index + 1)
                     .arg(e.id)
                     .arg(e.history.size())
                     .arg(formatReward(v.evaluation.reward))
              << Qt::endl;
    }

    void onLog(const engine::LogEntry &e)
    {
        if (e.severity == engine::LogEntry::Severity::Error)
            err() << "error: " << e.message << Qt::endl;
        else if (e.severity == engine::LogEntry::Severity::Warning && !m_quiet)
            err() << "warning: " << e.message << Qt::endl;
        else if (!m_quiet && !e.message.startsWith(u"Level"))
            err() << e.message << Qt::endl;
        if (e.severity == engine::LogEntry::Severity::Error)
            m_lastError = e.message;
    }

    engine::RunController &m_run;
    bool m_quiet;
    QMap<int, model::LevelSummary> m_levels;
    int m_printedLevel = -1;
};

void printSummary(const model::RunRecord &r, const QString &runFile)
{
    QTextStream &o = out();
    const bool sim = r.input.models.allSim();
    o << Qt::endl
      << (r.status == model::RunState::Finished ? "DRPO run finished" : "DRPO run stopped")
      << (sim ? " (simulated demo models: no figure here comes from a real model)" : "") << Qt::endl;
    const model::Node *best = r.node(r.bestNodeId);
    const engine::BestNode b = engine::bestOf(r);
    const QString measure = b.measure == model::BestMeasure::Validation
        ? QStringLiteral("score on %1 held-out queries").arg(b.queries)
        : engine::measureText(b.measure);
    int unscored = 0;
    for (const model::Node &n : r.nodes)
        unscored += n.isScored() ? 0 : 1;
    o << "  levels:   " << (r.levels.isEmpty() ? 0 : r.levels.last().level) << " of " << r.depthLimit
      << "   nodes: " << r.nodes.size() << (unscored > 0 ? QStringLiteral(" (%1 unscored)").arg(unscored) : QString())
      << "   examples: " << r.examples.size() << Qt::endl;
    if (best) {
        o << "  starting prompt: " << formatReward(b.rootFigure) << "  (" << measure << ")" << Qt::endl;
        o << "  best prompt:     " << formatReward(b.figure) << "  (" << measure << "; node " << best->id << ", level "
          << best->level << ", " << model::originName(best->origin) << ")" << Qt::endl;
    }
    QStringList calls;
    qint64 hits = 0;
    for (auto it = r.usageByRole.cbegin(); it != r.usageByRole.cend(); ++it) {
        calls << QStringLiteral("%1 %2").arg(it.key()).arg(it->calls);
        hits += it->cacheHits;
    }
    const model::Usage total = r.totalUsage();
    o << "  calls:    " << calls.join(QStringLiteral(", ")) << "; tokens "
      << formatTokens(total.promptTokens + total.completionTokens) << "; cache hits " << hits;
    if (total.costUsd > 0)
        o << "; cost $" << QString::number(total.costUsd, 'f', 4);
    o << Qt::endl;
    if (!runFile.isEmpty())
        o << "  run file: " << runFile << Qt::endl;
    if (best) {
        o << Qt::endl
          << (r.status == model::RunState::Finished ? "Best system prompt (the profile's):"
                                                    : "Best system prompt so far:")
          << Qt::endl;
        for (const QString &line : best->prompt.split(u'\n'))
            o << "  " << line << Qt::endl;
    }
    o.flush();
}

} // namespace

int runOptimize(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs a DRPO optimization: stage 1 improves the in-context examples, stage 2 searches for the system prompt."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A *.drpo project file (or use --demo)."),
        QStringLiteral("[PROJECT.drpo]"));
    addSearchOptions(p);
    addModelOptions(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("Run record, rewritten atomically after every level."),
        QStringLiteral("RUN.json")});
    p.addOption({QStringLiteral("resume"),
        QStringLiteral("Continue an interrupted run from its record (updated in place)."), QStringLiteral("RUN.json")});
    p.addOption({QStringLiteral("profile-out"), QStringLiteral("Also write the alignment profile for drpo ask."),
        QStringLiteral("PROFILE.json")});
    p.addOption({QStringLiteral("quiet"), QStringLiteral("Print only the summary.")});
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }

    engine::RunController run;
    ProgressPrinter printer(run, p.isSet(QStringLiteral("quiet")));
    QString runFile = p.value(QStringLiteral("out"));
    QString error;
    if (p.isSet(QStringLiteral("resume"))) {
        const QString path = p.value(QStringLiteral("resume"));
        if (!runFile.isEmpty() && runFile != path)
            return fail(QStringLiteral("--resume updates its run file in place; leave out --out"), 2);
        io::FileError fe;
        std::optional<model::RunRecord> record = io::loadRunRecord(path, &fe);
        if (!record)
            return fail(fe.toString());
        if (p.isSet(QStringLiteral("sim-latency-ms")))
            record->input.models.simLatencyMs = p.value(QStringLiteral("sim-latency-ms")).toInt();
        // Endpoints may move between sessions (a new URL, another key variable).
        if (!applyModelOptions(p, record->input.models, &error))
            return fail(error, 2);
        runFile = path;
        err() << "Resuming " << path << " after level "
              << (record->levels.isEmpty() ? QStringLiteral("(none)") : QString::number(record->levels.last().level))
              << Qt::endl;
        if (!run.resumeRun(*record, runFile, &error))
            return fail(QStringLiteral("%1: %2").arg(path, error));
    } else {
        std::optional<model::Project> project = loadInputProject(p, &error);
        if (!project)
            return fail(error, 2);
        model::RunInput input = project->runInput();
        const QString bad = applySearchOptions(p, input.settings);
        if (!bad.isEmpty())
            return fail(bad, 2);
        if (!applyModelOptions(p, input.models, &error))
            return fail(error, 2);
        if (!run.start(input, runFile, &error))
            return fail(error);
        if (runFile.isEmpty() && !p.isSet(QStringLiteral("quiet")))
            err() << "note: no --out given, so this run cannot be resumed if interrupted" << Qt::endl;
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &run, [&run] {
        if (g_interrupted.exchange(false)) {
            err() << "Stopping at the next safe point; the run file stays resumable." << Qt::endl;
            run.stop();
        }
    });
    poll.start(100);
    QCoreApplication::exec();
    const model::RunRecord &result = printer.m_result;

    printSummary(result, runFile);
    if (p.isSet(QStringLiteral("profile-out")) && result.status == model::RunState::Finished) {
        QString why;
        if (!io::saveProfile(p.value(QStringLiteral("profile-out")), result.profile, &why))
            return fail(why);
        out() << "Profile written to " << p.value(QStringLiteral("profile-out")) << Qt::endl;
    }
    if (result.status != model::RunState::Finished) {
        if (!printer.m_lastError.isEmpty())
            err() << "The run stopped because: " << printer.m_lastError << Qt::endl;
        if (!runFile.isEmpty())
            err() << "Resume it with: drpo optimize --resume " << runFile << Qt::endl;
        return 3;
    }
    return 0;
}

} // namespace drpo::cli
