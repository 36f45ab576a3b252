// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/aspects.h"
#include "eval/benchmark.h"
#include "eval/itemresult.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace drpo::eval {

// A 95% (or other) confidence interval.
struct Interval {
    double low = 0;
    double high = 0;
    friend bool operator==(const Interval &, const Interval &) = default;
};

// One aspect's figures over the items that carry it.
struct AspectStats {
    std::optional<double> mean; // empty when no item carries the aspect
    int count = 0;              // values that entered the mean
    int na = 0;                 // N/A verdicts (as 5, or left out: see the policy)
    std::optional<Interval> interval;
};

// Means of the aspects and their avg over one group of items (a task, a topic, or all).
struct GroupMeans {
    std::array<AspectStats, kAspectCount> aspects;
    std::optional<double> avg; // unweighted mean of the aspect means that exist
    int avgOf = 0;             // how many aspect means the avg averages (6 with safety items)
    int items = 0;             // judged items in the group
};

// A system's aggregate, computed as just-eval does: per-aspect mean over its items, N/A as 5
// (or excluded), avg = unweighted mean of the six aspect means, mean length in words of the
// regular answers. Unscored items are counted apart and enter no mean.
struct SystemSummary {
    GroupMeans overall;
    std::optional<Interval> avgInterval;
    double lengthWords = 0; // mean over regular items with an answer
    int total = 0;          // benchmark items
    int done = 0;           // judged + unscored
    int judged = 0;
    int unscored = 0;
    QMap<QString, GroupMeans> byTask;
    QMap<QString, GroupMeans> byTopic;

    const AspectStats &aspect(Aspect a) const { return overall.aspects[int(a)]; }
};

// The results of one system, by item id (items of the benchmark the system has not done are absent).
using ItemsById = QMap<QString, ItemResult>;

// The value an item contributes to an aspect's mean under the policy; empty when none
// (not judged, aspect not asked, or N/A excluded).
std::optional<double> aspectValue(const ItemResult *item, Aspect a, NaPolicy policy);

// Aggregates without intervals (cheap; see bootstrap.h for the intervals).
SystemSummary summarize(const Benchmark &benchmark, const ItemsById &items, NaPolicy policy);

} // namespace drpo::eval
