// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalsetup.h"

#include "clicommon.h"
#include "engine/runcontroller.h"
#include "engine/runevents.h"
#include "eval/benchmarkimporter.h"
#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "eval/systemfactory.h"
#include "eval/systemlist.h"
#include "evalsystems.h"
#include "io/projectfile.h"
#include "io/runfile.h"

#include <QEventLoop>

namespace drpo::cli {

std::optional<model::RunRecord> runDemoOptimization(quint64 seed, const QString &runFile, QString *error)
{
    io::FileError fe;
    std::optional<model::Project> project = io::loadDemoProject(&fe);
    if (!project) {
        *error = fe.toString();
        return std::nullopt;
    }
    model::RunInput input = project->runInput();
    input.settings.seed = seed;
    engine::RunController run;
    std::optional<model::RunRecord> result;
    QEventLoop loop;
    QObject::connect(&run, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
        namespace ev = engine::event;
        if (const auto *f = e.get<ev::Finished>()) {
            result = f->record;
            loop.quit();
        } else if (const auto *st = e.get<ev::StateChanged>(); st && st->state == engine::RunState::Paused) {
            run.stop(); // nobody can fix an error here
        }
    });
    if (!run.start(input, runFile, error))
        return std::nullopt;
    loop.exec();
    if (!result || result->status != model::RunState::Finished) {
        *error = QStringLiteral("the demo optimization did not finish%1")
                     .arg(result && !result->error.isEmpty() ? QStringLiteral(": ") + result->error : QString());
        return std::nullopt;
    }
    return result;
}

std::optional<eval::EvalResults> buildEvaluation(const EvalRequest &req, QStringList *notes, QString *error)
{
    eval::EvalResults r;
    r.settings = req.settings;
    const model::RoleConfig endpoint = req.settings.models.base;

    // Files first: they may define the benchmark.
    QList<eval::OutputsImport> outputs;
    for (const QString &path : req.outputsPaths) {
        io::FileError fe;
        std::optional<eval::OutputsImport> o = eval::importOutputs(path, &fe);
        if (!o) {
            *error = fe.toString();
            return std::nullopt;
        }
        outputs.push_back(*o);
    }
    QList<eval::ImportedJudgements> imported;
    if (!req.judgementPaths.isEmpty()) {
        io::FileError fe;
        QList<io::FileError> warnings;
        std::optional<QList<eval::ImportedJudgements>> j = eval::importJudgements(req.judgementPaths, &fe, &warnings);
        if (!j) {
            *error = fe.toString();
            return std::nullopt;
        }
        imported = *j;
        for (const io::FileError &w : std::as_const(warnings))
            notes->push_back(w.toString());
    }

    if (!req.benchmarkPath.isEmpty()) {
        io::FileError fe;
        std::optional<eval::BenchmarkImport> b = eval::importBenchmark(req.benchmarkPath, &fe);
        if (!b) {
            *error = fe.toString();
            return std::nullopt;
        }
        r.benchmark = b->benchmark;
        for (const io::FileError &w : std::as_const(b->warnings))
            notes->push_back(w.toString());
    } else if (!outputs.isEmpty()) {
        r.benchmark = eval::benchmarkFromOutputs(outputs.first());
    } else if (!imported.isEmpty()) {
        r.benchmark = eval::benchmarkFromJudgements(imported);
    } else if (req.demo) {
        io::FileError fe;
        std::optional<eval::Benchmark> b = eval::demoBenchmark(&fe);
        if (!b) {
            *error = fe.toString();
            return std::nullopt;
        }
        r.benchmark = *b;
    } else {
        *error = QStringLiteral("say what to evaluate on: --benchmark FILE, --demo, or --outputs / "
                                "--import-judgements files");
        return std::nullopt;
    }

    // Systems: runs, --system flags, then the demo's defaults when nothing was named.
    QList<eval::SystemResult> systems;
    QList<model::RunRecord> runs;
    for (const QString &path : req.runPaths) {
        io::FileError fe;
        std::optional<model::RunRecord> run = io::loadRunRecord(path, &fe);
        if (!run) {
            *error = fe.toString();
            return std::nullopt;
        }
        // A run's systems answer with the base model it was optimized for, unless the flags say otherwise.
        const model::RoleConfig runEndpoint =
            endpoint == model::ModelSettings().base ? run->input.models.base : endpoint;
        std::optional<QList<eval::SystemSpec>> specs = eval::systemsFromRun(*run, runEndpoint, path, error);
        if (!specs)
            return std::nullopt;
        for (const eval::SystemSpec &s : *specs)
            eval::addSystem(systems, eval::SystemResult{s, {}, {}});
    }
    for (const QString &flag : req.systemFlags) {
        std::optional<eval::SystemSpec> s = parseSystemFlag(flag, endpoint, error);
        if (!s)
            return std::nullopt;
        eval::addSystem(systems, eval::SystemResult{*s, {}, {}});
    }
    const bool named =
        !req.runPaths.isEmpty() || !req.systemFlags.isEmpty() || !outputs.isEmpty() || !imported.isEmpty();
    if (req.demo && req.runPaths.isEmpty() && req.systemFlags.isEmpty() && outputs.isEmpty() && imported.isEmpty()) {
        if (!req.quiet)
            err() << "Optimizing the demo project first (simulated, seed " << req.settings.seed
                  << ") for a DRPO profile to evaluate..." << Qt::endl;
        std::optional<model::RunRecord> run = runDemoOptimization(req.settings.seed, req.runFileForDemo, error);
        if (!run)
            return std::nullopt;
        if (!req.quiet)
            err() << "Demo run finished: best prompt reward " << formatReward(run->bestReward.value_or(0))
                  << " (starting prompt " << formatReward(run->rootReward.value_or(0)) << ")"
                  << (req.runFileForDemo.isEmpty() ? QString() : QStringLiteral(", run record ") + req.runFileForDemo)
                  << Qt::endl;
        std::optional<QList<eval::SystemSpec>> specs = eval::systemsFromRun(*run, run->input.models.base,
            req.runFileForDemo.isEmpty() ? QStringLiteral("demo run") : req.runFileForDemo, error);
        if (!specs)
            return std::nullopt;
        for (const eval::SystemSpec &s : *specs)
            eval::addSystem(systems, eval::SystemResult{s, {}, {}});
    }
    if (req.demo && req.systemFlags.isEmpty() && outputs.isEmpty() && imported.isEmpty()) {
        std::optional<QList<eval::SystemSpec>> references = eval::demoReferenceSystems(endpoint, error);
        if (!references)
            return std::nullopt;
        for (const eval::SystemSpec &s : *references)
            eval::addSystem(systems, eval::SystemResult{s, {}, {}});
    } else if (!named) {
        *error = QStringLiteral("name the systems to evaluate: --run RUN.json, --system METHOD[,...], --outputs FILE "
                                "or --import-judgements FILE (or use --demo)");
        return std::nullopt;
    }

    // Stored outputs and published judgements, matched to the benchmark by id.
    for (const eval::OutputsImport &o : std::as_const(outputs))
        eval::addSystem(systems, eval::storedOutputsSystemOn(r.benchmark, o, notes));
    for (const eval::ImportedJudgements &j : std::as_const(imported))
        eval::addSystem(systems, eval::importedSystemOn(r.benchmark, j, notes));
    r.systems = systems;
    return r;
}

} // namespace drpo::cli
