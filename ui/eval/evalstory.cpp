// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalstory.h"

#include <algorithm>

namespace drpo::ui {

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

QString signedNum(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + num(v);
}

// +1 clearly above zero, -1 clearly below, 0 not clear (or no interval).
int verdictOf(const std::optional<eval::Interval> &i)
{
    if (!i)
        return 0;
    return i->low > 0 ? 1 : (i->high < 0 ? -1 : 0);
}

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c") + name + QStringLiteral("\u201d");
}

} // namespace

QString EvalStory::aspectName(eval::Aspect aspect)
{
    switch (aspect) {
    case eval::Aspect::Helpfulness: return tr("helpfulness");
    case eval::Aspect::Clarity: return tr("clarity");
    case eval::Aspect::Factuality: return tr("factuality");
    case eval::Aspect::Depth: return tr("depth");
    case eval::Aspect::Engagement: return tr("engagement");
    case eval::Aspect::Safety: return tr("safety");
    }
    return {};
}

int EvalStory::focusSystem(const eval::EvalResults &results)
{
    for (int i = 0; i < results.systems.size(); ++i)
        if (results.systems[i].spec.method == eval::Method::Profile)
            return i;
    for (int i = int(results.systems.size()) - 1; i >= 0; --i)
        if (results.systems[i].spec.generates())
            return i;
    return results.systems.isEmpty() ? -1 : 0;
}

QList<EvalStory::Sentence> EvalStory::tell(const eval::EvalResults &results, const eval::Analysis &analysis)
{
    QList<Sentence> out;
    const int focus = focusSystem(results);
    if (focus < 0 || analysis.summaries.size() != results.systems.size())
        return out;
    const QString me = results.systems[focus].spec.name;
    const eval::SystemSummary &mine = analysis.summaries[focus];
    out.push_back({tr("The evaluation is finished: %1 questions, each answered by %2 systems and judged on up to six "
                      "aspects from 1 to 5.")
                       .arg(results.benchmark.items.size())
                       .arg(results.systems.size()),
        true});

    // The comparison that matters most: against the starting point (the first system).
    const int base = focus == 0 ? (results.systems.size() > 1 ? 1 : -1) : 0;
    if (base >= 0) {
        const QString them = results.systems[base].spec.name;
        const eval::SystemSummary &theirs = analysis.summaries[base];
        const eval::PairedComparison *c = analysis.comparison(me, them);
        const eval::PairedComparison *reverse = c ? nullptr : analysis.comparison(them, me);
        const double sign = c ? 1 : -1;
        const eval::PairedComparison *pc = c ? c : reverse;
        if (mine.overall.avg && theirs.overall.avg && pc) {
            const auto flip = [sign](std::optional<eval::Interval> i) -> std::optional<eval::Interval> {
                if (!i || sign > 0)
                    return i;
                return eval::Interval{-i->high, -i->low};
            };
            const int v = verdictOf(flip(pc->avgInterval));
            const QString verdict = v > 0 ? tr("clearly better")
                : v < 0                   ? tr("clearly worse")
                                          : tr("not clearly different, given how much the scores vary");
            out.push_back(
                {tr("Overall, %1 scores %2 on average against %3 for %4: %5.")
                        .arg(quoted(me), num(*mine.overall.avg), num(*theirs.overall.avg), quoted(them), verdict),
                    true});
            QList<std::pair<double, eval::Aspect>> better, same, worse;
            for (eval::Aspect a : eval::kAllAspects) {
                const eval::AspectDifference &d = pc->aspects[int(a)];
                if (!d.diff)
                    continue;
                const double diff = sign * *d.diff;
                const int av = verdictOf(flip(d.interval));
                (av > 0 ? better : av < 0 ? worse : same).push_back({diff, a});
            }
            const auto list = [](QList<std::pair<double, eval::Aspect>> xs, bool descending) {
                std::stable_sort(xs.begin(), xs.end(), [descending](const auto &x, const auto &y) {
                    return descending ? x.first > y.first : x.first < y.first;
                });
                QStringList parts;
                for (const auto &[diff, a] : xs)
                    parts << QStringLiteral("%1 (%2)").arg(aspectName(a), signedNum(diff));
                return parts.join(QStringLiteral(", "));
            };
            if (!better.isEmpty())
                out.push_back({tr("It improved clearly on %1.").arg(list(better, true)), false});
            else
                out.push_back({tr("No single aspect improved clearly."), false});
            if (!same.isEmpty())
                out.push_back({tr("It did not clearly improve on %1.").arg(list(same, true)), false});
            if (!worse.isEmpty())
                out.push_back({tr("It got clearly worse on %1.").arg(list(worse, false)), false});

            // Where the gain was largest and smallest, by kind of question.
            QList<std::pair<double, QString>> tasks;
            for (auto it = mine.byTask.cbegin(); it != mine.byTask.cend(); ++it) {
                const auto other = theirs.byTask.constFind(it.key());
                if (it->avg && other != theirs.byTask.cend() && other->avg)
                    tasks.push_back({*it->avg - *other->avg, it.key()});
            }
            if (tasks.size() >= 2) {
                std::sort(tasks.begin(), tasks.end());
                const auto &lo = tasks.first();
                const auto &hi = tasks.last();
                out.push_back({tr("By kind of question, the largest gain is on %1 (%2) and the smallest on %3 (%4).")
                                   .arg(hi.second, signedNum(hi.first), lo.second, signedNum(lo.first)),
                    false});
            }
            if (theirs.judged > 0 && mine.judged > 0)
                out.push_back({tr("Its answers are %1 words long on average, against %2.")
                                   .arg(QString::number(mine.lengthWords, 'f', 0),
                                       QString::number(theirs.lengthWords, 'f', 0)),
                    false});
        }
    }

    // The other systems, each in one sentence.
    for (int i = 0; i < results.systems.size(); ++i) {
        if (i == focus || i == base)
            continue;
        const QString them = results.systems[i].spec.name;
        const eval::SystemSummary &theirs = analysis.summaries[i];
        if (!mine.overall.avg || !theirs.overall.avg)
            continue;
        const eval::PairedComparison *c = analysis.comparison(me, them);
        const bool forward = c != nullptr;
        if (!c)
            c = analysis.comparison(them, me);
        std::optional<eval::Interval> interval = c ? c->avgInterval : std::nullopt;
        if (interval && !forward)
            interval = eval::Interval{-interval->high, -interval->low};
        const int v = verdictOf(interval);
        QStringList losses;
        if (c)
            for (eval::Aspect a : eval::kAllAspects) {
                std::optional<eval::Interval> ai = c->aspects[int(a)].interval;
                if (ai && !forward)
                    ai = eval::Interval{-ai->high, -ai->low};
                if (verdictOf(ai) < 0)
                    losses << aspectName(a);
            }
        QString s = v > 0 ? tr("Against %1 it is clearly better overall (%2 against %3).")
            : v < 0       ? tr("Against %1 it is clearly worse overall (%2 against %3).")
                          : tr("Against %1 there is no clear difference overall (%2 against %3).");
        s = s.arg(quoted(them), num(*mine.overall.avg), num(*theirs.overall.avg));
        if (!losses.isEmpty())
            s += QLatin1Char(' ') + tr("It falls behind on %1.").arg(losses.join(QStringLiteral(", ")));
        out.push_back({s, false});
    }

    int unscored = 0;
    for (const eval::SystemSummary &s : analysis.summaries)
        unscored += s.unscored;
    if (unscored > 0)
        out.push_back(
            {tr("%1 answers could not be scored; they are counted apart and left out of every mean.").arg(unscored),
                false});
    if (results.simulated())
        out.push_back(
            {tr("All of these figures come from the simulated models, not from a real language model."), false});
    return out;
}

} // namespace drpo::ui
