// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "model/profile.h"
#include "model/runrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// Which part of a run's profile a system uses (the paper's Table 3). These are evaluation
// systems of one run, so one optimization serves every component and every K.
enum class Component { Prompt, Examples, Both };
QString componentKey(Component c);   // "prompt", "examples", "both"
QString componentLabel(Component c); // "prompt only", "examples only", "prompt + examples"
std::optional<Component> componentFromKey(const QString &key);
Method componentMethod(Component c);
std::optional<Component> componentOf(Method m);

// The axes of an experiment. The first three change the optimization (one run per
// combination); components and K only change the systems evaluated on each run.
struct ExperimentGrid {
    QList<model::SearchStrategy> search{model::SearchStrategy::Beam};
    QList<model::CriteriaMode> criteriaStage1{model::CriteriaMode::Dynamic};
    QList<model::CriteriaMode> criteriaStage2{model::CriteriaMode::Dynamic};
    QList<Component> components{Component::Both};
    QList<int> kInference{3};

    // Empty when valid, else what is wrong (an empty axis, a duplicate, K out of range).
    QString validate() const;
    friend bool operator==(const ExperimentGrid &, const ExperimentGrid &) = default;
};

// The optimization settings of one cell.
struct CellSettings {
    model::SearchStrategy search = model::SearchStrategy::Beam;
    model::CriteriaMode stage1 = model::CriteriaMode::Dynamic;
    model::CriteriaMode stage2 = model::CriteriaMode::Dynamic;

    QString key() const;   // "beam-dynamic-static": file names and lookups
    QString label() const; // "beam, stage 1 dynamic, stage 2 static"
    friend bool operator==(const CellSettings &, const CellSettings &) = default;
};

enum class CellState { Pending, Optimizing, Evaluating, Done };
QString cellStateKey(CellState s);
std::optional<CellState> cellStateFromKey(const QString &key);

// One cell: its settings, where its run record and its evaluation's working file live
// (relative to the experiment file), what the run found, and its evaluation (the plan
// once the run finished, every verdict once it is done).
struct ExperimentCell {
    CellSettings settings;
    CellState state = CellState::Pending;
    QString runFile;
    QString evalFile;
    std::optional<double> bestReward; // the run's best prompt reward (training queries)
    std::optional<double> rootReward;
    QString bestNodeId;
    QString error; // why the cell stopped last time (empty when it did not)
    bool hasEvaluation = false;
    EvalResults evaluation;

    // The evaluated system of a component at K (Prompt ignores K); null when absent.
    const SystemResult *system(Component c, int k) const;
};

// An experiment: its grid, the run input every cell starts from (the project's, with the
// models and search flags applied), the benchmark and evaluation settings shared by every
// cell, and the cells. It is both the plan and the state: a resume does what is not done.
struct Experiment {
    static constexpr int kFormatVersion = 1;

    QString created;
    QString updated;
    bool finished = false;
    QString inputSource; // "demo project" or the project file
    ExperimentGrid grid;
    model::RunInput input;
    Benchmark benchmark;
    EvalSettings evalSettings;
    QList<ExperimentCell> cells;

    int doneCells() const;
    // The cell whose settings are the first value of every run axis: the reference the
    // component table and the K curve are read from.
    const ExperimentCell *referenceCell() const;
    // The K the single-K tables use: the run's K at inference when the grid has it, else
    // the largest K of the grid.
    int referenceK() const;
    const ExperimentCell *cell(const CellSettings &settings) const;
};

// A new experiment: one cell per combination of the run axes, in grid order (search
// outermost), with run and evaluation files in `cellsDir` (relative to the experiment file).
Experiment newExperiment(const ExperimentGrid &grid, const model::RunInput &input, const QString &inputSource,
    const Benchmark &benchmark, const EvalSettings &evalSettings, const QString &cellsDir);

// The run input of a cell: the experiment's input with the cell's search and criteria modes.
model::RunInput cellRunInput(const Experiment &experiment, const ExperimentCell &cell);

// The evaluation of a cell's finished run: the benchmark, the settings, and one system per
// component (Prompt once, the others once per K), all answering with the run's base model.
std::optional<EvalResults> cellEvaluation(
    const Experiment &experiment, const model::RunRecord &run, const QString &runFile, QString *error);

// A benchmark cut to n items spread evenly over it (so the safety share stays about the
// same); n <= 0 or n >= size keeps it whole.
Benchmark benchmarkSubset(const Benchmark &benchmark, int n);

} // namespace drpo::eval
