// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalplan.h"

#include "eval/systemfactory.h"
#include "eval/systemlist.h"

#include <QCoreApplication>

namespace drpo::ui {

namespace {

QString trPlan(const char *text)
{
    return QCoreApplication::translate("drpo::ui::EvalPlan", text);
}

} // namespace

EvalPlan EvalPlan::demo(const eval::Benchmark &benchmark, const model::RunRecord &run)
{
    EvalPlan p;
    p.benchmark = benchmark;
    p.models = run.input.models;
    p.run = &run;
    p.runLabel = trPlan("this run");
    p.seed = run.input.settings.seed;
    return p;
}

std::optional<eval::EvalResults> buildEvaluation(const EvalPlan &plan, QStringList *notes, QString *error)
{
    eval::EvalResults r;
    r.benchmark = plan.benchmark;
    r.settings.models = plan.models;
    r.settings.seed = plan.seed;
    const model::RoleConfig endpoint = plan.run ? plan.run->input.models.base : plan.models.base;

    QList<eval::SystemResult> systems;
    if (plan.startingPrompt || plan.bestProfile) {
        if (!plan.run || plan.run->status != model::RunState::Finished) {
            *error = trPlan("The run's starting prompt and best profile can be evaluated once a run has finished.");
            return std::nullopt;
        }
        QString coreError;
        std::optional<QList<eval::SystemSpec>> specs =
            eval::systemsFromRun(*plan.run, endpoint, plan.runLabel, &coreError);
        if (!specs) {
            *error = coreError;
            return std::nullopt;
        }
        // systemsFromRun gives the starting prompt first, then the best profile.
        for (qsizetype i = 0; i < specs->size(); ++i)
            if ((i == 0 && plan.startingPrompt) || (i == 1 && plan.bestProfile))
                eval::addSystem(systems, eval::SystemResult{specs->at(i), {}, {}});
    }
    const auto add = [&](eval::Method method, const model::RoleConfig &at) {
        QString coreError;
        std::optional<eval::SystemSpec> s = eval::makeSystem(method, at, nullptr, &coreError);
        if (!s) {
            *error = coreError;
            return false;
        }
        eval::addSystem(systems, eval::SystemResult{*s, {}, {}});
        return true;
    };
    if (plan.urial && !add(eval::Method::Urial, endpoint))
        return std::nullopt;
    if (plan.basic && !add(eval::Method::Basic, endpoint))
        return std::nullopt;
    if (plan.instructSim) {
        model::RoleConfig instruct;
        instruct.model = QStringLiteral("sim-instruct");
        if (!add(eval::Method::Basic, instruct))
            return std::nullopt;
    }
    for (const eval::ImportedJudgements &j : plan.imported)
        eval::addSystem(systems, eval::importedSystemOn(r.benchmark, j, notes));
    if (systems.isEmpty()) {
        *error = trPlan("Choose at least one system to evaluate.");
        return std::nullopt;
    }
    if (r.benchmark.items.isEmpty()) {
        *error = trPlan("The benchmark has no items.");
        return std::nullopt;
    }
    r.systems = systems;
    return r;
}

} // namespace drpo::ui
