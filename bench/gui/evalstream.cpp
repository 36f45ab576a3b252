// SPDX-License-Identifier: GPL-3.0-or-later
// A 1000-item evaluation of three systems streaming into the Evaluation workspace: verdicts
// arrive as the runner's ItemJudged events (in bursts, as batches finish) while the aspect
// table, the bar and radar charts and the item browser (sorted by disagreement) follow them.
// A 5 ms probe timer measures how late the event loop runs it: the longest gap is the worst
// stall a user would feel. Goal: under 50 ms. Run offscreen: QT_QPA_PLATFORM=offscreen.
// As in the tree bench, the most GUI-thread CPU between two probes is printed too: the
// stall without other processes on the machine.
#include "eval/evalitembrowser.h"
#include "eval/evalsession.h"
#include "eval/evalsummaryview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSplitter>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

using namespace drpo;

namespace {
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#endif
    return -1;
}

const QStringList kTasks = {QStringLiteral("info-seek"), QStringLiteral("reasoning"), QStringLiteral("procedure"),
    QStringLiteral("writing"), QStringLiteral("role-play"), QStringLiteral("coding"), QStringLiteral("math")};
const QStringList kTopics = {QStringLiteral("ethics"), QStringLiteral("nature"), QStringLiteral("stem"),
    QStringLiteral("medical"), QStringLiteral("finance"), QStringLiteral("humanities"), QStringLiteral("lifestyle")};

// The published set's shape: ids 0-799 regular, 800-999 safety.
eval::EvalResults benchmarkOf(int items)
{
    eval::EvalResults r;
    r.benchmark.name = QStringLiteral("bench");
    for (int i = 0; i < items; ++i) {
        eval::BenchmarkItem b;
        b.id = QString::number(i);
        b.instruction = QStringLiteral("Question %1: how would you explain topic %2 to a newcomer?").arg(i).arg(i % 37);
        b.category = i >= items * 4 / 5 ? QStringLiteral("safety") : QStringLiteral("regular");
        b.tasks = {kTasks[i % kTasks.size()]};
        b.topics = {kTopics[(i / 3) % kTopics.size()]};
        r.benchmark.items << b;
    }
    for (const char *name : {"starting prompt", "DRPO profile", "sim-instruct"}) {
        eval::SystemResult s;
        s.spec.name = QString::fromLatin1(name);
        r.systems << s;
    }
    return r;
}

eval::ItemResult verdict(const eval::BenchmarkItem &b, int system, int i)
{
    eval::ItemResult r;
    r.id = b.id;
    r.output = QStringLiteral("An answer of some length, about %1, with a few sentences in it.").arg(i);
    r.state = eval::ItemState::Judged;
    for (eval::Aspect a : eval::aspectsFor(b.isSafety()))
        r.scores.push_back({a, 1 + (i * 7 + system * 3 + int(a)) % 5, QStringLiteral("a short reason")});
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int items = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    constexpr int kPerBurst = 50; // a batch's verdicts arrive close together
    constexpr int kBurstEveryMs = 15;

    ui::EvalSession session;
    session.load(benchmarkOf(items));
    QSplitter window(Qt::Vertical);
    auto *summary = new ui::EvalSummaryView(&session, &window);
    auto *browser = new ui::EvalItemBrowser(&session, &window);
    window.addWidget(summary);
    window.addWidget(browser);
    window.resize(1400, 1000);
    window.show();

    const eval::EvalResults plan = session.results();
    const int systems = int(plan.systems.size());
    const int total = items * systems;

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

    int fed = 0;
    qint64 fedAt = -1;
    QTimer feeder;
    feeder.setInterval(kBurstEveryMs);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int n = 0; n < kPerBurst && fed < total; ++n, ++fed) {
            // Systems interleave, as the runner's lanes answer them.
            const int system = fed % systems;
            const int item = fed / systems;
            session.apply(
                eval::ItemJudged{plan.systems[system].spec.name, verdict(plan.benchmark.items[item], system, item)});
        }
        if (fed >= total) {
            feeder.stop();
            fedAt = clock.elapsed();
            QTimer::singleShot(500, &app, &QApplication::quit); // the last throttled refresh
        }
    });
    QTimer::singleShot(300, [&] {
        last = clock.elapsed();
        lastCpu = threadCpuMs();
        probe.start();
        feeder.start();
    });
    const qint64 started = 300;
    app.exec();
    // The probe measures the event loop only: what follows runs outside it (the final analysis
    // happens on the runner's thread in the application), and a probe still armed would count
    // it as a stall on the next processEvents().
    probe.stop();

    // The end of an evaluation: the runner's final copy with the bootstrap intervals.
    QElapsedTimer finishClock;
    finishClock.start();
    eval::EvalFinished f;
    f.results = session.results();
    f.analysis = eval::analyze(f.results, true);
    const qint64 analyzeMs = finishClock.elapsed();
    f.complete = true;
    session.apply(f);
    QApplication::processEvents();
    const qint64 finishMs = finishClock.elapsed();

    std::printf("gui eval bench: %d items x %d systems = %d verdicts streamed in %lld ms (%d every %d ms)\n", items,
        systems, total, static_cast<long long>(fedAt - started), kPerBurst, kBurstEveryMs);
    std::printf("longest event-loop stall while streaming: %lld ms (goal < 50 ms)\n", static_cast<long long>(worst));
    if (lastCpu >= 0)
        std::printf("most GUI-thread CPU between two probes: %.1f ms (the stall without other processes)\n", worstCpu);
    std::printf("final analysis with intervals (worker side): %lld ms; applying it to the views: %lld ms\n",
        static_cast<long long>(analyzeMs), static_cast<long long>(finishMs - analyzeMs));
    return 0;
}
