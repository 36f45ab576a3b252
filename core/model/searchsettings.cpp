// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/searchsettings.h"

#include "model/modeltext.h"

#include <QCoreApplication>

namespace drpo::model {

QString SearchSettings::validate() const
{
    if (beamWidth < 1 || beamWidth > 64)
        return ModelText::tr("beam width must be between 1 and 64");
    if (actions < 1 || actions > 16)
        return ModelText::tr("actions per node must be between 1 and 16");
    if (depth < 0 || depth > 200)
        return ModelText::tr("depth must be between 0 and 200");
    if (maxExtension < 0 || maxExtension > 100)
        return ModelText::tr("depth extension must be between 0 and 100");
    if (batchSize < 1 || batchSize > 256)
        return ModelText::tr("batch size must be between 1 and 256");
    if (kOptimize < 0 || kOptimize > 32 || kInference < 0 || kInference > 32)
        return ModelText::tr("K must be between 0 and 32");
    if (stage1Rounds < 1 || stage1Rounds > 50)
        return ModelText::tr("stage-1 rounds must be between 1 and 50");
    if (minCriteria < 1 || maxCriteria < minCriteria)
        return ModelText::tr("criteria count bounds are inconsistent");
    if (validationSize < 0)
        return ModelText::tr("validation size cannot be negative");
    return {};
}

QString strategyName(SearchStrategy s)
{
    switch (s) {
    case SearchStrategy::Beam: return QStringLiteral("beam");
    case SearchStrategy::Greedy: return QStringLiteral("greedy");
    case SearchStrategy::MonteCarlo: return QStringLiteral("mc");
    }
    return {};
}

SearchStrategy strategyFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == u"beam")
        return SearchStrategy::Beam;
    if (s == u"greedy")
        return SearchStrategy::Greedy;
    if (s == u"mc" || s == u"montecarlo")
        return SearchStrategy::MonteCarlo;
    if (ok)
        *ok = false;
    return SearchStrategy::Beam;
}

QString rankingName(Ranking r)
{
    return r == Ranking::Last ? QStringLiteral("last") : QStringLiteral("path");
}

QString stagesName(Stages s)
{
    switch (s) {
    case Stages::Icl: return QStringLiteral("icl");
    case Stages::Prompt: return QStringLiteral("prompt");
    case Stages::All: return QStringLiteral("all");
    }
    return {};
}

Stages stagesFromName(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == u"icl")
        return Stages::Icl;
    if (s == u"prompt")
        return Stages::Prompt;
    if (s == u"all")
        return Stages::All;
    if (ok)
        *ok = false;
    return Stages::All;
}

void to_json(Json &j, const SearchSettings &s)
{
    j = Json{{"seed", s.seed}, {"stages", stagesName(s.stages)}, {"strategy", strategyName(s.strategy)},
        {"ranking", rankingName(s.ranking)}, {"criteria_mode", criteriaModeName(s.criteriaMode)},
        {"beam_width", s.beamWidth}, {"actions", s.actions}, {"depth", s.depth}, {"max_extension", s.maxExtension},
        {"skip_threshold", s.skipThreshold}, {"batch_size", s.batchSize}, {"k_optimize", s.kOptimize},
        {"k_inference", s.kInference}, {"lineage_length", s.lineageLength}, {"max_bullets", s.maxBullets},
        {"max_new_bullets", s.maxNewBullets}, {"dedup", s.dedup}, {"validation_size", s.validationSize},
        {"stage1_rounds", s.stage1Rounds}, {"min_criteria", s.minCriteria}, {"max_criteria", s.maxCriteria},
        {"stage1_min_criteria", s.stage1MinCriteria}, {"stage1_max_criteria", s.stage1MaxCriteria},
        {"root_prompt", s.rootPrompt}};
    if (s.stage1CriteriaMode)
        j["stage1_criteria_mode"] = criteriaModeName(*s.stage1CriteriaMode);
}

void from_json(const Json &j, SearchSettings &s)
{
    s = SearchSettings{};
    readOptional(j, "seed", s.seed);
    QString text;
    if (j.contains("stages")) {
        j.at("stages").get_to(text);
        s.stages = stagesFromName(text);
    }
    if (j.contains("strategy")) {
        j.at("strategy").get_to(text);
        s.strategy = strategyFromName(text);
    }
    if (j.contains("ranking")) {
        j.at("ranking").get_to(text);
        s.ranking = text == u"last" ? Ranking::Last : Ranking::PathMean;
    }
    if (j.contains("criteria_mode")) {
        j.at("criteria_mode").get_to(text);
        s.criteriaMode = criteriaModeFromName(text);
    }
    if (j.contains("stage1_criteria_mode")) {
        j.at("stage1_criteria_mode").get_to(text);
        s.stage1CriteriaMode = criteriaModeFromName(text);
    }
    readOptional(j, "beam_width", s.beamWidth);
    readOptional(j, "actions", s.actions);
    readOptional(j, "depth", s.depth);
    readOptional(j, "max_extension", s.maxExtension);
    readOptional(j, "skip_threshold", s.skipThreshold);
    readOptional(j, "batch_size", s.batchSize);
    readOptional(j, "k_optimize", s.kOptimize);
    readOptional(j, "k_inference", s.kInference);
    readOptional(j, "lineage_length", s.lineageLength);
    readOptional(j, "max_bullets", s.maxBullets);
    readOptional(j, "max_new_bullets", s.maxNewBullets);
    readOptional(j, "dedup", s.dedup);
    readOptional(j, "validation_size", s.validationSize);
    readOptional(j, "stage1_rounds", s.stage1Rounds);
    readOptional(j, "min_criteria", s.minCriteria);
    readOptional(j, "max_criteria", s.maxCriteria);
    readOptional(j, "stage1_min_criteria", s.stage1MinCriteria);
    readOptional(j, "stage1_max_criteria", s.stage1MaxCriteria);
    readOptional(j, "root_prompt", s.rootPrompt);
}

} // namespace drpo::model
