// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentforecast.h"

namespace drpo::eval {

ExperimentForecast forecastExperiment(const Experiment &e, const llm::PriceTable &prices)
{
    ExperimentForecast f;
    f.simulated = e.input.models.allSim() && !e.input.models.anyRealEndpoint() && e.evalSettings.models.judge.isSim();
    for (const ExperimentCell &cell : e.cells) {
        if (cell.state == CellState::Done)
            continue;
        EvalResults plan;
        if (cell.hasEvaluation) {
            plan = cell.evaluation;
        } else {
            ++f.cellsToOptimize;
            const model::RunInput in = cellRunInput(e, cell);
            const llm::CostForecast run = llm::forecast(
                in.models, in.settings, int(in.queries.training().size()), int(in.seedExamples.size()), prices);
            f.runCalls += run.totalCalls;
            f.runCostUsd += run.totalCostUsd;
            f.allPricesKnown = f.allPricesKnown && run.allPricesKnown;
            // The profile's stand-in: same endpoint, prompt and examples as the run starts with.
            model::RunRecord standIn;
            standIn.input = in;
            standIn.status = model::RunState::Finished;
            standIn.profile.systemPrompt = in.settings.rootPrompt;
            standIn.profile.examples = in.seedExamples;
            standIn.profile.k = in.settings.kInference;
            QString ignored;
            if (std::optional<EvalResults> p = cellEvaluation(e, standIn, cell.runFile, &ignored))
                plan = *p;
        }
        ++f.cellsToEvaluate;
        const EvalForecast ev = forecastEvaluation(plan, prices);
        f.evaluation.generateCalls += ev.generateCalls;
        f.evaluation.judgeCalls += ev.judgeCalls;
        f.evaluation.promptTokens += ev.promptTokens;
        f.evaluation.completionTokens += ev.completionTokens;
        f.evaluation.costUsd += ev.costUsd;
        f.evaluation.allPricesKnown = f.evaluation.allPricesKnown && ev.allPricesKnown;
        f.evaluation.simulated = f.evaluation.simulated && ev.simulated;
        f.allPricesKnown = f.allPricesKnown && ev.allPricesKnown;
    }
    return f;
}

} // namespace drpo::eval
