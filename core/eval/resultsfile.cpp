// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/resultsfile.h"

#include "eval/evaltext.h"
#include "io/jsonerrors.h"
#include "io/jsonfile.h"

#include <QSet>

#include <cmath>

namespace drpo::eval {

using model::Json;
using model::readOptional;

namespace {

constexpr const char *kFormat = "drpo-eval-results";

// Four decimals: the figures read cleanly and nothing a table shows is lost.
double rounded(double v)
{
    return std::round(v * 1e4) / 1e4;
}

Json intervalJson(const std::optional<Interval> &i)
{
    return i ? Json::array({rounded(i->low), rounded(i->high)}) : Json();
}

Json meanJson(const std::optional<double> &v)
{
    return v ? Json(rounded(*v)) : Json();
}

Json groupJson(const GroupMeans &g)
{
    Json aspects = Json::object();
    for (Aspect a : kAllAspects)
        if (g.aspects[int(a)].mean)
            aspects[aspectKey(a).toStdString()] = rounded(*g.aspects[int(a)].mean);
    return Json{{"aspects", aspects}, {"avg", meanJson(g.avg)}, {"items", g.items}};
}

Json groupsJson(const QMap<QString, GroupMeans> &groups)
{
    Json out = Json::object();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out[it.key().toStdString()] = groupJson(*it);
    return out;
}

Json systemJson(const EvalResults &r, const SystemResult &s, const SystemSummary &sum)
{
    Json j = s.spec;
    Json aspects = Json::object();
    Json intervals = Json::object();
    Json na = Json::object();
    for (Aspect a : kAllAspects) {
        const AspectStats &st = sum.aspect(a);
        const std::string key = aspectKey(a).toStdString();
        aspects[key] = meanJson(st.mean);
        if (st.interval)
            intervals[key] = intervalJson(st.interval);
        na[key] = st.na;
    }
    if (sum.avgInterval)
        intervals["avg"] = intervalJson(sum.avgInterval);
    j["aspects"] = aspects;
    j["avg"] = meanJson(sum.overall.avg);
    j["length_words"] = rounded(sum.lengthWords);
    j["items"] = sum.done;
    j["judged"] = sum.judged;
    j["unscored"] = sum.unscored;
    j["pending"] = (s.spec.generates() ? sum.total : int(s.items.size())) - sum.done;
    j["na"] = na;
    j["intervals"] = intervals;
    j["by_task"] = groupsJson(sum.byTask);
    j["by_topic"] = groupsJson(sum.byTopic);
    j["usage"] = s.usage;
    Json items = Json::array();
    // Benchmark order, so the file reads like the benchmark and diffs cleanly.
    for (const BenchmarkItem &b : r.benchmark.items)
        if (const auto it = s.items.constFind(b.id); it != s.items.cend())
            items.push_back(*it);
    j["per_item"] = items;
    return j;
}

Json comparisonJson(const PairedComparison &c)
{
    Json aspects = Json::object();
    for (Aspect a : kAllAspects) {
        const AspectDifference &d = c.aspects[int(a)];
        if (!d.diff)
            continue;
        aspects[aspectKey(a).toStdString()] = Json{{"diff", rounded(*d.diff)}, {"interval", intervalJson(d.interval)},
            {"pairs", d.pairs}, {"win", d.wins}, {"tie", d.ties}, {"loss", d.losses}};
    }
    return Json{{"a", c.a}, {"b", c.b}, {"items", c.items},
        {"avg", Json{{"diff", meanJson(c.avgDiff)}, {"interval", intervalJson(c.avgInterval)}}}, {"aspects", aspects}};
}

} // namespace

Json resultsToJson(const EvalResults &r, const Analysis &analysis)
{
    Json systems = Json::array();
    for (qsizetype i = 0; i < r.systems.size(); ++i)
        systems.push_back(systemJson(r, r.systems[i], analysis.summaries.value(i)));
    Json comparisons = Json::array();
    for (const PairedComparison &c : analysis.comparisons)
        comparisons.push_back(comparisonJson(c));
    const EvalSettings &s = r.settings;
    return Json{{"format", kFormat}, {"format_version", EvalResults::kFormatVersion}, {"created", r.created},
        {"updated", r.updated}, {"status", r.finished ? "finished" : "running"}, {"simulated", r.simulated()},
        {"settings",
            Json{{"na", naPolicyName(s.naPolicy)},
                {"bootstrap",
                    Json{{"samples", s.bootstrap.samples}, {"seed", s.bootstrap.seed},
                        {"confidence", s.bootstrap.confidence}}},
                {"batch_size", s.batchSize}, {"seed", s.seed}, {"models", s.models}}},
        {"benchmark", r.benchmark}, {"systems", systems}, {"comparisons", comparisons},
        {"usage", Json{{"judge", r.judgeUsage}}}};
}

// Reads the inputs and verdicts back; derived figures are ignored (analyze() recomputes them).
void from_json(const Json &j, EvalResults &r)
{
    r = EvalResults{};
    readOptional(j, "created", r.created);
    readOptional(j, "updated", r.updated);
    r.finished = j.value("status", std::string()) == "finished";
    const Json &s = j.at("settings");
    const QString na = model::qs(s.value("na", std::string("as-5")));
    const std::optional<NaPolicy> policy = naPolicyFromName(na);
    if (!policy)
        throw std::invalid_argument("the N/A policy \"" + na.toStdString() + "\" is unknown (as-5 or exclude)");
    r.settings.naPolicy = *policy;
    if (auto b = s.find("bootstrap"); b != s.end()) {
        readOptional(*b, "samples", r.settings.bootstrap.samples);
        readOptional(*b, "seed", r.settings.bootstrap.seed);
        readOptional(*b, "confidence", r.settings.bootstrap.confidence);
    }
    // Checked here, not where they are used: a hand-edited file must not make `drpo report`
    // run for hours (samples) or read outside the replicates (a confidence outside 0..1).
    const BootstrapSettings &boot = r.settings.bootstrap;
    // "(pointer) message": errorFromException turns the pointer into the error's field and line.
    if (boot.samples < 0 || boot.samples > kMaxBootstrapSamples)
        throw std::invalid_argument("(/settings/bootstrap/samples) the number of bootstrap resamples is " +
            std::to_string(boot.samples) + " but must be between 0 and " + std::to_string(kMaxBootstrapSamples) + ".");
    if (!(boot.confidence > 0.0 && boot.confidence < 1.0))
        throw std::invalid_argument("(/settings/bootstrap/confidence) the confidence is " +
            QString::number(boot.confidence).toStdString() + " but must be between 0 and 1 (0.95 for 95% intervals).");
    readOptional(s, "batch_size", r.settings.batchSize);
    readOptional(s, "seed", r.settings.seed);
    readOptional(s, "models", r.settings.models);
    j.at("benchmark").get_to(r.benchmark);
    for (const Json &js : j.at("systems")) {
        SystemResult sr;
        sr.spec = js.get<SystemSpec>();
        readOptional(js, "usage", sr.usage);
        if (auto items = js.find("per_item"); items != js.end())
            for (const Json &ji : *items) {
                ItemResult item = ji.get<ItemResult>();
                sr.items.insert(item.id, item);
            }
        r.systems.push_back(sr);
    }
    if (auto u = j.find("usage"); u != j.end())
        readOptional(*u, "judge", r.judgeUsage);
}

std::optional<EvalResults> loadResults(const QString &path, io::FileError *error)
{
    std::optional<EvalResults> r = io::detail::loadVersioned<EvalResults>(
        path, kFormat, EvalResults::kFormatVersion, EvalText::tr("evaluation results"), error);
    if (!r)
        return std::nullopt;
    // Verdicts must belong to the benchmark and systems must be told apart by name.
    QSet<QString> names;
    for (qsizetype i = 0; i < r->systems.size(); ++i) {
        const SystemResult &s = r->systems[i];
        const QString field = QStringLiteral("/systems/%1").arg(i);
        if (names.contains(s.spec.name)) {
            io::detail::setError(error,
                io::FileError{
                    path, 0, 0, field + u"/name", EvalText::tr("two systems are named \"%1\".").arg(s.spec.name)});
            return std::nullopt;
        }
        names.insert(s.spec.name);
        for (const ItemResult &item : s.items)
            if (!r->benchmark.find(item.id)) {
                io::detail::setError(error,
                    io::FileError{path, 0, 0, field + u"/per_item",
                        EvalText::tr("the item \"%1\" is not in the benchmark.").arg(item.id)});
                return std::nullopt;
            }
    }
    return r;
}

bool saveResults(const QString &path, const EvalResults &results, const Analysis &analysis, QString *error)
{
    return io::writeJsonFile(path, resultsToJson(results, analysis), error);
}

} // namespace drpo::eval
