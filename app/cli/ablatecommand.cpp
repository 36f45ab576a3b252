// SPDX-License-Identifier: GPL-3.0-or-later
#include "ablatecommand.h"

#include "clicommon.h"
#include "eval/benchmarkimporter.h"
#include "eval/experimentfile.h"
#include "eval/experimentforecast.h"
#include "eval/experimentreport.h"
#include "eval/experimentrunner.h"
#include "evaltable.h"
#include "inputoptions.h"
#include "modelflags.h"
#include "workerrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace drpo::cli {

namespace {

// Flags that define a new experiment; --resume continues the file as it was started.
const char *const kNewOnly[] = {"benchmark", "demo", "items", "search", "criteria", "criteria-stage1",
    "criteria-stage2", "components", "k-inference", "na", "bootstrap", "eval-batch", "seed", "stage", "beam", "actions",
    "depth", "max-extension", "batch", "k", "rounds", "validation", "ranking", "no-dedup"};

QStringList listValue(const QCommandLineParser &p, const char *name)
{
    QStringList out;
    for (const QString &v : p.values(QString::fromLatin1(name)))
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

template<typename T, typename Parse>
bool parseList(
    const QCommandLineParser &p, const char *name, const QString &expected, Parse parse, QList<T> *out, QString *error)
{
    const QStringList values = listValue(p, name);
    if (values.isEmpty())
        return true;
    out->clear();
    for (const QString &v : values) {
        std::optional<T> x = parse(v);
        if (!x) {
            *error = QStringLiteral("--%1 expects a comma list of %2, not \"%3\"")
                         .arg(QString::fromLatin1(name), expected, v);
            return false;
        }
        if (!out->contains(*x))
            out->push_back(*x);
    }
    return true;
}

std::optional<model::SearchStrategy> strategy(const QString &v)
{
    bool ok = false;
    const model::SearchStrategy s = model::strategyFromName(v, &ok);
    return ok ? std::optional(s) : std::nullopt;
}

std::optional<model::CriteriaMode> criteria(const QString &v)
{
    bool ok = false;
    const model::CriteriaMode m = model::criteriaModeFromName(v, &ok);
    return ok ? std::optional(m) : std::nullopt;
}

std::optional<int> kValue(const QString &v)
{
    bool ok = false;
    const int k = v.toInt(&ok);
    return ok && k >= 0 && k <= 32 ? std::optional(k) : std::nullopt;
}

bool intOption(const QCommandLineParser &p, const char *name, int min, int max, int *out, QString *error)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key))
        return true;
    bool ok = false;
    const int v = p.value(key).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 expects a whole number from %2 to %3, not \"%4\"")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(p.value(key));
        return false;
    }
    *out = v;
    return true;
}

QString avgOf(const eval::ExperimentCell &cell)
{
    eval::Analysis a = eval::analyze(cell.evaluation, false);
    QStringList parts;
    for (qsizetype i = 0; i < cell.evaluation.systems.size(); ++i)
        parts << QStringLiteral("%1 %2")
                     .arg(cell.evaluation.systems[i].spec.name.section(QStringLiteral(" + "), 1))
                     .arg(a.summaries[i].overall.avg ? QString::number(*a.summaries[i].overall.avg, 'f', 2)
                                                     : QStringLiteral("–"));
    return parts.join(QStringLiteral("; "));
}

// Prints the runner's events on the CLI's thread (they arrive queued from the worker).
class ProgressPrinter {
public:
    explicit ProgressPrinter(bool quiet)
        : m_quiet(quiet)
    {}

    void operator()(const eval::ExperimentEvent &event)
    {
        namespace ev = engine::event;
        if (const auto *s = std::get_if<eval::CellStarted>(&event)) {
            m_cells = s->cells;
            if (!m_quiet)
                err() << "Cell " << s->cell + 1 << "/" << s->cells << " (" << s->settings.label()
                      << "): " << (s->state == eval::CellState::Evaluating ? "evaluating" : "optimizing")
                      << (s->resumed ? ", continuing the earlier session" : "") << Qt::endl;
        } else if (const auto *r = std::get_if<eval::CellRunEvent>(&event)) {
            if (const auto *l = r->event.get<ev::LevelFinished>(); l && !m_quiet)
                err() << "  level " << l->level.level << "/" << l->depthLimit << ": best (ranking figure) "
                      << formatReward(l->level.bestFigure) << Qt::endl;
            else if (const auto *f = r->event.get<ev::Finished>();
                     f && f->record.status == model::RunState::Finished && !m_quiet)
                err() << "  run finished: best prompt reward " << formatReward(f->record.bestReward)
                      << "; evaluating its systems" << Qt::endl;
            else if (const auto *line = r->event.get<ev::Log>();
                     line && line->entry.severity == engine::LogEntry::Severity::Error)
                err() << "error: " << line->entry.message << Qt::endl;
        } else if (const auto *e = std::get_if<eval::CellEvalEvent>(&event)) {
            if (const auto *p = std::get_if<eval::EvalProgress>(&e->event); p && !m_quiet)
                err() << "  " << progressLine(*p) << Qt::endl;
            else if (const auto *l = std::get_if<eval::EvalLogLine>(&e->event);
                     l && l->severity != eval::EvalLogLine::Severity::Info)
                err() << (l->severity == eval::EvalLogLine::Severity::Error ? "error: " : "warning: ") << l->message
                      << Qt::endl;
        } else if (const auto *f = std::get_if<eval::CellFinished>(&event)) {
            if (!m_quiet)
                err() << "Cell " << f->cell + 1 << "/" << m_cells << " done: run best reward "
                      << formatReward(f->result.bestReward) << "; avg " << avgOf(f->result) << " (" << f->totals.calls
                      << " evaluation calls, " << f->totals.cacheHits << " from the cache)" << Qt::endl;
        } else if (const auto *l = std::get_if<eval::ExperimentLogLine>(&event)) {
            if (l->severity != eval::EvalLogLine::Severity::Info || !m_quiet)
                err() << (l->severity == eval::EvalLogLine::Severity::Error            ? "error: "
                                 : l->severity == eval::EvalLogLine::Severity::Warning ? "warning: "
                                                                                       : "")
                      << l->message << Qt::endl;
        }
    }

private:
    bool m_quiet;
    int m_cells = 0;
};

QString forecastText(const eval::ExperimentForecast &f)
{
    QString line = QStringLiteral("Forecast for the grid: %1 optimizations (%2 calls) and %3 evaluations (%4 calls: "
                                  "%5 to generate, %6 to judge), %7 calls in all")
                       .arg(f.cellsToOptimize)
                       .arg(f.runCalls)
                       .arg(f.cellsToEvaluate)
                       .arg(f.evaluation.calls())
                       .arg(f.evaluation.generateCalls)
                       .arg(f.evaluation.judgeCalls)
                       .arg(f.calls());
    if (f.simulated)
        line += QStringLiteral(", $0 (simulated models)");
    else
        line += QStringLiteral(", at most $%1%2")
                    .arg(f.costUsd(), 0, 'f', 2)
                    .arg(f.allPricesKnown ? QString() : QStringLiteral(" (some models have no price and count as $0)"));
    return line + QStringLiteral("; an upper bound: early stops and cached answers cost less.");
}

} // namespace

int runAblate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs the paper's ablations as a grid: every combination of --search, --criteria-stage1 and "
        "--criteria-stage2 is one DRPO run, and each run's profile is evaluated on the benchmark as prompt only, "
        "examples only and both, at every K of --k-inference (one run serves them all). Cells run one after "
        "another and share the response cache; the results file is rewritten after every step and resumes after "
        "a crash. Prints the forecast first, progress on stderr, the tables on stdout."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project to optimize (or --demo)."),
        QStringLiteral("[PROJECT.drpo]"));
    addSearchOptions(p, true);
    p.addOption({QStringLiteral("benchmark"),
        QStringLiteral("Evaluation set: just-eval-instruct records or any query set the project imports (default "
                       "with --demo: the demo benchmark)."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("items"),
        QStringLiteral("Evaluate on N benchmark items spread evenly over it (a quick grid)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("search"), QStringLiteral("Search strategies: beam, greedy, mc (default beam)."),
        QStringLiteral("LIST")});
    p.addOption({QStringLiteral("criteria"),
        QStringLiteral("Criteria modes for both stages: dynamic, static (default dynamic)."), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("criteria-stage1"),
        QStringLiteral("Criteria modes of stage 1 (the examples), overriding --criteria."), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("criteria-stage2"),
        QStringLiteral("Criteria modes of stage 2 (the prompt), overriding --criteria."), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("components"),
        QStringLiteral("Parts of the profile to evaluate: prompt, examples, both (default both)."),
        QStringLiteral("LIST")});
    p.addOption({QStringLiteral("k-inference"),
        QStringLiteral("Examples per query when evaluating, e.g. 0,1,2,3,4,5 (default: the project's, 3)."),
        QStringLiteral("LIST")});
    p.addOption({QStringLiteral("na"),
        QStringLiteral("How N/A verdicts count: as-5 (just-eval, the default) or exclude."), QStringLiteral("POLICY")});
    p.addOption({QStringLiteral("bootstrap"), QStringLiteral("Bootstrap resamples for the intervals (default 1000)."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("eval-batch"),
        QStringLiteral("Benchmark items per evaluation batch (a save and a safe point after each; default 50)."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("out"),
        QStringLiteral("The experiment file; the cells' run and evaluation files go "
                       "in a folder beside it."),
        QStringLiteral("RESULTS.json")});
    p.addOption({QStringLiteral("resume"),
        QStringLiteral("Continue an interrupted experiment (even after kill -9): finished cells are kept, an "
                       "interrupted one continues from its files."),
        QStringLiteral("RESULTS.json")});
    p.addOption({QStringLiteral("quiet"), QStringLiteral("Print only the tables and errors.")});
    addModelOptions(p);
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    QString error;
    QString path = p.value(QStringLiteral("out"));
    eval::Experiment experiment;

    if (p.isSet(QStringLiteral("resume"))) {
        const QString resume = p.value(QStringLiteral("resume"));
        if (!path.isEmpty() && path != resume)
            return fail(QStringLiteral("--resume updates its experiment file in place; leave out --out"), 2);
        for (const char *name : kNewOnly)
            if (p.isSet(QString::fromLatin1(name)))
                return fail(QStringLiteral("--resume continues %1 as it was started; leave out --%2")
                                .arg(resume, QString::fromLatin1(name)),
                    2);
        if (!p.positionalArguments().isEmpty())
            return fail(
                QStringLiteral("--resume continues %1 as it was started; leave out the project").arg(resume), 2);
        io::FileError fe;
        std::optional<eval::Experiment> loaded = eval::loadExperiment(resume, &fe);
        if (!loaded)
            return fail(fe.toString());
        experiment = *loaded;
        path = resume;
        // Endpoints and keys may move between sessions; the model and provider flags apply.
        if (!applyModelOptions(p, experiment.input.models, &error) ||
            !applyModelOptions(p, experiment.evalSettings.models, &error))
            return fail(error, 2);
        if (p.isSet(QStringLiteral("sim-latency-ms"))) {
            int ms = 0;
            if (!intOption(p, "sim-latency-ms", 0, 60000, &ms, &error))
                return fail(error, 2);
            experiment.input.models.simLatencyMs = ms;
            experiment.evalSettings.models.simLatencyMs = ms;
        }
        if (experiment.finished) {
            err() << resume << " is already finished." << Qt::endl;
            out() << eval::experimentMarkdown(experiment, eval::experimentTables(experiment));
            return 0;
        }
        if (!quiet)
            err() << "Resuming " << resume << ": " << experiment.doneCells() << " of " << experiment.cells.size()
                  << " cells done" << Qt::endl;
    } else {
        if (path.isEmpty())
            return fail(QStringLiteral("say where the experiment goes: --out RESULTS.json (its cells' files go "
                                       "beside it, and it resumes from there)"),
                2);
        std::optional<model::Project> project = loadInputProject(p, &error);
        if (!project)
            return fail(error, 2);
        model::RunInput input = project->runInput();
        error = applySearchOptions(p, input.settings, true);
        if (!error.isEmpty())
            return fail(error, 2);
        if (!applyModelOptions(p, input.models, &error))
            return fail(error, 2);

        eval::ExperimentGrid grid;
        grid.kInference = {input.settings.kInference};
        QList<model::CriteriaMode> both = grid.criteriaStage1;
        if (!parseList(p, "search", QStringLiteral("beam, greedy, mc"), strategy, &grid.search, &error) ||
            !parseList(p, "criteria", QStringLiteral("dynamic, static"), criteria, &both, &error))
            return fail(error, 2);
        grid.criteriaStage1 = both;
        grid.criteriaStage2 = both;
        if (!parseList(
                p, "criteria-stage1", QStringLiteral("dynamic, static"), criteria, &grid.criteriaStage1, &error) ||
            !parseList(
                p, "criteria-stage2", QStringLiteral("dynamic, static"), criteria, &grid.criteriaStage2, &error) ||
            !parseList(p, "components", QStringLiteral("prompt, examples, both"), eval::componentFromKey,
                &grid.components, &error) ||
            !parseList(
                p, "k-inference", QStringLiteral("whole numbers from 0 to 32"), kValue, &grid.kInference, &error))
            return fail(error, 2);

        eval::EvalSettings settings;
        settings.models = input.models;
        settings.seed = input.settings.seed;
        if (p.isSet(QStringLiteral("na"))) {
            const std::optional<eval::NaPolicy> na = eval::naPolicyFromName(p.value(QStringLiteral("na")));
            if (!na)
                return fail(QStringLiteral("--na expects as-5 or exclude"), 2);
            settings.naPolicy = *na;
        }
        int items = 0;
        if (!intOption(p, "bootstrap", 0, 100000, &settings.bootstrap.samples, &error) ||
            !intOption(p, "eval-batch", 1, 100000, &settings.batchSize, &error) ||
            !intOption(p, "items", 1, 1000000, &items, &error))
            return fail(error, 2);

        eval::Benchmark benchmark;
        io::FileError fe;
        if (p.isSet(QStringLiteral("benchmark"))) {
            std::optional<eval::BenchmarkImport> b = eval::importBenchmark(p.value(QStringLiteral("benchmark")), &fe);
            if (!b)
                return fail(fe.toString());
            for (const io::FileError &w : std::as_const(b->warnings))
                err() << "warning: " << w.toString() << Qt::endl;
            benchmark = b->benchmark;
        } else if (p.isSet(QStringLiteral("demo"))) {
            std::optional<eval::Benchmark> b = eval::demoBenchmark(&fe);
            if (!b)
                return fail(fe.toString());
            benchmark = *b;
        } else {
            return fail(QStringLiteral("say what to evaluate on: --benchmark FILE (the demo benchmark comes with "
                                       "--demo)"),
                2);
        }
        benchmark = eval::benchmarkSubset(benchmark, items);

        // Every cell shares one response cache beside the results, unless a cache file was named.
        const QFileInfo info(path);
        const QString base = info.completeBaseName();
        if (!p.isSet(QStringLiteral("cache")) && input.models.provider.cachePath.isEmpty()) {
            input.models.provider.cachePath = info.dir().filePath(base + QStringLiteral(".cache.sqlite"));
            settings.models.provider.cachePath = input.models.provider.cachePath;
        }
        const QString source = p.isSet(QStringLiteral("demo")) ? QStringLiteral("demo project")
                                                               : QFileInfo(p.positionalArguments().first()).fileName();
        experiment = eval::newExperiment(grid, input, source, benchmark, settings, base + QStringLiteral(".cells"));
        error = grid.validate();
        if (!error.isEmpty())
            return fail(error, 2);
    }

    if (!quiet) {
        const eval::ExperimentGrid &g = experiment.grid;
        err() << "Grid: " << experiment.cells.size() << " runs (search x criteria stage 1 x stage 2), "
              << g.components.size() << " components, K in {";
        for (qsizetype i = 0; i < g.kInference.size(); ++i)
            err() << (i ? "," : "") << g.kInference[i];
        err() << "}; benchmark " << experiment.benchmark.name << " (" << experiment.benchmark.items.size() << " items)"
              << Qt::endl;
        if (experiment.input.models.usesCache())
            err() << "Cells share the response cache " << experiment.input.models.provider.cachePath << Qt::endl;
        err() << forecastText(eval::forecastExperiment(experiment)) << Qt::endl;
    }

    // The runner works on its own thread (with its own event loop for the engine); its events
    // are printed here, in order.
    ProgressPrinter printer(quiet);
    eval::ExperimentRunner runner(experiment, path, queuedToMainThread<eval::ExperimentEvent>(printer));
    const eval::ExperimentFinished finished = runOnWorkerThread(runner, "drpo-ablate");

    out() << eval::experimentMarkdown(finished.experiment, eval::experimentTables(finished.experiment));
    out().flush();
    if (!quiet)
        err() << "Results: " << path << " (drpo report " << path << " --format html --out report.html)" << Qt::endl;
    if (!finished.complete) {
        if (!finished.error.isEmpty())
            err() << "The experiment stopped because: " << finished.error << Qt::endl;
        err() << "Resume it with: drpo ablate --resume " << path << Qt::endl;
        return 3;
    }
    return 0;
}

} // namespace drpo::cli
