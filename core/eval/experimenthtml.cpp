// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentreport.h"

#include "eval/evaltext.h"
#include "eval/reportcommon.h"

#include <QCoreApplication>

#include <cmath>

namespace drpo::eval {

using namespace detail;

namespace {

// Every text from a file or a model goes through here: the report must never run anything.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kColours[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"};

QString colour(qsizetype i)
{
    return QString::fromLatin1(kColours[i % 8]);
}

QString shaded(const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("<td class=\"num\">–</td>");
    const int hue = int(qBound(0.0, (*v - 1.0) / 4.0, 1.0) * 120.0);
    return QStringLiteral("<td class=\"num\" style=\"background:hsl(%1,65%,88%)\">%2</td>").arg(hue).arg(number(v));
}

QString table(const ExperimentTable &t)
{
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p><table><tr><th>%3</th>")
                      .arg(esc(t.title), esc(t.caption), esc(EvalText::tr("Setting")));
    for (Aspect a : kAllAspects)
        out += QStringLiteral("<th>%1</th>").arg(esc(aspectLabel(a)));
    out += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(esc(EvalText::tr("Avg")), esc(EvalText::tr("95% CI")), esc(EvalText::tr("Length")),
                   esc(EvalText::tr("Reward")));
    for (const ExperimentRow &r : t.rows) {
        out += QStringLiteral("<tr><td title=\"%1\">%2</td>").arg(esc(r.system), esc(r.label));
        for (int x = 0; x < kAspectCount; ++x)
            out += shaded(r.aspects[x]);
        out += shaded(r.avg) +
            QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td><td "
                           "class=\"num\">%3</td></tr>")
                .arg(esc(interval(r.avgInterval)),
                    r.system.isEmpty() ? QStringLiteral("–") : QString::number(r.lengthWords, 'f', 1),
                    number(r.reward));
    }
    return out + QStringLiteral("</table>");
}

// Avg against K: one polyline per series, the y axis fitted to the values (a curve spans a
// few tenths), points with their values as tooltips.
QString curveSvg(const KCurve &c)
{
    double lo = 5, hi = 1;
    for (const KCurveSeries &s : c.series)
        for (const std::optional<double> &v : s.avg)
            if (v) {
                lo = qMin(lo, *v);
                hi = qMax(hi, *v);
            }
    if (lo > hi) {
        lo = 1;
        hi = 5;
    }
    lo = qMax(1.0, std::floor(lo * 10 - 1) / 10);
    hi = qMin(5.0, std::ceil(hi * 10 + 1) / 10);
    if (hi - lo < 0.2)
        hi = lo + 0.2;
    const double width = 640, height = 300, left = 50, right = 20, top = 15, bottom = 40;
    const double plotW = width - left - right, plotH = height - top - bottom;
    const qsizetype n = c.ks.size();
    // K on a linear scale, so 0, 1, 3, 5 are spaced as the numbers are.
    const int kMin = n > 0 ? c.ks.first() : 0, kMax = n > 0 ? c.ks.last() : 0;
    auto x = [&](qsizetype i) {
        return left + (kMax > kMin ? plotW * double(c.ks[i] - kMin) / double(kMax - kMin) : plotW / 2);
    };
    auto y = [&](double v) { return top + plotH * (1.0 - (v - lo) / (hi - lo)); };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                                 "aria-label=\"%3\" style=\"max-width:%1px\">")
                      .arg(width)
                      .arg(height)
                      .arg(esc(EvalText::tr("Avg against K")));
    for (int t = 0; t <= 4; ++t) {
        const double v = lo + (hi - lo) * t / 4.0;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#ddd\"/><text x=\"%4\" y=\"%5\" "
                              "font-size=\"11\" text-anchor=\"end\">%6</text>")
                   .arg(left)
                   .arg(width - right)
                   .arg(y(v))
                   .arg(left - 6)
                   .arg(y(v) + 4)
                   .arg(v, 0, 'f', 2);
    }
    for (qsizetype i = 0; i < n; ++i)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"middle\">K=%3</text>")
                   .arg(x(i))
                   .arg(height - bottom + 18)
                   .arg(c.ks[i]);
    for (qsizetype s = 0; s < c.series.size(); ++s) {
        const KCurveSeries &series = c.series[s];
        QString points;
        for (qsizetype i = 0; i < n; ++i)
            if (const std::optional<double> v = series.avg.value(i)) {
                points += QStringLiteral("%1,%2 ").arg(x(i)).arg(y(*v));
                svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"><title>%4, K=%5: %6</title>"
                                      "</circle>")
                           .arg(x(i))
                           .arg(y(*v))
                           .arg(colour(s), esc(series.name))
                           .arg(c.ks[i])
                           .arg(number(v));
            }
        svg += QStringLiteral("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%1\" points=\"%2\"/>")
                   .arg(colour(s), points.trimmed());
    }
    svg += QStringLiteral("</svg><p>");
    for (qsizetype s = 0; s < c.series.size(); ++s)
        svg +=
            QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2 &nbsp; ").arg(colour(s), esc(c.series[s].name));
    return svg + QStringLiteral("</p>");
}

} // namespace

QString experimentHtml(const Experiment &e, const ExperimentTables &t)
{
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title><style>"
        "body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:4px 8px;"
        "vertical-align:top}th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}"
        ".sim{background:#fff6d5;padding:.5em 1em;border-left:4px solid #e0b000}</style></head><body>")
                      .arg(esc(EvalText::tr("Experiment: %1").arg(e.inputSource)));
    out += QStringLiteral("<h1>%1</h1>").arg(esc(EvalText::tr("Experiment: %1").arg(e.inputSource)));
    if (e.evalSettings.models.judge.isSim() || e.input.models.allSim())
        out += QStringLiteral("<p class=\"sim\"><b>%1</b></p>").arg(esc(simulatedNotice()));
    if (!e.finished)
        out += QStringLiteral("<p class=\"sim\">%1</p>")
                   .arg(esc(EvalText::tr("Incomplete: %1 of %2 cells are done; resume with drpo ablate --resume.")
                                .arg(e.doneCells())
                                .arg(e.cells.size())));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(EvalText::tr(
                   "Benchmark: %1 (%2 items, %3 safety). N/A %4. Each cell is one DRPO run; its profile is "
                   "evaluated as prompt only, examples only or both.")
                            .arg(e.benchmark.name)
                            .arg(e.benchmark.items.size())
                            .arg(e.benchmark.safetyCount())
                            .arg(naPolicyName(e.evalSettings.naPolicy))));
    for (const ExperimentTable &each : t.tables)
        out += table(each);
    if (t.curve) {
        out += QStringLiteral("<h2>%1</h2>").arg(esc(EvalText::tr("Avg against K (Figure 4)")));
        out += curveSvg(*t.curve);
    }
    return out + QStringLiteral("</body></html>\n");
}

} // namespace drpo::eval
