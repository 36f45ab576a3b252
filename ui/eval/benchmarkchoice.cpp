// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/benchmarkchoice.h"

#include "eval/benchmarkimporter.h"

#include <QFileInfo>

namespace drpo::ui {

QString BenchmarkChoice::description() const
{
    return tr("%1: %2 questions, %3 of them safety")
        .arg(source)
        .arg(benchmark.items.size())
        .arg(benchmark.safetyCount());
}

std::optional<BenchmarkChoice> BenchmarkChoice::demo(QString *error)
{
    io::FileError fe;
    std::optional<eval::Benchmark> b = eval::demoBenchmark(&fe);
    if (!b) {
        *error = fe.toString();
        return std::nullopt;
    }
    return BenchmarkChoice{*b, tr("the demo benchmark")};
}

std::optional<BenchmarkChoice> BenchmarkChoice::fromFile(const QString &path, QString *error)
{
    io::FileError fe;
    std::optional<eval::BenchmarkImport> b = eval::importBenchmark(path, &fe);
    if (!b) {
        *error = fe.toString();
        return std::nullopt;
    }
    BenchmarkChoice c{b->benchmark, QFileInfo(path).fileName()};
    if (!b->warnings.isEmpty())
        c.source += QLatin1Char(' ') +
            tr("(%1 records left out: %2)").arg(b->warnings.size()).arg(b->warnings.first().toString());
    return c;
}

} // namespace drpo::ui
