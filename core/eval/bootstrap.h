// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/summary.h"

#include <QString>

#include <array>
#include <optional>

namespace drpo::eval {

// More resamples than this change no printed digit and would only cost time.
inline constexpr int kMaxBootstrapSamples = 100000;

// Percentile bootstrap over items, seeded so the same results always give the same intervals.
// Regular and safety items are resampled separately (each keeps its count), so every
// replicate has all six aspect means and its avg is the avg of the paper's table.
struct BootstrapSettings {
    int samples = 1000;
    quint64 seed = 42;
    double confidence = 0.95;
    friend bool operator==(const BootstrapSettings &, const BootstrapSettings &) = default;
};

// Fills the interval of every aspect mean and of the avg in summary (from summarize()).
void addIntervals(SystemSummary &summary, const Benchmark &benchmark, const ItemsById &items, NaPolicy policy,
    const BootstrapSettings &settings);

// A minus B on one aspect over the items both systems have judged.
struct AspectDifference {
    std::optional<double> diff; // mean of A's value minus B's (N/A by the policy)
    std::optional<Interval> interval;
    int pairs = 0; // items where both have a value
    int wins = 0;  // A scored higher
    int ties = 0;
    int losses = 0;
};

// Two systems compared item by item on their common judged items.
struct PairedComparison {
    QString a;
    QString b;
    std::array<AspectDifference, kAspectCount> aspects;
    std::optional<double> avgDiff; // avg(A) - avg(B) on the common items
    std::optional<Interval> avgInterval;
    int items = 0; // items judged by both
};

PairedComparison comparePaired(const QString &aName, const ItemsById &a, const QString &bName, const ItemsById &b,
    const Benchmark &benchmark, NaPolicy policy, const BootstrapSettings &settings);

} // namespace drpo::eval
