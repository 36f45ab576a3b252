// SPDX-License-Identifier: GPL-3.0-or-later
// Provider benchmark: the real engine (RunController, stage 2 at the reference settings
// with b = 4) against the fake OpenAI-compatible server with a fixed latency per call.
// Prints the wall time, the critical-path bound (levels × sequential phases × latency),
// their ratio, the same run at concurrency 1, and the per-call client overhead.
//
//   drpo_bench_providers [--latency-ms 40] [--depth 20] [--batch 4] [--concurrency 64] [--skip-serial]

#include "fakellmserver.h"

#include "engine/runcontroller.h"
#include "io/projectfile.h"
#include "llm/providerfactory.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct RunFigures {
    qint64 wallMs = 0;
    qint64 calls = 0;
    int levels = 0;
    bool finished = false;
    QString error;
};

RunFigures runStage2(const test::FakeLlmServer &server, int depth, int batch, int concurrency)
{
    io::FileError ferr;
    const std::optional<model::Project> project = io::loadDemoProject(&ferr);
    if (!project)
        qFatal("demo project: %s", qPrintable(ferr.toString()));
    model::RunInput in = project->runInput();
    in.settings.stages = model::Stages::Prompt;
    in.settings.beamWidth = 2;
    in.settings.actions = 3;
    in.settings.depth = depth;
    in.settings.batchSize = batch;
    in.settings.validationSize = 0;
    for (model::Role r : model::kAllRoles) {
        model::RoleConfig &c = in.models.role(r);
        c.kind = u"openai"_s;
        c.baseUrls = {server.baseUrl()};
        c.model = u"fake-model"_s;
        c.keyEnv.clear();
        c.concurrency = concurrency;
    }
    in.models.provider.cache = model::CacheMode::Off; // every call goes over the wire
    engine::RunController run;
    RunFigures f;
    QEventLoop loop;
    QObject::connect(&run, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
        const auto *done = e.get<engine::event::Finished>();
        if (!done)
            return;
        const model::RunRecord &r = done->record;
        f.finished = r.status == model::RunState::Finished;
        f.error = r.error;
        f.levels = int(r.levels.size());
        for (const model::Usage &u : r.usageByRole)
            f.calls += u.calls;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    QString error;
    if (!run.start(in, {}, &error))
        qFatal("start: %s", qPrintable(error));
    loop.exec();
    f.wallMs = t.elapsed();
    return f;
}

// A scheduler on its own thread with one role pointed at the fake server, as the engine
// runs it; torn down on its thread.
class ServerScheduler {
public:
    ServerScheduler(const test::FakeLlmServer &server, model::Role role, int concurrency)
    {
        model::RoleConfig c;
        c.kind = u"openai"_s;
        c.baseUrls = {server.baseUrl()};
        c.model = u"fake-model"_s;
        QString error;
        std::shared_ptr<llm::Provider> provider = llm::makeProvider(role, c, {}, 0, &error);
        if (!provider)
            qFatal("cannot reach the fake server: %s", qPrintable(error));
        m_host->setProvider(role, std::move(provider), concurrency);
        m_host.start();
    }
    llm::Scheduler *operator->() { return m_host.scheduler(); }

private:
    llm::SchedulerHost m_host;
};

// Wall time of one phase: `width` calls submitted together, repeated `rounds` times.
double phaseMs(test::FakeLlmServer &server, int latencyMs, int width, int rounds)
{
    server.setLatencyMs(latencyMs);
    ServerScheduler scheduler(server, model::Role::Base, width);
    QList<llm::LlmRequest> batch;
    for (int i = 0; i < width; ++i) {
        llm::LlmRequest r;
        r.messages = {llm::Message{u"user"_s, u"Question %1"_s.arg(i)}};
        batch.push_back(r);
    }
    scheduler->runAll(batch); // open the connections
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        scheduler->runAll(batch);
    return double(t.nsecsElapsed()) / 1e6 / rounds;
}

double perCallOverheadMs(test::FakeLlmServer &server, int calls)
{
    server.setLatencyMs(0);
    ServerScheduler scheduler(server, model::Role::Judge, 1);
    llm::LlmRequest r;
    r.role = model::Role::Judge;
    r.messages = {llm::Message{u"user"_s, u"How are you?"_s}};
    scheduler->runAll({r}); // warm up the connection
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < calls; ++i) {
        r.sampleIndex = i;
        scheduler->runAll({r});
    }
    return double(t.nsecsElapsed()) / 1e6 / calls;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"latency-ms"_s, u"Fake server latency per call."_s, u"MS"_s, u"40"_s});
    p.addOption({u"depth"_s, u"Search depth D."_s, u"D"_s, u"20"_s});
    p.addOption({u"batch"_s, u"Training queries per level b."_s, u"b"_s, u"4"_s});
    p.addOption({u"concurrency"_s, u"Calls in flight per role."_s, u"N"_s, u"64"_s});
    p.addOption({u"skip-serial"_s, u"Skip the (slow) concurrency-1 run."_s});
    p.process(app);
    const int latency = p.value(u"latency-ms"_s).toInt();
    const int depth = p.value(u"depth"_s).toInt();
    const int batch = p.value(u"batch"_s).toInt();
    const int concurrency = p.value(u"concurrency"_s).toInt();

    test::FakeLlmServer server;
    if (!server.start())
        qFatal("cannot start the fake server");
    server.setLatencyMs(latency);

    out() << "DRPO provider benchmark: the real engine (RunController), stage 2 only, against the fake server\n"
          << "settings: W=2 A=3 D=" << depth << " b=" << batch << ", latency " << latency
          << " ms per call, concurrency " << concurrency << " per role, no cache\n";
    const RunFigures par = runStage2(server, depth, batch, concurrency);
    if (!par.finished) {
        out() << "run failed: " << par.error << Qt::endl;
        return 1;
    }
    // Level 0: respond, judge. Each later level: optimizer, respond, judge (the selector's
    // calls for new queries overlap with these, so they add no phase of their own).
    const int phases = 2 + (par.levels - 1) * 3;
    const double boundMs = double(phases) * latency;
    const double ratio = double(par.wallMs) / boundMs;
    out() << "parallel:       wall " << QString::number(par.wallMs / 1000.0, 'f', 2) << " s, " << par.calls
          << " calls, " << par.levels << " levels (incl. level 0), peak " << server.peakConcurrency()
          << " calls in flight\n"
          << "critical path:  (2 + " << (par.levels - 1) << " × 3) phases × " << latency
          << " ms = " << QString::number(boundMs / 1000.0, 'f', 2) << " s\n"
          << "ratio:          " << QString::number(ratio, 'f', 3) << " (goal ≤ 1.25) "
          << (ratio <= 1.25 ? "MET" : "NOT MET") << Qt::endl;

    if (!p.isSet(u"skip-serial"_s)) {
        const RunFigures ser = runStage2(server, depth, batch, 1);
        out() << "concurrency 1:  wall " << QString::number(ser.wallMs / 1000.0, 'f', 2) << " s, " << ser.calls
              << " calls (calls × latency = " << QString::number(ser.calls * latency / 1000.0, 'f', 2) << " s); "
              << QString::number(double(ser.wallMs) / par.wallMs, 'f', 1) << "× slower than parallel\n"
              << "                engine + client overhead per call at concurrency 1: "
              << QString::number(
                     ser.calls > 0 ? (double(ser.wallMs) - double(ser.calls) * latency) / ser.calls : 0, 'f', 3)
              << " ms" << Qt::endl;
    }
    const double phase = phaseMs(server, latency, 24, 20);
    out() << "one phase alone (24 calls at once through the scheduler, no engine): " << QString::number(phase, 'f', 2)
          << " ms for a " << latency << " ms latency" << Qt::endl;
    const double overhead = perCallOverheadMs(server, 500);
    out() << "per-call client overhead (scheduler + HTTP client + fake server, latency 0, 500 sequential calls): "
          << QString::number(overhead, 'f', 3) << " ms (goal < 1 ms) " << (overhead < 1.0 ? "MET" : "NOT MET")
          << Qt::endl;
    return 0;
}
