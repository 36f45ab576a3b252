// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputoptions.h"

#include "io/projectfile.h"

namespace drpo::cli {

namespace {

struct IntOption {
    const char *name;
    int model::SearchSettings::*field;
    int min;
    int max;
};

const IntOption kIntOptions[] = {
    {"beam", &model::SearchSettings::beamWidth, 1, 64},
    {"actions", &model::SearchSettings::actions, 1, 16},
    {"depth", &model::SearchSettings::depth, 0, 200},
    {"batch", &model::SearchSettings::batchSize, 1, 256},
    {"k", &model::SearchSettings::kOptimize, 0, 32},
    {"k-inference", &model::SearchSettings::kInference, 0, 32},
    {"rounds", &model::SearchSettings::stage1Rounds, 1, 50},
    {"validation", &model::SearchSettings::validationSize, 0, 10000},
    {"max-extension", &model::SearchSettings::maxExtension, 0, 100},
};

} // namespace

void addSearchOptions(QCommandLineParser &p, bool gridAxes)
{
    p.addOption({QStringLiteral("demo"), QStringLiteral("Use the bundled offline demo project (simulated models).")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed (default: the project's, 42)."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("stage"), QStringLiteral("Which stages to run: icl, prompt or all."), QStringLiteral("STAGE")});
    p.addOption({QStringLiteral("beam"), QStringLiteral("Beam width W (reference 2)."), QStringLiteral("W")});
    p.addOption({QStringLiteral("actions"), QStringLiteral("New prompts per expanded node A (reference 3)."),
        QStringLiteral("A")});
    p.addOption({QStringLiteral("depth"), QStringLiteral("Search depth D (reference 20)."), QStringLiteral("D")});
    p.addOption({QStringLiteral("max-extension"), QStringLiteral("Extra levels the skip rule may add (reference 10)."),
        QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("batch"), QStringLiteral("Training queries per level b (reference 1)."), QStringLiteral("b")});
    p.addOption({QStringLiteral("k"),
        QStringLiteral("ICL examples retrieved per query while optimizing (reference 2)."), QStringLiteral("K")});
    if (!gridAxes)
        p.addOption({QStringLiteral("k-inference"),
            QStringLiteral("ICL examples retrieved when the profile answers (reference 3)."), QStringLiteral("K")});
    p.addOption(
        {QStringLiteral("rounds"), QStringLiteral("Stage-1 rounds per example T (reference 5)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("validation"),
        QStringLiteral("Held-out queries that re-score the final beam when the project flags none."),
        QStringLiteral("N")});
    if (!gridAxes)
        p.addOption({QStringLiteral("search"), QStringLiteral("Search strategy: beam, greedy or mc."),
            QStringLiteral("STRATEGY")});
    p.addOption({QStringLiteral("ranking"),
        QStringLiteral("Rank by the mean reward along the path (path) or the last level's (last)."),
        QStringLiteral("RANKING")});
    if (!gridAxes)
        p.addOption({QStringLiteral("criteria"),
            QStringLiteral("Criteria mode: dynamic (per query) or static (all enabled)."), QStringLiteral("MODE")});
    p.addOption({QStringLiteral("no-dedup"), QStringLiteral("Keep identical prompt proposals.")});
    p.addOption({QStringLiteral("sim-latency-ms"), QStringLiteral("Simulated latency per call of the demo models."),
        QStringLiteral("MS")});
}

QString applySearchOptions(const QCommandLineParser &p, model::SearchSettings &s, bool gridAxes)
{
    for (const IntOption &o : kIntOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (gridAxes && name == u"k-inference")
            continue;
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < o.min || v > o.max)
            return QStringLiteral("--%1 expects a whole number from %2 to %3, not \"%4\"")
                .arg(name)
                .arg(o.min)
                .arg(o.max)
                .arg(p.value(name));
        s.*(o.field) = v;
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        s.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return QStringLiteral("--seed expects a non-negative whole number, not \"%1\"")
                .arg(p.value(QStringLiteral("seed")));
    }
    bool ok = true;
    if (p.isSet(QStringLiteral("stage")))
        s.stages = model::stagesFromName(p.value(QStringLiteral("stage")), &ok);
    if (!ok)
        return QStringLiteral("--stage expects icl, prompt or all");
    if (!gridAxes && p.isSet(QStringLiteral("search")))
        s.strategy = model::strategyFromName(p.value(QStringLiteral("search")), &ok);
    if (!ok)
        return QStringLiteral("--search expects beam, greedy or mc");
    if (!gridAxes && p.isSet(QStringLiteral("criteria")))
        s.criteriaMode = model::criteriaModeFromName(p.value(QStringLiteral("criteria")), &ok);
    if (!ok)
        return QStringLiteral("--criteria expects dynamic or static");
    if (p.isSet(QStringLiteral("ranking"))) {
        const QString r = p.value(QStringLiteral("ranking"));
        if (r != u"path" && r != u"last")
            return QStringLiteral("--ranking expects path or last");
        s.ranking = r == u"last" ? model::Ranking::Last : model::Ranking::PathMean;
    }
    if (p.isSet(QStringLiteral("no-dedup")))
        s.dedup = false;
    return s.validate();
}

std::optional<model::Project> loadInputProject(const QCommandLineParser &p, QString *error)
{
    io::FileError fe;
    std::optional<model::Project> project;
    if (p.isSet(QStringLiteral("demo"))) {
        if (!p.positionalArguments().isEmpty()) {
            *error = QStringLiteral("give either --demo or a project file, not both");
            return std::nullopt;
        }
        project = io::loadDemoProject(&fe);
    } else if (p.positionalArguments().size() == 1) {
        project = io::loadProject(p.positionalArguments().first(), &fe);
    } else {
        *error = p.positionalArguments().isEmpty()
            ? QStringLiteral("say what to optimize: --demo, a PROJECT.drpo file, or --resume RUN.json")
            : QStringLiteral("expected one project file, got %1 arguments").arg(p.positionalArguments().size());
        return std::nullopt;
    }
    if (!project) {
        *error = fe.toString();
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("sim-latency-ms"))) {
        bool ok = false;
        const int ms = p.value(QStringLiteral("sim-latency-ms")).toInt(&ok);
        if (!ok || ms < 0 || ms > 60'000) {
            *error = QStringLiteral("--sim-latency-ms expects milliseconds from 0 to 60000");
            return std::nullopt;
        }
        project->models.simLatencyMs = ms;
    }
    return project;
}

} // namespace drpo::cli
