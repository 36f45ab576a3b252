// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace drpo::eval {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
using Values = std::array<double, kAspectCount>; // NaN: no value

// splitmix64: small, portable and the same on every platform (std distributions are not).
class SplitMix {
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return std::size_t(next() % quint64(n)); }

private:
    quint64 m_state;
};

Values valuesOf(const ItemResult *item, NaPolicy policy)
{
    Values v;
    for (Aspect a : kAllAspects) {
        const std::optional<double> x = aspectValue(item, a, policy);
        v[int(a)] = x ? *x : kNone;
    }
    return v;
}

// Aspect means and their avg for one resample of rows (indexes into values).
struct Means {
    Values aspect;
    double avg = kNone;
};

Means meansOf(const std::vector<Values> &values, const std::vector<std::size_t> &rows)
{
    Values sum{};
    std::array<int, kAspectCount> n{};
    for (std::size_t r : rows)
        for (int a = 0; a < kAspectCount; ++a)
            if (!std::isnan(values[r][a])) {
                sum[a] += values[r][a];
                ++n[a];
            }
    Means m;
    double total = 0;
    int of = 0;
    for (int a = 0; a < kAspectCount; ++a) {
        m.aspect[a] = n[a] > 0 ? sum[a] / n[a] : kNone;
        if (n[a] > 0) {
            total += m.aspect[a];
            ++of;
        }
    }
    if (of > 0)
        m.avg = total / of;
    return m;
}

// The percentile interval of the non-NaN replicate values.
std::optional<Interval> percentile(std::vector<double> xs, double confidence)
{
    xs.erase(std::remove_if(xs.begin(), xs.end(), [](double x) { return std::isnan(x); }), xs.end());
    if (xs.empty())
        return std::nullopt;
    std::sort(xs.begin(), xs.end());
    const double alpha = (1.0 - confidence) / 2.0;
    auto at = [&](double p) {
        const double pos = p * double(xs.size() - 1);
        const auto lo = std::size_t(std::floor(pos));
        const auto hi = std::min(lo + 1, xs.size() - 1);
        return xs[lo] + (xs[hi] - xs[lo]) * (pos - double(lo));
    };
    return Interval{at(alpha), at(1.0 - alpha)};
}

// Draws one stratified resample: each stratum keeps its size.
void resample(SplitMix &rng, const std::vector<std::vector<std::size_t>> &strata, std::vector<std::size_t> &rows)
{
    rows.clear();
    for (const std::vector<std::size_t> &s : strata)
        for (std::size_t i = 0; i < s.size(); ++i)
            rows.push_back(s[rng.below(s.size())]);
}

} // namespace

void addIntervals(SystemSummary &summary, const Benchmark &benchmark, const ItemsById &items, NaPolicy policy,
    const BootstrapSettings &settings)
{
    std::vector<Values> values;
    std::vector<std::vector<std::size_t>> strata(2); // regular, safety
    for (const BenchmarkItem &b : benchmark.items) {
        const auto it = items.constFind(b.id);
        if (it == items.cend() || it->state != ItemState::Judged)
            continue;
        strata[b.isSafety() ? 1 : 0].push_back(values.size());
        values.push_back(valuesOf(&*it, policy));
    }
    if (values.empty() || settings.samples <= 0)
        return;
    SplitMix rng(settings.seed);
    std::array<std::vector<double>, kAspectCount> perAspect;
    std::vector<double> avgs;
    std::vector<std::size_t> rows;
    for (int s = 0; s < settings.samples; ++s) {
        resample(rng, strata, rows);
        const Means m = meansOf(values, rows);
        for (int a = 0; a < kAspectCount; ++a)
            perAspect[a].push_back(m.aspect[a]);
        avgs.push_back(m.avg);
    }
    for (int a = 0; a < kAspectCount; ++a)
        if (summary.overall.aspects[a].mean)
            summary.overall.aspects[a].interval = percentile(std::move(perAspect[a]), settings.confidence);
    if (summary.overall.avg)
        summary.avgInterval = percentile(std::move(avgs), settings.confidence);
}

PairedComparison comparePaired(const QString &aName, const ItemsById &a, const QString &bName, const ItemsById &b,
    const Benchmark &benchmark, NaPolicy policy, const BootstrapSettings &settings)
{
    PairedComparison out;
    out.a = aName;
    out.b = bName;
    std::vector<Values> va;
    std::vector<Values> vb;
    std::vector<std::vector<std::size_t>> strata(2);
    for (const BenchmarkItem &item : benchmark.items) {
        const auto ia = a.constFind(item.id);
        const auto ib = b.constFind(item.id);
        if (ia == a.cend() || ib == b.cend() || ia->state != ItemState::Judged || ib->state != ItemState::Judged)
            continue;
        Values x = valuesOf(&*ia, policy);
        Values y = valuesOf(&*ib, policy);
        // Only values both systems have form pairs.
        for (int k = 0; k < kAspectCount; ++k)
            if (std::isnan(x[k]) || std::isnan(y[k]))
                x[k] = y[k] = kNone;
        strata[item.isSafety() ? 1 : 0].push_back(va.size());
        va.push_back(x);
        vb.push_back(y);
    }
    out.items = int(va.size());
    if (va.empty())
        return out;

    std::vector<std::size_t> all(va.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    const Means ma = meansOf(va, all);
    const Means mb = meansOf(vb, all);
    for (int k = 0; k < kAspectCount; ++k) {
        AspectDifference &d = out.aspects[k];
        for (std::size_t i = 0; i < va.size(); ++i) {
            if (std::isnan(va[i][k]))
                continue;
            ++d.pairs;
            if (va[i][k] > vb[i][k])
                ++d.wins;
            else if (va[i][k] < vb[i][k])
                ++d.losses;
            else
                ++d.ties;
        }
        if (d.pairs > 0)
            d.diff = ma.aspect[k] - mb.aspect[k];
    }
    if (!std::isnan(ma.avg) && !std::isnan(mb.avg))
        out.avgDiff = ma.avg - mb.avg;
    if (settings.samples <= 0)
        return out;

    SplitMix rng(settings.seed);
    std::array<std::vector<double>, kAspectCount> perAspect;
    std::vector<double> avgs;
    std::vector<std::size_t> rows;
    for (int s = 0; s < settings.samples; ++s) {
        resample(rng, strata, rows);
        const Means ra = meansOf(va, rows);
        const Means rb = meansOf(vb, rows);
        for (int k = 0; k < kAspectCount; ++k)
            perAspect[k].push_back(ra.aspect[k] - rb.aspect[k]); // NaN stays NaN
        avgs.push_back(ra.avg - rb.avg);
    }
    for (int k = 0; k < kAspectCount; ++k)
        if (out.aspects[k].diff)
            out.aspects[k].interval = percentile(std::move(perAspect[k]), settings.confidence);
    if (out.avgDiff)
        out.avgInterval = percentile(std::move(avgs), settings.confidence);
    return out;
}

} // namespace drpo::eval
