// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds 5,000 nodes through NodeModel into the BeamTreeView at a brisk rate while a 5 ms
// probe timer measures how late the event loop runs it: the longest gap is the worst stall
// a user would feel. Goal: under 50 ms. Run offscreen: QT_QPA_PLATFORM=offscreen.
// On a busy machine the wall-clock gaps include time the GUI thread waited for a core, so the
// bench also prints the most CPU time the GUI thread itself spent between two probes: that
// figure is this code's share and does not depend on what else runs.
#include "models/nodemodel.h"
#include "tree/beamtreeview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

using namespace drpo;

namespace {
// CPU time of the calling thread in ms, or -1 where the platform lacks a thread clock.
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#endif
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    constexpr int kPerBatch = 60; // about what a busy level publishes at once
    constexpr int kBatchEveryMs = 10;

    ui::NodeModel model;
    ui::BeamTreeView view(&model);
    view.resize(1200, 800);
    view.show();

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    double lastCpu = 0, worstCpu = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
        const double cpu = threadCpuMs();
        worstCpu = std::max(worstCpu, cpu - lastCpu);
        lastCpu = cpu;
    });

    // A beam-search shaped tree: W = 8 survivors per level, A = 3 children each.
    int made = 0;
    QStringList beam{QStringLiteral("n0")};
    model::Node root;
    root.id = QStringLiteral("n0");
    root.reward = 2.0;
    root.inBeam = true;
    model.putNode(root);
    ++made;
    QStringList nextBeam;
    int level = 1, parentIndex = 0;
    QTimer feeder;
    feeder.setInterval(kBatchEveryMs);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int i = 0; i < kPerBatch && made < total; ++i) {
            model::Node n;
            n.id = QStringLiteral("n%1").arg(made);
            n.parentId = beam[parentIndex / 3];
            n.level = level;
            n.origin = model::Origin::Optimizer;
            n.prompt = QStringLiteral("You are a helpful assistant.\n- rule %1").arg(made);
            n.reward = 1.0 + (made * 37 % 400) / 100.0;
            n.inBeam = true; // the first W = 8 children of a level survive
            if (n.inBeam && nextBeam.size() < 8)
                nextBeam.append(n.id);
            else
                n.inBeam = false;
            model.putNode(n);
            ++made;
            if (++parentIndex == beam.size() * 3) { // level complete: A children per beam node
                beam = nextBeam;
                nextBeam.clear();
                parentIndex = 0;
                ++level;
            }
        }
        if (made >= total)
            feeder.stop();
    });

    qint64 fedAt = -1;
    QTimer done;
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (made < total || view.isBusy())
            return;
        if (fedAt < 0)
            fedAt = clock.elapsed();
        if (clock.elapsed() - fedAt > 300) // a little settling time after the last layout
            app.quit();
    });

    // Start measuring once the window is up: the first show (fonts, platform) is not streaming.
    QTimer::singleShot(300, [&] {
        last = clock.elapsed();
        lastCpu = threadCpuMs();
        probe.start();
        feeder.start();
        done.start();
    });
    app.exec();

    // Zoomed out to the whole tree every node and edge is on screen: one repaint is then
    // the price of every pan, hover or new node.
    view.fitAll();
    QElapsedTimer paintClock;
    paintClock.start();
    const double paintCpuStart = threadCpuMs();
    constexpr int kRepaints = 5;
    for (int i = 0; i < kRepaints; ++i)
        (void)view.viewport()->grab(); // renders through the paint event, synchronously
    const double fullRepaintMs = double(paintClock.elapsed()) / kRepaints;
    const double fullRepaintCpuMs = (threadCpuMs() - paintCpuStart) / kRepaints;

    std::printf("gui tree bench: %d nodes, %d levels, %d items in the scene, fed and laid out in %lld ms\n", total,
        level + 1, view.itemCount(), static_cast<long long>(fedAt));
    std::printf("longest event-loop stall: %lld ms (goal < 50 ms)\n", static_cast<long long>(worst));
    std::printf("repaint of the whole tree zoomed out: %.1f ms\n", fullRepaintMs);
    if (lastCpu >= 0) {
        std::printf("most GUI-thread CPU between two probes: %.1f ms (the stall without other processes)\n", worstCpu);
        std::printf("GUI-thread CPU of one zoomed-out repaint: %.1f ms\n", fullRepaintCpuMs);
    }
    return 0;
}
