// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaltable.h"

#include "clicommon.h"

namespace drpo::cli {

namespace {

QString fixed(const std::optional<double> &v, int width)
{
    return (v ? QString::number(*v, 'f', 2) : QStringLiteral("-")).rightJustified(width);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("?");
    if (ms < 60'000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + u's';
    return QStringLiteral("%1m%2s").arg(ms / 60'000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void printAspectTable(QTextStream &out, const eval::EvalResults &r, const eval::Analysis &a)
{
    int nameWidth = 6;
    for (const eval::SystemResult &s : r.systems)
        nameWidth = qMax(nameWidth, int(s.spec.name.size()));
    nameWidth = qMin(nameWidth, 48);
    out << QStringLiteral("System").leftJustified(nameWidth)
        << "  Help  Clar  Fact  Dpth  Enga  Safe   Avg  95% CI        "
        << " Len  Items Unsc  vs first" << Qt::endl;
    for (qsizetype i = 0; i < r.systems.size(); ++i) {
        const eval::SystemSummary &s = a.summaries[i];
        out << r.systems[i].spec.name.left(nameWidth).leftJustified(nameWidth);
        for (eval::Aspect asp : eval::kAllAspects)
            out << fixed(s.aspect(asp).mean, 6);
        out << fixed(s.overall.avg, 6) << "  "
            << (s.avgInterval ? QStringLiteral("[%1, %2]")
                                    .arg(QString::number(s.avgInterval->low, 'f', 2),
                                        QString::number(s.avgInterval->high, 'f', 2))
                              : QString())
                   .leftJustified(13)
            << QString::number(s.lengthWords, 'f', 0).rightJustified(5) << QString::number(s.done).rightJustified(7)
            << QString::number(s.unscored).rightJustified(5);
        if (i > 0)
            if (const eval::PairedComparison *c = a.comparison(r.systems[i].spec.name, r.systems[0].spec.name);
                c && c->avgDiff)
                out << "  " << (*c->avgDiff >= 0 ? "+" : "") << formatReward(*c->avgDiff)
                    << (c->avgInterval ? QStringLiteral(" [%1, %2]")
                                             .arg(QString::number(c->avgInterval->low, 'f', 2),
                                                 QString::number(c->avgInterval->high, 'f', 2))
                                       : QString());
        out << Qt::endl;
    }
    out << "N/A " << (r.settings.naPolicy == eval::NaPolicy::AsFive ? "counted as 5" : "left out of the means")
        << "; avg = mean of the six aspect means; Len = mean words of the regular answers; CI = "
        << qRound(r.settings.bootstrap.confidence * 100) << "% bootstrap over items (seed " << r.settings.bootstrap.seed
        << ")." << Qt::endl;
    if (r.simulated())
        out << "Simulated: every figure above comes from the offline demo world, not from a real model." << Qt::endl;
}

QString progressLine(const eval::EvalProgress &p)
{
    return QStringLiteral("batch %1/%2  items %3/%4  calls %5 (cache %6)  tokens %7%8  elapsed %9  eta %10")
        .arg(p.batch)
        .arg(p.batches)
        .arg(p.done)
        .arg(p.total)
        .arg(p.calls)
        .arg(p.cacheHits)
        .arg(formatTokens(p.tokens))
        .arg(p.costUsd > 0 ? QStringLiteral("  $%1").arg(p.costUsd, 0, 'f', 4) : QString())
        .arg(duration(p.elapsedMs), duration(p.etaMs));
}

QString forecastLine(const eval::EvalForecast &f)
{
    QString line = QStringLiteral("Forecast: %1 calls (%2 to generate, %3 to judge), about %4 tokens")
                       .arg(f.calls())
                       .arg(f.generateCalls)
                       .arg(f.judgeCalls)
                       .arg(formatTokens(f.promptTokens + f.completionTokens));
    if (f.simulated)
        line += QStringLiteral(", $0 (simulated models)");
    else
        line += QStringLiteral(", at most $%1%2")
                    .arg(f.costUsd, 0, 'f', 2)
                    .arg(f.allPricesKnown ? QString() : QStringLiteral(" (some models have no price and count as $0)"));
    return line + QStringLiteral("; an upper bound: cached answers cost nothing.");
}

} // namespace drpo::cli
