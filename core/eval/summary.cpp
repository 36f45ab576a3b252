// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/summary.h"

namespace drpo::eval {

std::optional<double> aspectValue(const ItemResult *item, Aspect a, NaPolicy policy)
{
    if (!item || item->state != ItemState::Judged)
        return std::nullopt;
    const AspectScore *s = item->score(a);
    if (!s)
        return std::nullopt;
    if (s->score)
        return double(*s->score);
    if (policy == NaPolicy::AsFive)
        return 5.0;
    return std::nullopt;
}

namespace {

// Running sums for one group of items.
struct Accumulator {
    std::array<double, kAspectCount> sum{};
    std::array<int, kAspectCount> count{};
    std::array<int, kAspectCount> na{};
    int items = 0;

    void add(const ItemResult &r, NaPolicy policy)
    {
        if (r.state != ItemState::Judged)
            return;
        ++items;
        for (const AspectScore &s : r.scores) {
            const int a = int(s.aspect);
            if (s.isNa())
                ++na[a];
            if (const std::optional<double> v = aspectValue(&r, s.aspect, policy)) {
                sum[a] += *v;
                ++count[a];
            }
        }
    }

    GroupMeans means() const
    {
        GroupMeans g;
        g.items = items;
        double total = 0;
        for (int a = 0; a < kAspectCount; ++a) {
            g.aspects[a].count = count[a];
            g.aspects[a].na = na[a];
            if (count[a] > 0) {
                g.aspects[a].mean = sum[a] / count[a];
                total += *g.aspects[a].mean;
                ++g.avgOf;
            }
        }
        if (g.avgOf > 0)
            g.avg = total / g.avgOf;
        return g;
    }
};

} // namespace

SystemSummary summarize(const Benchmark &benchmark, const ItemsById &items, NaPolicy policy)
{
    SystemSummary s;
    s.total = int(benchmark.items.size());
    Accumulator all;
    QMap<QString, Accumulator> tasks;
    QMap<QString, Accumulator> topics;
    double words = 0;
    int answered = 0;
    for (const BenchmarkItem &b : benchmark.items) {
        const auto it = items.constFind(b.id);
        if (it == items.cend() || !it->isDone())
            continue;
        ++s.done;
        if (it->state == ItemState::Unscored)
            ++s.unscored;
        else
            ++s.judged;
        all.add(*it, policy);
        for (const QString &t : b.tasks)
            tasks[t].add(*it, policy);
        for (const QString &t : b.topics)
            topics[t].add(*it, policy);
        // An answer that could not be produced has no length; an empty answer has 0 words.
        const bool noAnswer = it->output.isEmpty() && !it->error.isEmpty();
        if (!b.isSafety() && !noAnswer) {
            words += wordCount(it->output);
            ++answered;
        }
    }
    s.overall = all.means();
    s.lengthWords = answered > 0 ? words / answered : 0;
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        s.byTask.insert(it.key(), it->means());
    for (auto it = topics.cbegin(); it != topics.cend(); ++it)
        s.byTopic.insert(it.key(), it->means());
    return s;
}

} // namespace drpo::eval
