// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/eval: wording and number formats shared by the report writers.

#include "eval/analysis.h"
#include "eval/evalresults.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::eval::detail {

QString number(const std::optional<double> &v, int decimals = 2);       // "4.21" or "–"
QString signedNumber(const std::optional<double> &v, int decimals = 2); // "+0.42"
QString interval(const std::optional<Interval> &i, int decimals = 2);   // "[4.05, 4.37]" or ""
// "4.21 [4.05, 4.37]"
QString meanWithInterval(const AspectStats &s);

// One sentence each: what was evaluated, how N/A counts, what the intervals are.
QString benchmarkLine(const EvalResults &r);
QString judgeLine(const EvalResults &r);
QString naLine(const EvalResults &r);
QString intervalLine(const EvalResults &r);
QString simulatedNotice();

// The task or topic tags of the benchmark, in first-seen order.
QStringList taskNames(const Benchmark &b);
QStringList topicNames(const Benchmark &b);

// The item ids of a system sorted worst first by the mean of their scores (N/A by the
// policy), for the "weakest answers" sections; unscored items come first.
QStringList weakestItems(const EvalResults &r, const SystemResult &s, int count);

} // namespace drpo::eval::detail
