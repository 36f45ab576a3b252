// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaltext.h"
#include "eval/reportcommon.h"
#include "eval/reportwriter.h"

#include <QCoreApplication>

namespace drpo::eval {

using namespace detail;

namespace {

// Table cells hold text from files and models: no pipe or line break may end the cell, and
// no HTML a Markdown renderer would pass through.
QString cell(QString text)
{
    text = text.toHtmlEscaped();
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

// A fenced block longer than any run of backticks inside, so no text can close it early.
QString fenced(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    return fence + u"text\n" + text + u'\n' + fence + u'\n';
}

void groupTable(QString &out, const EvalResults &r, const Analysis &a, const QStringList &names, bool tasks)
{
    if (names.isEmpty())
        return;
    out += tasks ? EvalText::tr("## Avg by task\n\n") : EvalText::tr("## Avg by topic\n\n");
    out += u"| " + (tasks ? EvalText::tr("Task") : EvalText::tr("Topic"));
    for (const SystemResult &s : r.systems)
        out += u" | " + cell(s.spec.name);
    out += QStringLiteral(" | %1 |\n|---").arg(EvalText::tr("Items"));
    for (qsizetype i = 0; i <= r.systems.size(); ++i)
        out += QStringLiteral("|---:");
    out += QStringLiteral("|\n");
    for (const QString &name : names) {
        out += u"| " + cell(name);
        int items = 0;
        for (qsizetype i = 0; i < r.systems.size(); ++i) {
            const QMap<QString, GroupMeans> &groups = tasks ? a.summaries[i].byTask : a.summaries[i].byTopic;
            const GroupMeans g = groups.value(name);
            out += u" | " + number(g.avg);
            items = qMax(items, g.items);
        }
        out += QStringLiteral(" | %1 |\n").arg(items);
    }
    out += u'\n';
}

} // namespace

QString markdownReport(const EvalResults &r, const Analysis &a)
{
    QString out = EvalText::tr("# Evaluation: %1\n\n").arg(r.benchmark.name);
    if (r.simulated())
        out += u"> **" + simulatedNotice() + u"**\n\n";
    if (!r.finished)
        out += EvalText::tr("> Incomplete: %1 of %2 items are done; resume with drpo evaluate --resume.\n\n")
                   .arg(r.doneCount())
                   .arg(r.totalCount());
    out += benchmarkLine(r) + u' ' + judgeLine(r) + u' ' + naLine(r) + u' ' + intervalLine(r) + QStringLiteral("\n\n");

    out += EvalText::tr("## Scores per aspect\n\n| System");
    for (Aspect asp : kAllAspects)
        out += u" | " + aspectLabel(asp);
    out += EvalText::tr(" | Avg | Length | Items | Unscored |\n|---");
    for (int i = 0; i < kAspectCount + 4; ++i)
        out += QStringLiteral("|---:");
    out += QStringLiteral("|\n");
    for (qsizetype i = 0; i < r.systems.size(); ++i) {
        const SystemSummary &s = a.summaries[i];
        out += u"| " + cell(r.systems[i].spec.name);
        for (Aspect asp : kAllAspects)
            out += u" | " + meanWithInterval(s.aspect(asp));
        out += u" | **" + number(s.overall.avg) + u"** " + interval(s.avgInterval);
        out += QStringLiteral(" | %1 | %2 | %3 |\n")
                   .arg(QString::number(s.lengthWords, 'f', 1))
                   .arg(s.done)
                   .arg(s.unscored);
    }
    out += u'\n';

    if (!a.comparisons.isEmpty()) {
        out += EvalText::tr(
            "## Paired differences\n\nEach system (A) against every one listed before it (B): A minus B on the "
            "items both judged, with the %1% bootstrap interval of "
            "the avg difference and wins/ties/losses of A per aspect.\n\n")
                   .arg(qRound(r.settings.bootstrap.confidence * 100));
        out += EvalText::tr("| A | B | Items | Avg diff | Interval");
        for (Aspect asp : kAllAspects)
            out += u" | " + aspectLabel(asp) + EvalText::tr(" (W/T/L)");
        out += QStringLiteral(" |\n|---|---");
        for (int i = 0; i < 3 + kAspectCount; ++i)
            out += QStringLiteral("|---:");
        out += QStringLiteral("|\n");
        for (const PairedComparison &c : a.comparisons) {
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5")
                       .arg(cell(c.a), cell(c.b))
                       .arg(c.items)
                       .arg(signedNumber(c.avgDiff), interval(c.avgInterval));
            for (Aspect asp : kAllAspects) {
                const AspectDifference &d = c.aspects[int(asp)];
                out += d.diff
                    ? QStringLiteral(" | %1 (%2/%3/%4)").arg(signedNumber(d.diff)).arg(d.wins).arg(d.ties).arg(d.losses)
                    : QStringLiteral(" | –");
            }
            out += QStringLiteral(" |\n");
        }
        out += u'\n';
    }

    groupTable(out, r, a, taskNames(r.benchmark), true);
    groupTable(out, r, a, topicNames(r.benchmark), false);

    out += EvalText::tr("## Systems\n\n");
    for (const SystemResult &s : r.systems) {
        out += QStringLiteral("### %1\n\n").arg(cell(s.spec.name));
        out += EvalText::tr("- Method: %1; model: %2%3\n")
                   .arg(methodLabel(s.spec.method), cell(s.spec.modelName),
                       s.spec.simulated ? EvalText::tr(" (simulated)") : QString());
        if (!s.spec.source.isEmpty())
            out += EvalText::tr("- Source: %1\n").arg(cell(s.spec.source));
        if (s.spec.generates() && !s.spec.examples.isEmpty())
            out += (s.spec.retrieve ? EvalText::tr("- Examples: %1 retrieved per query from %2\n")
                                    : EvalText::tr("- Examples: the first %1 of %2, for every query\n"))
                       .arg(s.spec.k)
                       .arg(s.spec.examples.size());
        if (s.spec.generates())
            out += s.spec.prompt.isEmpty() ? EvalText::tr("- System prompt: none\n\n")
                                           : EvalText::tr("- System prompt:\n\n") + fenced(s.spec.prompt) + u'\n';
        else
            out += u'\n';
    }

    QString unscored;
    for (const SystemResult &s : r.systems)
        for (const BenchmarkItem &b : r.benchmark.items)
            if (const auto it = s.items.constFind(b.id); it != s.items.cend() && it->state == ItemState::Unscored)
                unscored += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(s.spec.name), cell(b.id), cell(it->error));
    if (!unscored.isEmpty())
        out += EvalText::tr("## Unscored items\n\n| System | Item | Why |\n|---|---|---|\n") + unscored + u'\n';
    return out;
}

} // namespace drpo::eval
