// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation benchmark: 1000 benchmark items x 3 systems (one base endpoint: no prompt, the
// basic prompt, URIAL-style) judged through the evaluation runner against the fake
// OpenAI-compatible server at a fixed latency per call. Prints the wall time against the
// bound total calls x latency / calls in flight (the base lane's and the judge's limits), at
// several latencies, and then reruns one evaluation from the response cache, which must make
// zero network calls.
//
//   drpo_bench_eval [--latency-ms 100,250] [--items 1000] [--concurrency 32] [--batch 100]

#include "fakellmserver.h"

#include "eval/benchmarkimporter.h"
#include "eval/evalrunner.h"
#include "eval/systemfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// `count` items: the demo benchmark's queries, repeated with a variant number so that no two
// requests are the same call (80% regular, 20% safety, as in just-eval).
eval::Benchmark benchmarkOf(int count)
{
    io::FileError error;
    const std::optional<eval::Benchmark> demo = eval::demoBenchmark(&error);
    if (!demo)
        qFatal("demo benchmark: %s", qPrintable(error.toString()));
    eval::Benchmark b;
    b.name = u"bench"_s;
    for (int i = 0; i < count; ++i) {
        eval::BenchmarkItem item = demo->items[i % demo->items.size()];
        item.id = QString::number(i);
        item.instruction += u" (variant %1)"_s.arg(i / demo->items.size());
        b.items.push_back(item);
    }
    return b;
}

eval::EvalResults plan(const test::FakeLlmServer &server, int items, int concurrency, int batch, const QString &cache)
{
    model::RoleConfig endpoint;
    endpoint.kind = u"openai"_s;
    endpoint.baseUrls = {server.baseUrl()};
    endpoint.model = u"fake-base"_s;
    endpoint.concurrency = concurrency;
    eval::EvalResults r;
    r.benchmark = benchmarkOf(items);
    r.settings.batchSize = batch;
    r.settings.bootstrap.samples = 1000;
    r.settings.models.judge = endpoint;
    r.settings.models.judge.model = u"fake-judge"_s;
    r.settings.models.provider.cache = cache.isEmpty() ? model::CacheMode::Off : model::CacheMode::On;
    r.settings.models.provider.cachePath = cache;
    QString error;
    for (eval::Method m : {eval::Method::None, eval::Method::Basic, eval::Method::Urial})
        r.systems.push_back(eval::SystemResult{*eval::makeSystem(m, endpoint, nullptr, &error), {}, {}});
    return r;
}

struct Figures {
    qint64 wallMs = 0;
    int requests = 0;
    bool complete = false;
    QString error;
};

Figures run(test::FakeLlmServer &server, const eval::EvalResults &p, const QString &file)
{
    server.clearRequests();
    QElapsedTimer t;
    t.start();
    const eval::EvalFinished done = eval::EvalRunner(p, file, {}).run();
    Figures f;
    f.wallMs = t.elapsed();
    f.requests = server.requestCount(u"/chat/completions"_s);
    f.complete = done.complete;
    f.error = done.error;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"latency-ms"_s, u"Fake server latencies per call, comma separated."_s, u"MS,MS"_s, u"100,250"_s});
    p.addOption({u"items"_s, u"Benchmark items."_s, u"N"_s, u"1000"_s});
    p.addOption({u"concurrency"_s, u"Calls in flight per lane (the base endpoint's, the judge's)."_s, u"N"_s, u"32"_s});
    p.addOption({u"batch"_s, u"Benchmark items per batch (a save and a safe point after each)."_s, u"N"_s, u"100"_s});
    p.process(app);
    const int items = p.value(u"items"_s).toInt();
    const int concurrency = p.value(u"concurrency"_s).toInt();
    const int batch = p.value(u"batch"_s).toInt();

    test::FakeLlmServer server;
    if (!server.start())
        qFatal("cannot start the fake server");
    QTemporaryDir dir;
    const int inFlight = 2 * concurrency; // one base lane and the judge's, each `concurrency` wide
    out() << "DRPO evaluation benchmark: " << items << " items x 3 systems (no prompt, basic, URIAL-style) on one "
          << "base endpoint, judged, against the fake server\n"
          << "concurrency " << concurrency << " per lane (" << inFlight << " calls in flight), batches of " << batch
          << " items, results saved after each batch, cache off for the timed runs\n";
    bool met = true;
    for (const QString &l : p.value(u"latency-ms"_s).split(u',', Qt::SkipEmptyParts)) {
        const int latency = l.toInt();
        server.setLatencyMs(latency);
        const Figures f =
            run(server, plan(server, items, concurrency, batch, {}), dir.filePath(u"r%1.json"_s.arg(latency)));
        if (!f.complete) {
            out() << "evaluation failed: " << f.error << Qt::endl;
            return 1;
        }
        const double boundMs = double(f.requests) * latency / inFlight;
        const double ratio = double(f.wallMs) / boundMs;
        met = met && ratio <= 1.25;
        out() << "latency " << latency << " ms: wall " << QString::number(f.wallMs / 1000.0, 'f', 2) << " s, "
              << f.requests << " calls; bound " << f.requests << " x " << latency << " ms / " << inFlight << " = "
              << QString::number(boundMs / 1000.0, 'f', 2) << " s; ratio " << QString::number(ratio, 'f', 3)
              << " (goal <= 1.25) " << (ratio <= 1.25 ? "MET" : "NOT MET") << "; peak " << server.peakConcurrency()
              << " in flight" << Qt::endl;
    }

    // The same evaluation twice with the response cache: the second makes no network call.
    server.setLatencyMs(0);
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    const eval::EvalResults cached = plan(server, items, concurrency, batch, cache);
    const Figures first = run(server, cached, {});
    const Figures again = run(server, cached, {});
    out() << "cache: first run " << first.requests << " network calls in "
          << QString::number(first.wallMs / 1000.0, 'f', 2) << " s; rerun " << again.requests << " network calls in "
          << QString::number(again.wallMs / 1000.0, 'f', 2) << " s "
          << (again.requests == 0 && again.complete ? "MET" : "NOT MET") << Qt::endl;
    return met && again.requests == 0 ? 0 : 2;
}
