// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluatecommand.h"

#include "clicommon.h"
#include "eval/evalforecast.h"
#include "eval/evalrunner.h"
#include "eval/resultsfile.h"
#include "evalsetup.h"
#include "evalsystems.h"
#include "evaltable.h"
#include "modelflags.h"
#include "workerrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace drpo::cli {

namespace {

// Flags that describe a new evaluation; --resume continues the file as it is.
const char *const kNewOnly[] = {"benchmark", "demo", "run", "system", "outputs", "import-judgements", "na", "bootstrap",
    "bootstrap-seed", "batch", "seed"};

bool positiveInt(const QCommandLineParser &p, const char *name, int min, int max, int *out, QString *error)
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

// Prints the runner's events on the CLI's thread (they arrive queued from the worker).
class EventPrinter {
public:
    explicit EventPrinter(bool quiet)
        : m_quiet(quiet)
    {}

    void operator()(const eval::EvalEvent &event)
    {
        if (const auto *p = std::get_if<eval::EvalProgress>(&event)) {
            if (!m_quiet)
                err() << progressLine(*p) << Qt::endl;
        } else if (const auto *l = std::get_if<eval::EvalLogLine>(&event)) {
            if (l->severity == eval::EvalLogLine::Severity::Error)
                err() << "error: " << l->message << Qt::endl;
            else if (l->severity == eval::EvalLogLine::Severity::Warning)
                err() << "warning: " << l->message << Qt::endl;
            else if (!m_quiet)
                err() << l->message << Qt::endl;
        } else if (const auto *s = std::get_if<eval::EvalStateChanged>(&event)) {
            if (s->state == eval::EvalState::Stopping)
                err() << "Stopping: calls in flight are cancelled; the results file stays resumable." << Qt::endl;
        } else if (const auto *j = std::get_if<eval::ItemJudged>(&event)) {
            if (j->item.state == eval::ItemState::Unscored && !m_quiet)
                err() << "unscored: " << j->system << ", item " << j->item.id << ": " << j->item.error << Qt::endl;
        }
    }

private:
    bool m_quiet;
};

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Evaluates systems (a model plus an alignment method) on a benchmark the way just-eval does: a judge scores "
        "helpfulness, clarity, factuality, depth and engagement on regular items and safety on safety items, 1 to "
        "5. Prints the aspect table on stdout, progress on stderr; the results file is rewritten after every batch "
        "and can be resumed."));
    p.addHelpOption();
    p.addOption({QStringLiteral("benchmark"),
        QStringLiteral("Evaluation set: just-eval-instruct records (JSON or JSONL) or any query set the project "
                       "imports (safety split from its category)."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("demo"),
        QStringLiteral("The offline demo: the built-in 100-query benchmark and, with no system named, the demo run's "
                       "starting prompt and best profile, URIAL-style and the instruct-like simulated model.")});
    p.addOption(
        {QStringLiteral("run"), QStringLiteral("Add a finished run's starting prompt and best profile (repeatable)."),
            QStringLiteral("RUN.json")});
    p.addOption({QStringLiteral("system"), systemFlagHelp(), QStringLiteral("SPEC")});
    p.addOption({QStringLiteral("outputs"),
        QStringLiteral("Judge the stored answers of a just-eval output file (*.to_eval.json; repeatable)."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("import-judgements"),
        QStringLiteral("Published just-eval judgement files, as read-only systems (no calls; a multi-aspect and a "
                       "safety file of one generator merge). More files may follow: --import-judgements A B."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("na"),
        QStringLiteral("How N/A verdicts count: as-5 (just-eval, the default) or exclude."), QStringLiteral("POLICY")});
    p.addOption({QStringLiteral("bootstrap"), QStringLiteral("Bootstrap resamples for the intervals (default 1000)."),
        QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("bootstrap-seed"), QStringLiteral("Seed of the bootstrap (default 42)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("batch"),
        QStringLiteral("Benchmark items per batch: the file is saved and pause/stop honoured after each (default "
                       "50)."),
        QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed of the simulated models (default 42)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("sim-latency-ms"), QStringLiteral("Simulated latency per call of the demo models."),
        QStringLiteral("MS")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Results file, rewritten atomically after every batch."),
        QStringLiteral("RESULTS.json")});
    p.addOption({QStringLiteral("resume"),
        QStringLiteral("Continue an interrupted evaluation (even after kill -9); the file is updated in place."),
        QStringLiteral("RESULTS.json")});
    p.addOption({QStringLiteral("quiet"), QStringLiteral("Print only the table and errors.")});
    addModelOptions(p);
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    // "--import-judgements a.json b.json": the files after the flag are judgement files too.
    if (!p.positionalArguments().isEmpty() && !p.isSet(QStringLiteral("import-judgements")))
        return fail(QStringLiteral("unexpected argument \"%1\" (files go with --benchmark, --outputs, ...)")
                        .arg(p.positionalArguments().first()),
            2);
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    QString error;
    QString path = p.value(QStringLiteral("out"));
    eval::EvalResults results;

    if (p.isSet(QStringLiteral("resume"))) {
        const QString resume = p.value(QStringLiteral("resume"));
        if (!path.isEmpty() && path != resume)
            return fail(QStringLiteral("--resume updates its results file in place; leave out --out"), 2);
        for (const char *name : kNewOnly)
            if (p.isSet(QString::fromLatin1(name)))
                return fail(QStringLiteral("--resume continues %1 as it was started; leave out --%2")
                                .arg(resume, QString::fromLatin1(name)),
                    2);
        io::FileError fe;
        std::optional<eval::EvalResults> loaded = eval::loadResults(resume, &fe);
        if (!loaded)
            return fail(fe.toString());
        results = *loaded;
        path = resume;
        // Endpoints and keys may move between sessions; the judge and provider flags apply.
        if (!applyModelOptions(p, results.settings.models, &error))
            return fail(error, 2);
        if (p.isSet(QStringLiteral("sim-latency-ms")))
            results.settings.models.simLatencyMs = p.value(QStringLiteral("sim-latency-ms")).toInt();
        if (results.finished && results.doneCount() == results.totalCount()) {
            err() << resume << " is already finished." << Qt::endl;
            printAspectTable(out(), results, eval::analyze(results));
            return 0;
        }
        if (!quiet)
            err() << "Resuming " << resume << ": " << results.doneCount() << " of " << results.totalCount()
                  << " items done" << Qt::endl;
    } else {
        EvalRequest req;
        req.benchmarkPath = p.value(QStringLiteral("benchmark"));
        req.demo = p.isSet(QStringLiteral("demo"));
        req.runPaths = p.values(QStringLiteral("run"));
        req.systemFlags = p.values(QStringLiteral("system"));
        req.outputsPaths = p.values(QStringLiteral("outputs"));
        req.judgementPaths = p.values(QStringLiteral("import-judgements")) + p.positionalArguments();
        req.quiet = quiet;
        eval::EvalSettings &s = req.settings;
        if (p.isSet(QStringLiteral("na"))) {
            const std::optional<eval::NaPolicy> na = eval::naPolicyFromName(p.value(QStringLiteral("na")));
            if (!na)
                return fail(QStringLiteral("--na expects as-5 or exclude"), 2);
            s.naPolicy = *na;
        }
        int samples = s.bootstrap.samples;
        int bootSeed = int(s.bootstrap.seed);
        int seed = int(s.seed);
        int latency = 0;
        if (!positiveInt(p, "bootstrap", 0, eval::kMaxBootstrapSamples, &samples, &error) ||
            !positiveInt(p, "bootstrap-seed", 0, 2147483647, &bootSeed, &error) ||
            !positiveInt(p, "batch", 1, 100000, &s.batchSize, &error) ||
            !positiveInt(p, "seed", 0, 2147483647, &seed, &error) ||
            !positiveInt(p, "sim-latency-ms", 0, 60000, &latency, &error))
            return fail(error, 2);
        s.bootstrap.samples = samples;
        s.bootstrap.seed = quint64(bootSeed);
        s.seed = quint64(seed);
        s.models.simLatencyMs = latency;
        if (!applyModelOptions(p, s.models, &error))
            return fail(error, 2);
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            req.runFileForDemo = info.dir().filePath(info.completeBaseName() + QStringLiteral(".run.json"));
        }
        QStringList notes;
        std::optional<eval::EvalResults> built = buildEvaluation(req, &notes, &error);
        for (const QString &n : std::as_const(notes))
            err() << "warning: " << n << Qt::endl;
        if (!built)
            return fail(error);
        results = *built;
        if (path.isEmpty() && !quiet)
            err() << "note: no --out given, so this evaluation cannot be resumed if interrupted" << Qt::endl;
    }

    if (!quiet) {
        err() << "Systems:";
        for (const eval::SystemResult &s : std::as_const(results.systems))
            err() << "\n  " << s.spec.name << "  (" << eval::methodLabel(s.spec.method) << ")";
        err() << Qt::endl << forecastLine(eval::forecastEvaluation(results)) << Qt::endl;
    }

    // The runner works on its own thread; its events are printed here, in order.
    EventPrinter printer(quiet);
    eval::EvalRunner runner(results, path, queuedToMainThread<eval::EvalEvent>(printer));
    const eval::EvalFinished finished = runOnWorkerThread(runner, "drpo-eval");

    out() << Qt::endl;
    printAspectTable(out(), finished.results, finished.analysis);
    out().flush();
    if (!quiet)
        err() << "This session: " << finished.totals.calls << " calls, " << finished.totals.cacheHits
              << " from the cache, " << formatTokens(finished.totals.tokens) << " tokens"
              << (finished.totals.costUsd > 0 ? QStringLiteral(", $%1").arg(finished.totals.costUsd, 0, 'f', 4)
                                              : QString())
              << Qt::endl;
    if (!path.isEmpty() && !quiet)
        err() << "Results: " << path << " (drpo report " << path << " --format html --out report.html)" << Qt::endl;
    if (!finished.complete) {
        if (!finished.error.isEmpty())
            err() << "The evaluation stopped because: " << finished.error << Qt::endl;
        if (!path.isEmpty())
            err() << "Resume it with: drpo evaluate --resume " << path << Qt::endl;
        return 3;
    }
    return 0;
}

} // namespace drpo::cli
