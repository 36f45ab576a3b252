// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentfile.h"

#include "eval/analysis.h"
#include "eval/evaltext.h"
#include "eval/resultsfile.h"
#include "io/jsonerrors.h"
#include "io/jsonfile.h"

#include <stdexcept>

namespace drpo::eval {

using model::Json;
using model::readOptional;

namespace {

constexpr const char *kFormat = "drpo-experiment";

// The message starts with the JSON pointer, as nlohmann's do, so the error names the field
// and its line.
[[noreturn]] void invalid(const std::string &where, const std::string &what)
{
    throw std::invalid_argument("(" + where + ") " + what);
}

model::SearchStrategy strategyValue(const Json &j, const std::string &where)
{
    const QString name = model::qs(j.get<std::string>());
    bool ok = false;
    const model::SearchStrategy s = model::strategyFromName(name, &ok);
    if (!ok)
        invalid(where, "the search \"" + name.toStdString() + "\" is unknown (beam, greedy or mc)");
    return s;
}

model::CriteriaMode criteriaValue(const Json &j, const std::string &where)
{
    const QString name = model::qs(j.get<std::string>());
    bool ok = false;
    const model::CriteriaMode m = model::criteriaModeFromName(name, &ok);
    if (!ok)
        invalid(where, "the criteria mode \"" + name.toStdString() + "\" is unknown (dynamic or static)");
    return m;
}

Json gridJson(const ExperimentGrid &g)
{
    Json search = Json::array(), c1 = Json::array(), c2 = Json::array(), comps = Json::array();
    for (model::SearchStrategy s : g.search)
        search.push_back(model::strategyName(s));
    for (model::CriteriaMode m : g.criteriaStage1)
        c1.push_back(model::criteriaModeName(m));
    for (model::CriteriaMode m : g.criteriaStage2)
        c2.push_back(model::criteriaModeName(m));
    for (Component c : g.components)
        comps.push_back(componentKey(c));
    return Json{{"search", search}, {"criteria_stage1", c1}, {"criteria_stage2", c2}, {"components", comps},
        {"k_inference", g.kInference}};
}

ExperimentGrid gridFromJson(const Json &j)
{
    ExperimentGrid g;
    g.search.clear();
    g.criteriaStage1.clear();
    g.criteriaStage2.clear();
    g.components.clear();
    for (const Json &s : j.at("search"))
        g.search.push_back(strategyValue(s, "/grid/search"));
    for (const Json &m : j.at("criteria_stage1"))
        g.criteriaStage1.push_back(criteriaValue(m, "/grid/criteria_stage1"));
    for (const Json &m : j.at("criteria_stage2"))
        g.criteriaStage2.push_back(criteriaValue(m, "/grid/criteria_stage2"));
    for (const Json &c : j.at("components")) {
        const QString key = model::qs(c.get<std::string>());
        const std::optional<Component> comp = componentFromKey(key);
        if (!comp)
            invalid("/grid/components",
                "the component \"" + key.toStdString() + "\" is unknown (prompt, examples or both)");
        g.components.push_back(*comp);
    }
    j.at("k_inference").get_to(g.kInference);
    const QString problem = g.validate();
    if (!problem.isEmpty())
        invalid("/grid", problem.toStdString());
    return g;
}

Json cellJson(const ExperimentCell &c)
{
    Json j{{"key", c.settings.key()}, {"search", model::strategyName(c.settings.search)},
        {"criteria_stage1", model::criteriaModeName(c.settings.stage1)},
        {"criteria_stage2", model::criteriaModeName(c.settings.stage2)}, {"state", cellStateKey(c.state)},
        {"run_file", c.runFile}, {"eval_file", c.evalFile}, {"best_reward", c.bestReward},
        {"root_reward", c.rootReward}, {"best_node", c.bestNodeId}};
    if (!c.error.isEmpty())
        j["error"] = c.error;
    if (c.hasEvaluation)
        j["evaluation"] = resultsToJson(c.evaluation, analyze(c.evaluation, c.state == CellState::Done));
    return j;
}

ExperimentCell cellFromJson(const Json &j, const std::string &where)
{
    ExperimentCell c;
    c.settings.search = strategyValue(j.at("search"), where + "/search");
    c.settings.stage1 = criteriaValue(j.at("criteria_stage1"), where + "/criteria_stage1");
    c.settings.stage2 = criteriaValue(j.at("criteria_stage2"), where + "/criteria_stage2");
    const QString state = model::qs(j.at("state").get<std::string>());
    const std::optional<CellState> s = cellStateFromKey(state);
    if (!s)
        invalid(where + "/state",
            "the cell state \"" + state.toStdString() + "\" is unknown (pending, optimizing, evaluating or done)");
    c.state = *s;
    j.at("run_file").get_to(c.runFile);
    j.at("eval_file").get_to(c.evalFile);
    readOptional(j, "best_reward", c.bestReward);
    readOptional(j, "root_reward", c.rootReward);
    readOptional(j, "best_node", c.bestNodeId);
    readOptional(j, "error", c.error);
    if (auto e = j.find("evaluation"); e != j.end()) {
        c.evaluation = e->get<EvalResults>();
        c.hasEvaluation = true;
    }
    if ((c.state == CellState::Evaluating || c.state == CellState::Done) && !c.hasEvaluation)
        invalid(where, "a cell past its optimization needs its \"evaluation\"");
    return c;
}

} // namespace

Json experimentToJson(const Experiment &e)
{
    Json cells = Json::array();
    for (const ExperimentCell &c : e.cells)
        cells.push_back(cellJson(c));
    Json settings{{"na", naPolicyName(e.evalSettings.naPolicy)},
        {"bootstrap",
            Json{{"samples", e.evalSettings.bootstrap.samples}, {"seed", e.evalSettings.bootstrap.seed},
                {"confidence", e.evalSettings.bootstrap.confidence}}},
        {"batch_size", e.evalSettings.batchSize}, {"seed", e.evalSettings.seed}, {"models", e.evalSettings.models}};
    return Json{{"format", kFormat}, {"format_version", Experiment::kFormatVersion}, {"created", e.created},
        {"updated", e.updated}, {"status", e.finished ? "finished" : "running"}, {"input_source", e.inputSource},
        {"grid", gridJson(e.grid)}, {"input", e.input}, {"benchmark", e.benchmark}, {"eval_settings", settings},
        {"cells", cells}};
}

void to_json(Json &j, const Experiment &e)
{
    j = experimentToJson(e);
}

void from_json(const Json &j, Experiment &e)
{
    e = Experiment{};
    readOptional(j, "created", e.created);
    readOptional(j, "updated", e.updated);
    e.finished = j.value("status", std::string()) == "finished";
    readOptional(j, "input_source", e.inputSource);
    e.grid = gridFromJson(j.at("grid"));
    j.at("input").get_to(e.input);
    j.at("benchmark").get_to(e.benchmark);
    // The evaluation settings read exactly as a results file's do.
    EvalResults settingsOnly = Json{{"settings", j.at("eval_settings")}, {"benchmark", Json{{"items", Json::array()}}},
        {"systems", Json::array()}}.get<EvalResults>();
    e.evalSettings = settingsOnly.settings;
    const Json &cells = j.at("cells");
    for (std::size_t i = 0; i < cells.size(); ++i)
        e.cells.push_back(cellFromJson(cells.at(i), "/cells/" + std::to_string(i)));
}

std::optional<Experiment> loadExperiment(const QString &path, io::FileError *error)
{
    std::optional<Experiment> e = io::detail::loadVersioned<Experiment>(
        path, kFormat, Experiment::kFormatVersion, EvalText::tr("experiment"), error);
    if (!e)
        return std::nullopt;
    // Each cell belongs to the grid, once.
    for (qsizetype i = 0; i < e->cells.size(); ++i) {
        const CellSettings &s = e->cells[i].settings;
        const bool inGrid = e->grid.search.contains(s.search) && e->grid.criteriaStage1.contains(s.stage1) &&
            e->grid.criteriaStage2.contains(s.stage2);
        bool twice = false;
        for (qsizetype k = 0; k < i; ++k)
            twice = twice || e->cells[k].settings == s;
        if (!inGrid || twice) {
            io::detail::setError(error,
                io::FileError{path, 0, 0, QStringLiteral("/cells/%1").arg(i),
                    twice ? EvalText::tr("the cell %1 is listed twice.").arg(s.key())
                          : EvalText::tr("the cell %1 is not in the grid.").arg(s.key())});
            return std::nullopt;
        }
    }
    return e;
}

bool saveExperiment(const QString &path, const Experiment &experiment, QString *error)
{
    return io::writeJsonFile(path, experimentToJson(experiment), error);
}

QString fileFormat(const QString &path, io::FileError *error)
{
    const std::optional<Json> j = io::readJsonFile(path, error);
    if (!j || !j->is_object())
        return {};
    const auto f = j->find("format");
    return f != j->end() && f->is_string() ? model::qs(f->get<std::string>()) : QString();
}

} // namespace drpo::eval
