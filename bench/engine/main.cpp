// SPDX-License-Identifier: GPL-3.0-or-later
// Engine benchmark: CPU cost of a reference-size search on the simulated models with zero
// latency, and wall time against the critical-path bound with a fixed latency per call.
// Prints its figures; run by hand: build/dev/bench/engine/bench_engine [latency_ms]

#include "engine/runcontroller.h"
#include "io/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <ctime>

using namespace drpo;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

model::RunRecord run(const model::RunInput &input)
{
    engine::RunController controller;
    model::RunRecord result;
    QEventLoop loop;
    QObject::connect(&controller, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
        if (const auto *f = e.get<engine::event::Finished>()) {
            result = f->record;
            loop.quit();
        }
    });
    QString error;
    if (!controller.start(input, {}, &error))
        qFatal("%s", qPrintable(error));
    loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int latency = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    io::FileError fe;
    const std::optional<model::Project> demo = io::loadDemoProject(&fe);
    if (!demo) {
        out << fe.toString() << Qt::endl;
        return 1;
    }

    // 1. Engine overhead: both stages at reference settings, zero latency.
    model::RunInput input = demo->runInput();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const model::RunRecord full = run(input);
    const double cpu = cpuSeconds() - cpu0;
    out << "reference run (stages 1+2, W=2 A=3 D=20 b=1, sim, 0 ms latency)\n"
        << "  levels " << full.levels.size() - 1 << ", nodes " << full.nodes.size() << ", calls "
        << full.totalUsage().calls << "\n"
        << "  wall " << wall.elapsed() << " ms, CPU " << QString::number(cpu, 'f', 3) << " s (all threads)"
        << "  goal: well under 1 s\n";

    // 2. Concurrency: stage 2 with b = 4 and a fixed latency per call.
    input.settings.stages = model::Stages::Prompt;
    input.settings.batchSize = 4;
    input.settings.skipThreshold = 5.1;
    input.models.simLatencyMs = latency;
    wall.restart();
    const model::RunRecord timed = run(input);
    const qint64 elapsed = wall.elapsed();
    // Each level is three sequential phases (optimize alongside select, answer, judge);
    // level 0 and the validation re-scoring are two (answer alongside select, judge).
    // Sim latency has +/-20% jitter per call.
    const qint64 phases = 2 + 3 * (qint64(timed.levels.size()) - 1) + 2;
    const qint64 bound = phases * latency;
    out << "stage 2, b=4, " << latency << " ms per call: " << timed.totalUsage().calls << " calls in " << elapsed
        << " ms\n"
        << "  critical path bound " << bound << " ms (" << phases << " sequential phases x " << latency
        << " ms), ratio " << QString::number(double(elapsed) / double(bound), 'f', 2)
        << "  (sim jitter alone allows up to 1.20)\n"
        << "  a sequential loop would take about " << timed.totalUsage().calls * latency << " ms\n";
    return 0;
}
