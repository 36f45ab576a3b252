// SPDX-License-Identifier: GPL-3.0-or-later
// Experiments: the grid's expansion into cells, the stage-1 criteria mode reaching the run,
// the experiment file's round trip and its errors, a whole small grid on the simulated
// world (components and K from one run per cell), and resume: finished cells are never
// started again, an interrupted cell continues from its files without rerunning its search.
#include "eval/benchmarkimporter.h"
#include "eval/experimentfile.h"
#include "eval/experimentforecast.h"
#include "eval/experimentreport.h"
#include "eval/experimentrunner.h"
#include "io/projectfile.h"
#include "io/runfile.h"

#include "evaltestutil.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::eval;

namespace {

struct Recorder {
    QMutex mutex;
    QList<ExperimentEvent> events;

    ExperimentRunner::Sink sink()
    {
        return [this](const ExperimentEvent &e) {
            QMutexLocker lock(&mutex);
            events.push_back(e);
        };
    }
    template<typename T> QList<T> all()
    {
        QMutexLocker lock(&mutex);
        QList<T> out;
        for (const ExperimentEvent &e : std::as_const(events))
            if (const T *t = std::get_if<T>(&e))
                out.push_back(*t);
        return out;
    }
    int runEventsOf(int cell)
    {
        int n = 0;
        for (const CellRunEvent &e : all<CellRunEvent>())
            n += e.cell == cell ? 1 : 0;
        return n;
    }
};

// The demo project cut down to a quick run, and a few benchmark items.
Experiment smallExperiment(const ExperimentGrid &grid, int items = 6)
{
    io::FileError fe;
    std::optional<model::Project> project = io::loadDemoProject(&fe);
    Q_ASSERT(project);
    model::RunInput input = project->runInput();
    input.settings.depth = 2;
    input.settings.stage1Rounds = 1;
    input.settings.maxExtension = 0;
    std::optional<Benchmark> bench = demoBenchmark(&fe);
    Q_ASSERT(bench);
    EvalSettings settings;
    settings.models = input.models;
    settings.bootstrap.samples = 200;
    settings.batchSize = 3;
    return newExperiment(grid, input, u"demo project"_s, benchmarkSubset(*bench, items), settings, u"results.cells"_s);
}

} // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private slots:
    void newExperiment_grid_oneCellPerRunCombination()
    {
        ExperimentGrid g;
        g.search = {model::SearchStrategy::Beam, model::SearchStrategy::Greedy, model::SearchStrategy::MonteCarlo};
        g.criteriaStage1 = {model::CriteriaMode::Dynamic, model::CriteriaMode::Static};
        g.criteriaStage2 = {model::CriteriaMode::Static};
        g.components = {Component::Prompt, Component::Examples, Component::Both};
        g.kInference = {0, 1, 2, 3, 4, 5};
        const Experiment e = smallExperiment(g);
        QCOMPARE(e.cells.size(), 6); // components and K do not multiply the runs
        QCOMPARE(e.cells[0].settings.key(), u"beam-dynamic-static"_s);
        QCOMPARE(e.cells[1].settings.key(), u"beam-static-static"_s);
        QCOMPARE(e.cells[5].settings.key(), u"mc-static-static"_s);
        QCOMPARE(e.cells[5].runFile, u"results.cells/mc-static-static.run.json"_s);
        QCOMPARE(e.referenceCell(), &e.cells[0]);
        QCOMPARE(e.referenceK(), 3);
        for (const ExperimentCell &c : e.cells)
            QCOMPARE(c.state, CellState::Pending);
    }

    void cellRunInput_stage1Static_reachesTheRunSettingsOnly()
    {
        ExperimentGrid g;
        g.criteriaStage1 = {model::CriteriaMode::Static};
        g.criteriaStage2 = {model::CriteriaMode::Dynamic};
        g.search = {model::SearchStrategy::Greedy};
        const Experiment e = smallExperiment(g);
        const model::RunInput in = cellRunInput(e, e.cells[0]);
        QCOMPARE(in.settings.strategy, model::SearchStrategy::Greedy);
        QCOMPARE(in.settings.criteriaMode, model::CriteriaMode::Dynamic);
        QCOMPARE(in.settings.stage1Criteria(), model::CriteriaMode::Static);
        // The settings' JSON keeps the stage-1 mode.
        model::Json j = in.settings;
        QCOMPARE(j.at("stage1_criteria_mode").get<std::string>(), std::string("static"));
        QCOMPARE(j.get<model::SearchSettings>(), in.settings);
    }

    void gridValidate_emptyOrDuplicateOrOutOfRange_isRefused()
    {
        ExperimentGrid g;
        QVERIFY(g.validate().isEmpty());
        g.kInference = {3, 3};
        QCOMPARE(g.validate(), u"the grid's axis \"k_inference\" names a value twice"_s);
        g.kInference = {40};
        QVERIFY(g.validate().contains(u"40"_s));
        g.kInference = {};
        QCOMPARE(g.validate(), u"the grid's axis \"k_inference\" has no value"_s);
        g.kInference = {1};
        g.criteriaStage2.clear();
        QCOMPARE(g.validate(), u"the grid's axis \"criteria_stage2\" has no value"_s);
    }

    void benchmarkSubset_spreadsItemsEvenly()
    {
        io::FileError fe;
        const Benchmark b = *demoBenchmark(&fe);
        const Benchmark s = benchmarkSubset(b, 10);
        QCOMPARE(s.items.size(), 10);
        QCOMPARE(s.items.first().id, b.items.first().id);
        QVERIFY(s.safetyCount() > 0);
        QCOMPARE(benchmarkSubset(b, 0).items.size(), b.items.size());
    }

    void forecast_wholeGrid_countsEveryCellsRunAndSystems()
    {
        ExperimentGrid g;
        g.search = {model::SearchStrategy::Beam, model::SearchStrategy::Greedy};
        g.components = {Component::Prompt, Component::Both};
        g.kInference = {0, 3};
        const Experiment e = smallExperiment(g, 6);
        const ExperimentForecast f = forecastExperiment(e);
        QCOMPARE(f.cellsToOptimize, 2);
        QCOMPARE(f.cellsToEvaluate, 2);
        QVERIFY(f.runCalls > 0);
        // Per cell: prompt once + both at two K = 3 systems x 6 items, each generated and judged.
        QCOMPARE(f.evaluation.generateCalls, 2 * 3 * 6);
        QCOMPARE(f.evaluation.judgeCalls, 2 * 3 * 6);
        QVERIFY(f.simulated);
    }

    void run_smallGrid_evaluatesEveryComponentAndKOfEachRun_andRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        ExperimentGrid g;
        g.search = {model::SearchStrategy::Beam, model::SearchStrategy::Greedy};
        g.components = {Component::Prompt, Component::Examples, Component::Both};
        g.kInference = {0, 3};
        Recorder rec;
        ExperimentRunner runner(smallExperiment(g), path, rec.sink());
        const ExperimentFinished f = runner.run();
        QVERIFY2(f.complete, qPrintable(f.error));
        QCOMPARE(f.experiment.doneCells(), 2);
        QCOMPARE(rec.all<CellFinished>().size(), 2);
        for (const ExperimentCell &c : f.experiment.cells) {
            QVERIFY(QFile::exists(dir.filePath(c.runFile)));
            QVERIFY(QFile::exists(dir.filePath(c.evalFile)));
            QCOMPARE(c.evaluation.systems.size(), 5); // prompt, examples x2, both x2
            QVERIFY(c.system(Component::Prompt, 0));
            QVERIFY(c.system(Component::Both, 3));
            QCOMPARE(c.system(Component::Examples, 0)->spec.k, 0);
            for (const SystemResult &s : c.evaluation.systems)
                QCOMPARE(s.items.size(), 6);
            // The systems carry the run's best profile.
            io::FileError fe;
            const std::optional<model::RunRecord> run = io::loadRunRecord(dir.filePath(c.runFile), &fe);
            QVERIFY(run);
            QCOMPARE(run->input.settings.strategy, c.settings.search);
            QCOMPARE(c.system(Component::Both, 3)->spec.prompt, run->profile.systemPrompt);
            QCOMPARE(c.bestReward, run->bestReward);
        }

        io::FileError fe;
        const std::optional<Experiment> loaded = loadExperiment(path, &fe);
        QVERIFY2(loaded, qPrintable(fe.toString()));
        QVERIFY(loaded->finished);
        QCOMPARE(loaded->grid, g);
        QCOMPARE(loaded->input, f.experiment.input);
        QCOMPARE(loaded->cells.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(loaded->cells[i].settings, f.experiment.cells[i].settings);
            QCOMPARE(loaded->cells[i].state, CellState::Done);
            QCOMPARE(loaded->cells[i].evaluation.systems, f.experiment.cells[i].evaluation.systems);
        }

        // The tables come from these verdicts: the search table has a row per strategy and
        // the K curve a point per K.
        const ExperimentTables t = experimentTables(*loaded);
        const auto search = std::find_if(
            t.tables.begin(), t.tables.end(), [](const ExperimentTable &x) { return x.id == u"search"_s; });
        QVERIFY(search != t.tables.end());
        QCOMPARE(search->rows.size(), 2);
        const Analysis a = analyze(loaded->cells[1].evaluation);
        const SystemResult *both = loaded->cells[1].system(Component::Both, 3);
        QCOMPARE(search->rows[1].avg, a.summaries[both - loaded->cells[1].evaluation.systems.constData()].overall.avg);
        QVERIFY(t.curve);
        QCOMPARE(t.curve->ks, (QList<int>{0, 3}));
        QVERIFY(experimentMarkdown(*loaded, t).contains(u"Search (Table 4)"_s));
        QVERIFY(experimentHtml(*loaded, t).contains(u"<svg"_s));
    }

    void resume_afterStopInEvaluation_skipsFinishedCellsAndTheInterruptedRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        ExperimentGrid g;
        g.search = {model::SearchStrategy::Beam, model::SearchStrategy::Greedy};
        g.kInference = {3};
        const Experiment plan = smallExperiment(g, 9);

        // First session: stop at the second cell's first evaluation batch.
        {
            Recorder rec;
            ExperimentRunner *self = nullptr;
            std::atomic<bool> stopped{false};
            ExperimentRunner runner(plan, path, [&](const ExperimentEvent &e) {
                rec.sink()(e);
                if (const auto *ev = std::get_if<CellEvalEvent>(&e);
                    ev && ev->cell == 1 && std::holds_alternative<EvalProgress>(ev->event) && !stopped.exchange(true))
                    self->stop();
            });
            self = &runner;
            const ExperimentFinished f = runner.run();
            QVERIFY(!f.complete);
            QCOMPARE(f.experiment.cells[0].state, CellState::Done);
            QCOMPARE(f.experiment.cells[1].state, CellState::Evaluating);
        }
        io::FileError fe;
        std::optional<Experiment> saved = loadExperiment(path, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QVERIFY(!saved->finished);
        QCOMPARE(saved->cells[1].state, CellState::Evaluating);
        const EvalResults cell0 = saved->cells[0].evaluation;
        const QByteArray run1 = [&] {
            QFile file(dir.filePath(saved->cells[1].runFile));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        // Second session: cell 0 is never started, cell 1 continues its evaluation only.
        Recorder rec;
        ExperimentRunner runner(*saved, path, rec.sink());
        const ExperimentFinished f = runner.run();
        QVERIFY2(f.complete, qPrintable(f.error));
        const QList<CellStarted> started = rec.all<CellStarted>();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started[0].cell, 1);
        QCOMPARE(started[0].state, CellState::Evaluating);
        QVERIFY(started[0].resumed);
        QCOMPARE(rec.runEventsOf(1), 0); // the search was not run again
        QCOMPARE(f.experiment.cells[0].evaluation.systems, cell0.systems);
        QFile again(dir.filePath(saved->cells[1].runFile));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), run1);

        // Identical to an uninterrupted experiment (the simulated world is seeded).
        QTemporaryDir dir2;
        ExperimentRunner whole(plan, dir2.filePath(u"results.json"_s), {});
        const ExperimentFinished w = whole.run();
        QVERIFY(w.complete);
        for (qsizetype i = 0; i < 2; ++i)
            for (qsizetype s = 0; s < w.experiment.cells[i].evaluation.systems.size(); ++s)
                QCOMPARE(f.experiment.cells[i].evaluation.systems[s].items,
                    w.experiment.cells[i].evaluation.systems[s].items);
    }

    void loadExperiment_badCell_namesFileAndField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        model::Json j = experimentToJson(smallExperiment(ExperimentGrid{}));
        j["cells"][0]["state"] = "halfway";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(j.dump(2)));
        f.close();
        io::FileError fe;
        QVERIFY(!loadExperiment(path, &fe));
        QVERIFY2(fe.toString().contains(u"bad.json"_s), qPrintable(fe.toString()));
        QVERIFY2(fe.toString().contains(u"halfway"_s), qPrintable(fe.toString()));
        QCOMPARE(fe.field, u"/cells/0/state"_s);
        QVERIFY2(fe.line > 0, qPrintable(fe.toString()));
        QCOMPARE(fileFormat(path, &fe), u"drpo-experiment"_s);
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
