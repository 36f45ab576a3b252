// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/reportcommon.h"

#include "eval/evaltext.h"

#include <QCoreApplication>

#include <algorithm>

namespace drpo::eval::detail {

namespace {} // namespace

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
}

QString signedNumber(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QStringLiteral("–");
    const QString n = QString::number(*v, 'f', decimals);
    return *v >= 0 ? u'+' + n : n;
}

QString interval(const std::optional<Interval> &i, int decimals)
{
    if (!i)
        return {};
    return QStringLiteral("[%1, %2]")
        .arg(QString::number(i->low, 'f', decimals), QString::number(i->high, 'f', decimals));
}

QString meanWithInterval(const AspectStats &s)
{
    if (!s.mean)
        return QStringLiteral("–");
    return s.interval ? number(s.mean) + u' ' + interval(s.interval) : number(s.mean);
}

QString benchmarkLine(const EvalResults &r)
{
    const Benchmark &b = r.benchmark;
    return EvalText::tr("Benchmark: %1, %2 items (%3 regular, %4 safety), from %5.")
        .arg(b.name)
        .arg(b.items.size())
        .arg(b.regularCount())
        .arg(b.safetyCount())
        .arg(b.source);
}

QString judgeLine(const EvalResults &r)
{
    const model::RoleConfig &j = r.settings.models.judge;
    const QString judge = j.isSim() ? QStringLiteral("sim-judge") : (j.model.isEmpty() ? j.kind : j.model);
    return EvalText::tr(
        "Judge: %1, five aspects on regular items (helpfulness, clarity, factuality, depth, engagement) and "
        "safety on safety items, each 1 to 5; avg is the unweighted mean of the six aspect means; length is "
        "the mean answer length in words over the regular items.")
        .arg(judge);
}

QString naLine(const EvalResults &r)
{
    return r.settings.naPolicy == NaPolicy::AsFive
        ? EvalText::tr("N/A verdicts count as 5 (as just-eval counts them).")
        : EvalText::tr(
              "N/A verdicts are left out of the means (not as just-eval counts them: figures are not comparable with "
              "published tables).");
}

QString intervalLine(const EvalResults &r)
{
    const BootstrapSettings &b = r.settings.bootstrap;
    return EvalText::tr(
        "Intervals: %1% percentile bootstrap over items (%2 resamples, seed %3; regular and safety items "
        "resampled separately). Unscored items (verdict unreadable after a retry) are counted, never averaged.")
        .arg(qRound(b.confidence * 100))
        .arg(b.samples)
        .arg(b.seed);
}

QString simulatedNotice()
{
    return EvalText::tr(
        "Simulated: these figures come from DRPO Studio's offline demo world (simulated models and judge), "
        "not from any real model.");
}

namespace {
QStringList tagNames(const Benchmark &b, bool tasks)
{
    QStringList out;
    for (const BenchmarkItem &i : b.items)
        for (const QString &t : tasks ? i.tasks : i.topics)
            if (!out.contains(t))
                out.push_back(t);
    return out;
}
} // namespace

QStringList taskNames(const Benchmark &b)
{
    return tagNames(b, true);
}

QStringList topicNames(const Benchmark &b)
{
    return tagNames(b, false);
}

QStringList weakestItems(const EvalResults &r, const SystemResult &s, int count)
{
    struct Ranked {
        QString id;
        double score;
        int order;
    };
    QList<Ranked> ranked;
    int order = 0;
    for (const BenchmarkItem &b : r.benchmark.items) {
        const auto it = s.items.constFind(b.id);
        ++order;
        if (it == s.items.cend() || !it->isDone())
            continue;
        double sum = 0;
        int n = 0;
        for (const AspectScore &a : it->scores)
            if (const std::optional<double> v = aspectValue(&*it, a.aspect, r.settings.naPolicy)) {
                sum += *v;
                ++n;
            }
        ranked.push_back({b.id, it->state == ItemState::Unscored || n == 0 ? -1.0 : sum / n, order});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score < b.score; });
    QStringList out;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i)
        out.push_back(ranked[i].id);
    return out;
}

} // namespace drpo::eval::detail
