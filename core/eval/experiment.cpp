// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experiment.h"

#include "eval/evaltext.h"
#include "eval/systemfactory.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace drpo::eval {

namespace {

template<typename T> bool hasDuplicates(const QList<T> &list)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        for (qsizetype j = i + 1; j < list.size(); ++j)
            if (list[i] == list[j])
                return true;
    return false;
}

} // namespace

QString componentKey(Component c)
{
    switch (c) {
    case Component::Prompt: return QStringLiteral("prompt");
    case Component::Examples: return QStringLiteral("examples");
    case Component::Both: return QStringLiteral("both");
    }
    return {};
}

QString componentLabel(Component c)
{
    switch (c) {
    case Component::Prompt: return EvalText::tr("prompt only");
    case Component::Examples: return EvalText::tr("examples only");
    case Component::Both: return EvalText::tr("prompt + examples");
    }
    return {};
}

std::optional<Component> componentFromKey(const QString &key)
{
    for (Component c : {Component::Prompt, Component::Examples, Component::Both})
        if (componentKey(c) == key)
            return c;
    return std::nullopt;
}

Method componentMethod(Component c)
{
    switch (c) {
    case Component::Prompt: return Method::ProfilePrompt;
    case Component::Examples: return Method::ProfileExamples;
    case Component::Both: return Method::Profile;
    }
    return Method::Profile;
}

std::optional<Component> componentOf(Method m)
{
    switch (m) {
    case Method::ProfilePrompt: return Component::Prompt;
    case Method::ProfileExamples: return Component::Examples;
    case Method::Profile: return Component::Both;
    default: return std::nullopt;
    }
}

QString ExperimentGrid::validate() const
{
    // Named by their keys in the experiment file (under "grid"), where a bad grid comes from.
    struct Axis {
        const char *key;
        qsizetype size;
        bool twice;
    };
    const Axis axes[] = {{"search", search.size(), hasDuplicates(search)},
        {"criteria_stage1", criteriaStage1.size(), hasDuplicates(criteriaStage1)},
        {"criteria_stage2", criteriaStage2.size(), hasDuplicates(criteriaStage2)},
        {"components", components.size(), hasDuplicates(components)},
        {"k_inference", kInference.size(), hasDuplicates(kInference)}};
    for (const Axis &a : axes)
        if (a.size == 0)
            return EvalText::tr("the grid's axis \"%1\" has no value").arg(QLatin1String(a.key));
    for (const Axis &a : axes)
        if (a.twice)
            return EvalText::tr("the grid's axis \"%1\" names a value twice").arg(QLatin1String(a.key));
    for (int k : kInference)
        if (k < 0 || k > 32)
            return EvalText::tr("K at inference must be between 0 and 32, not %1").arg(k);
    return {};
}

QString CellSettings::key() const
{
    return model::strategyName(search) + u'-' + model::criteriaModeName(stage1) + u'-' +
        model::criteriaModeName(stage2);
}

QString CellSettings::label() const
{
    return EvalText::tr("%1, stage 1 %2, stage 2 %3")
        .arg(model::strategyName(search), model::criteriaModeName(stage1), model::criteriaModeName(stage2));
}

QString cellStateKey(CellState s)
{
    switch (s) {
    case CellState::Pending: return QStringLiteral("pending");
    case CellState::Optimizing: return QStringLiteral("optimizing");
    case CellState::Evaluating: return QStringLiteral("evaluating");
    case CellState::Done: return QStringLiteral("done");
    }
    return {};
}

std::optional<CellState> cellStateFromKey(const QString &key)
{
    for (CellState s : {CellState::Pending, CellState::Optimizing, CellState::Evaluating, CellState::Done})
        if (cellStateKey(s) == key)
            return s;
    return std::nullopt;
}

const SystemResult *ExperimentCell::system(Component c, int k) const
{
    if (!hasEvaluation)
        return nullptr;
    for (const SystemResult &s : evaluation.systems)
        if (componentOf(s.spec.method) == c && (c == Component::Prompt || s.spec.k == k))
            return &s;
    return nullptr;
}

int Experiment::doneCells() const
{
    int n = 0;
    for (const ExperimentCell &c : cells)
        n += c.state == CellState::Done ? 1 : 0;
    return n;
}

const ExperimentCell *Experiment::cell(const CellSettings &settings) const
{
    for (const ExperimentCell &c : cells)
        if (c.settings == settings)
            return &c;
    return nullptr;
}

const ExperimentCell *Experiment::referenceCell() const
{
    if (grid.search.isEmpty() || grid.criteriaStage1.isEmpty() || grid.criteriaStage2.isEmpty())
        return nullptr;
    return cell(CellSettings{grid.search.first(), grid.criteriaStage1.first(), grid.criteriaStage2.first()});
}

int Experiment::referenceK() const
{
    if (grid.kInference.contains(input.settings.kInference) || grid.kInference.isEmpty())
        return input.settings.kInference;
    return *std::max_element(grid.kInference.begin(), grid.kInference.end());
}

Experiment newExperiment(const ExperimentGrid &grid, const model::RunInput &input, const QString &inputSource,
    const Benchmark &benchmark, const EvalSettings &evalSettings, const QString &cellsDir)
{
    Experiment e;
    e.grid = grid;
    e.input = input;
    e.inputSource = inputSource;
    e.benchmark = benchmark;
    e.evalSettings = evalSettings;
    for (model::SearchStrategy s : grid.search)
        for (model::CriteriaMode c1 : grid.criteriaStage1)
            for (model::CriteriaMode c2 : grid.criteriaStage2) {
                ExperimentCell cell;
                cell.settings = CellSettings{s, c1, c2};
                const QString base = cellsDir.isEmpty() ? cell.settings.key() : cellsDir + u'/' + cell.settings.key();
                cell.runFile = base + QStringLiteral(".run.json");
                cell.evalFile = base + QStringLiteral(".eval.json");
                e.cells.push_back(cell);
            }
    return e;
}

model::RunInput cellRunInput(const Experiment &experiment, const ExperimentCell &cell)
{
    model::RunInput in = experiment.input;
    in.settings.strategy = cell.settings.search;
    in.settings.criteriaMode = cell.settings.stage2;
    in.settings.stage1CriteriaMode = cell.settings.stage1;
    return in;
}

std::optional<EvalResults> cellEvaluation(
    const Experiment &experiment, const model::RunRecord &run, const QString &runFile, QString *error)
{
    if (run.status != model::RunState::Finished) {
        *error = EvalText::tr("%1: the run has not finished").arg(runFile);
        return std::nullopt;
    }
    EvalResults r;
    r.benchmark = experiment.benchmark;
    r.settings = experiment.evalSettings;
    const QString source = EvalText::tr("%1, best node %2").arg(QFileInfo(runFile).fileName(), run.bestNodeId);
    for (Component c : experiment.grid.components) {
        const QList<int> ks = c == Component::Prompt ? QList<int>{0} : experiment.grid.kInference;
        for (int k : ks) {
            const QString label = c == Component::Prompt ? EvalText::tr("DRPO prompt only")
                : c == Component::Examples               ? EvalText::tr("DRPO examples only, K=%1").arg(k)
                                                         : EvalText::tr("DRPO profile, K=%1").arg(k);
            std::optional<SystemSpec> s =
                makeSystem(componentMethod(c), run.input.models.base, &run.profile, error, k, label);
            if (!s)
                return std::nullopt;
            s->source = source;
            r.systems.push_back(SystemResult{*s, {}, {}});
        }
    }
    return r;
}

Benchmark benchmarkSubset(const Benchmark &benchmark, int n)
{
    if (n <= 0 || n >= benchmark.items.size())
        return benchmark;
    Benchmark b = benchmark;
    b.items.clear();
    const qsizetype size = benchmark.items.size();
    // Item i of n sits at floor(i * size / n): evenly spread, first item included.
    for (int i = 0; i < n; ++i)
        b.items.push_back(benchmark.items[qsizetype(qint64(i) * size / n)]);
    b.name = EvalText::tr("%1 (%2 of %3 items)").arg(benchmark.name).arg(n).arg(size);
    return b;
}

} // namespace drpo::eval
