// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaltext.h"
#include "eval/reportcommon.h"
#include "eval/reportwriter.h"

#include <QCoreApplication>

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

// A cell shaded from red (1) through yellow to green (5), so a table reads at a glance.
QString shaded(const std::optional<double> &v, const QString &text)
{
    if (!v)
        return QStringLiteral("<td class=\"num\">–</td>");
    const double t = qBound(0.0, (*v - 1.0) / 4.0, 1.0);
    const int hue = int(t * 120.0);
    return QStringLiteral("<td class=\"num\" style=\"background:hsl(%1,65%,88%)\">%2</td>").arg(hue).arg(text);
}

// Grouped bars: one group per aspect plus avg, one bar per system, bootstrap whiskers.
QString barChart(const EvalResults &r, const Analysis &a)
{
    const int groups = kAspectCount + 1;
    const double width = 780, height = 300, left = 40, bottom = 40, top = 15;
    const double plotW = width - left - 10, plotH = height - top - bottom;
    const double groupW = plotW / groups;
    const qsizetype n = qMax<qsizetype>(1, r.systems.size());
    const double barW = groupW * 0.8 / double(n);
    auto y = [&](double v) { return top + plotH * (1.0 - v / 5.0); };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                                 "aria-label=\"%3\">")
                      .arg(width)
                      .arg(height)
                      .arg(esc(EvalText::tr("Aspect means per system")));
    for (int v = 0; v <= 5; ++v)
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#ddd\"/><text x=\"%4\" y=\"%5\" "
                              "font-size=\"11\" text-anchor=\"end\">%6</text>")
                   .arg(left)
                   .arg(width - 10)
                   .arg(y(v))
                   .arg(left - 6)
                   .arg(y(v) + 4)
                   .arg(v);
    for (int g = 0; g < groups; ++g) {
        const QString label = g < kAspectCount ? aspectLabel(kAllAspects[g]) : EvalText::tr("Avg");
        const double gx = left + g * groupW;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"middle\">%3</text>")
                   .arg(gx + groupW / 2)
                   .arg(height - bottom + 18)
                   .arg(esc(label));
        for (qsizetype i = 0; i < r.systems.size(); ++i) {
            const SystemSummary &s = a.summaries[i];
            const std::optional<double> mean = g < kAspectCount ? s.overall.aspects[g].mean : s.overall.avg;
            const std::optional<Interval> ci = g < kAspectCount ? s.overall.aspects[g].interval : s.avgInterval;
            if (!mean)
                continue;
            const double x = gx + groupW * 0.1 + double(i) * barW;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title>"
                                  "</rect>")
                       .arg(x)
                       .arg(y(*mean))
                       .arg(qMax(1.0, barW - 2))
                       .arg(y(0) - y(*mean))
                       .arg(colour(i), esc(r.systems[i].spec.name), number(mean));
            if (ci) {
                const double cx = x + (barW - 2) / 2;
                svg += QStringLiteral(
                    "<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#222\" stroke-width=\"1.2\"/>")
                           .arg(cx)
                           .arg(y(ci->low))
                           .arg(y(ci->high));
            }
        }
    }
    svg += QStringLiteral("</svg>");
    QString legend = QStringLiteral("<p class=\"legend\">");
    for (qsizetype i = 0; i < r.systems.size(); ++i)
        legend += QStringLiteral("<span><i style=\"background:%1\"></i>%2</span>")
                      .arg(colour(i), esc(r.systems[i].spec.name));
    legend += QStringLiteral("</p>");
    return QStringLiteral("<figure>") + svg + legend + QStringLiteral("</figure>");
}

void groupTable(QString &out, const EvalResults &r, const Analysis &a, const QStringList &names, bool tasks)
{
    if (names.isEmpty())
        return;
    out += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th>")
               .arg(esc(tasks ? EvalText::tr("Avg by task") : EvalText::tr("Avg by topic")),
                   esc(tasks ? EvalText::tr("Task") : EvalText::tr("Topic")));
    for (const SystemResult &s : r.systems)
        out += QStringLiteral("<th>%1</th>").arg(esc(s.spec.name));
    out += QStringLiteral("<th>%1</th></tr>").arg(esc(EvalText::tr("Items")));
    for (const QString &name : names) {
        out += QStringLiteral("<tr><td>%1</td>").arg(esc(name));
        int items = 0;
        for (qsizetype i = 0; i < r.systems.size(); ++i) {
            const GroupMeans g = (tasks ? a.summaries[i].byTask : a.summaries[i].byTopic).value(name);
            out += shaded(g.avg, number(g.avg));
            items = qMax(items, g.items);
        }
        out += QStringLiteral("<td class=\"num\">%1</td></tr>").arg(items);
    }
    out += QStringLiteral("</table>");
}

void weakest(QString &out, const EvalResults &r, const SystemResult &s)
{
    const QStringList ids = weakestItems(r, s, 5);
    if (ids.isEmpty())
        return;
    out += QStringLiteral("<details><summary>%1</summary>")
               .arg(esc(EvalText::tr("%1: its weakest answers").arg(s.spec.name)));
    for (const QString &id : ids) {
        const BenchmarkItem *b = r.benchmark.find(id);
        const ItemResult item = s.items.value(id);
        out += QStringLiteral("<div class=\"item\"><p><b>%1</b> (%2) %3</p>")
                   .arg(esc(id), esc(b ? b->category : QString()), esc(b ? b->instruction : QString()));
        out += QStringLiteral("<pre>%1</pre><ul>").arg(esc(item.output));
        for (const AspectScore &a : item.scores)
            out += QStringLiteral("<li><b>%1 %2</b>: %3</li>")
                       .arg(esc(aspectLabel(a.aspect)), esc(a.scoreText()), esc(a.reason));
        if (!item.error.isEmpty())
            out += QStringLiteral("<li>%1</li>").arg(esc(item.error));
        out += QStringLiteral("</ul></div>");
    }
    out += QStringLiteral("</details>");
}

} // namespace

QString htmlReport(const EvalResults &r, const Analysis &a)
{
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title><style>"
        "body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:4px 8px;"
        "vertical-align:top}th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}"
        ".ci{color:#666;font-size:12px}.sim{background:#fff3cd;border:1px solid #e0c060;padding:.6em}"
        "pre{white-space:pre-wrap;background:#f7f7f7;padding:.6em;border:1px solid #e3e3e3}"
        "figure{margin:0}.legend span{margin-right:1.2em;white-space:nowrap}.legend i{display:inline-block;"
        "width:12px;height:12px;margin-right:4px;vertical-align:-1px}.item{border-top:1px solid #ddd}"
        "</style></head><body>\n")
                      .arg(esc(EvalText::tr("Evaluation: %1").arg(r.benchmark.name)));
    out += QStringLiteral("<h1>%1</h1>").arg(esc(EvalText::tr("Evaluation: %1").arg(r.benchmark.name)));
    if (r.simulated())
        out += QStringLiteral("<p class=\"sim\"><b>%1</b></p>").arg(esc(simulatedNotice()));
    if (!r.finished)
        out += QStringLiteral("<p class=\"sim\">%1</p>")
                   .arg(esc(EvalText::tr("Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.")
                                .arg(r.doneCount())
                                .arg(r.totalCount())));
    out += QStringLiteral("<p>%1 %2 %3 %4</p>")
               .arg(esc(benchmarkLine(r)), esc(judgeLine(r)), esc(naLine(r)), esc(intervalLine(r)));

    out += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th>")
               .arg(esc(EvalText::tr("Scores per aspect")), esc(EvalText::tr("System")));
    for (Aspect asp : kAllAspects)
        out += QStringLiteral("<th>%1</th>").arg(esc(aspectLabel(asp)));
    out += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(esc(EvalText::tr("Avg")), esc(EvalText::tr("Length")), esc(EvalText::tr("Items")),
                   esc(EvalText::tr("Unscored")));
    for (qsizetype i = 0; i < r.systems.size(); ++i) {
        const SystemSummary &s = a.summaries[i];
        out += QStringLiteral("<tr><td>%1</td>").arg(esc(r.systems[i].spec.name));
        for (Aspect asp : kAllAspects) {
            const AspectStats &st = s.aspect(asp);
            out += shaded(st.mean,
                number(st.mean) + QStringLiteral("<br><span class=\"ci\">%1</span>").arg(interval(st.interval)));
        }
        out += shaded(s.overall.avg,
            u"<b>" + number(s.overall.avg) +
                QStringLiteral("</b><br><span class=\"ci\">%1</span>").arg(interval(s.avgInterval)));
        out += QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>")
                   .arg(QString::number(s.lengthWords, 'f', 1))
                   .arg(s.done)
                   .arg(s.unscored);
    }
    out += QStringLiteral("</table>");
    out += barChart(r, a);

    if (!a.comparisons.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2><p>%2</p><table><tr><th>A</th><th>B</th><th>%3</th><th>%4</th>")
                   .arg(esc(EvalText::tr("Paired differences")),
                       esc(EvalText::tr(
                           "Each system (A) against every one listed before it (B), A minus B on the items both "
                           "judged: the avg difference with its bootstrap interval, "
                           "and per aspect the difference with A's wins/ties/losses.")),
                       esc(EvalText::tr("Items")), esc(EvalText::tr("Avg diff")));
        for (Aspect asp : kAllAspects)
            out += QStringLiteral("<th>%1</th>").arg(esc(aspectLabel(asp)));
        out += QStringLiteral("</tr>");
        for (const PairedComparison &c : a.comparisons) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4<br>"
                                  "<span class=\"ci\">%5</span></td>")
                       .arg(esc(c.a), esc(c.b))
                       .arg(c.items)
                       .arg(signedNumber(c.avgDiff), interval(c.avgInterval));
            for (Aspect asp : kAllAspects) {
                const AspectDifference &d = c.aspects[int(asp)];
                out += d.diff ? QStringLiteral("<td class=\"num\">%1<br><span class=\"ci\">%2/%3/%4</span></td>")
                                    .arg(signedNumber(d.diff))
                                    .arg(d.wins)
                                    .arg(d.ties)
                                    .arg(d.losses)
                              : QStringLiteral("<td class=\"num\">–</td>");
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    groupTable(out, r, a, taskNames(r.benchmark), true);
    groupTable(out, r, a, topicNames(r.benchmark), false);

    out += QStringLiteral("<h2>%1</h2>").arg(esc(EvalText::tr("Systems")));
    for (const SystemResult &s : r.systems) {
        out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(esc(s.spec.name),
                       esc(EvalText::tr("Method: %1; model: %2%3%4")
                               .arg(methodLabel(s.spec.method), s.spec.modelName,
                                   s.spec.simulated ? EvalText::tr(" (simulated)") : QString(),
                                   s.spec.source.isEmpty() ? QString()
                                                           : EvalText::tr("; source: %1").arg(s.spec.source))));
        if (s.spec.generates()) {
            out += s.spec.prompt.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(EvalText::tr("No system prompt.")))
                                           : QStringLiteral("<pre>%1</pre>").arg(esc(s.spec.prompt));
            if (!s.spec.examples.isEmpty())
                out += QStringLiteral("<p>%1</p>")
                           .arg(esc((s.spec.retrieve ? EvalText::tr("%1 examples retrieved per query from %2.")
                                                     : EvalText::tr("The first %1 of %2 examples, for every query."))
                                        .arg(s.spec.k)
                                        .arg(s.spec.examples.size())));
        }
        weakest(out, r, s);
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace drpo::eval
