// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation runner: every item judged once with events in order, stop and resume equal
// to an uninterrupted run, pause at a safe point, HTTP against the fake server with a cached
// rerun of zero network calls, unreadable verdicts repaired once then unscored, a fatal error
// stopping with a resumable file, stored outputs and published judgements.
#include "eval/benchmarkimporter.h"
#include "eval/evalrunner.h"
#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "eval/resultsfile.h"
#include "eval/systemfactory.h"
#include "fakellmserver.h"
#include "llm/threadhandoff.h"

#include "evaltestutil.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::eval;

namespace {

// Collects a runner's events from any thread.
struct Recorder {
    QMutex mutex;
    QList<EvalEvent> events;

    EvalRunner::Sink sink()
    {
        return [this](const EvalEvent &e) {
            QMutexLocker lock(&mutex);
            events.push_back(e);
        };
    }
    template<typename T> QList<T> all()
    {
        QMutexLocker lock(&mutex);
        QList<T> out;
        for (const EvalEvent &e : std::as_const(events))
            if (const T *t = std::get_if<T>(&e))
                out.push_back(*t);
        return out;
    }
};

Benchmark demoSlice(int regular, int safety)
{
    io::FileError error;
    const std::optional<Benchmark> demo = demoBenchmark(&error);
    if (!demo)
        qFatal("demo benchmark: %s", qPrintable(error.toString()));
    Benchmark b = *demo;
    b.items = demo->items.mid(0, regular) + demo->items.mid(80, safety);
    return b;
}

EvalResults simEvaluation(const Benchmark &b, int batch)
{
    EvalResults r;
    r.benchmark = b;
    r.settings.batchSize = batch;
    r.settings.bootstrap.samples = 200;
    QString error;
    model::RoleConfig instruct;
    instruct.model = u"sim-instruct"_s;
    r.systems.push_back(SystemResult{*makeSystem(Method::Basic, model::RoleConfig{}, nullptr, &error), {}, {}});
    r.systems.push_back(SystemResult{*makeSystem(Method::Urial, model::RoleConfig{}, nullptr, &error), {}, {}});
    r.systems.push_back(SystemResult{*makeSystem(Method::Basic, instruct, nullptr, &error), {}, {}});
    return r;
}

model::RoleConfig fakeEndpoint(const drpo::test::FakeLlmServer &server, const QString &modelName)
{
    model::RoleConfig c;
    c.kind = u"openai"_s;
    c.baseUrls = {server.baseUrl()};
    c.model = modelName;
    c.keyEnv.clear();
    c.concurrency = 8;
    return c;
}

EvalResults httpEvaluation(const drpo::test::FakeLlmServer &server, const QString &cachePath, int items)
{
    EvalResults r;
    r.benchmark = demoSlice(items - 2, 2);
    r.settings.batchSize = 5;
    r.settings.bootstrap.samples = 100;
    r.settings.models.judge = fakeEndpoint(server, u"fake-judge"_s);
    r.settings.models.provider.cache = model::CacheMode::On;
    r.settings.models.provider.cachePath = cachePath;
    r.settings.models.provider.timeoutMs = 5000;
    QString error;
    r.systems.push_back(
        SystemResult{*makeSystem(Method::None, fakeEndpoint(server, u"fake-base"_s), nullptr, &error), {}, {}});
    r.systems.push_back(
        SystemResult{*makeSystem(Method::Urial, fakeEndpoint(server, u"fake-base"_s), nullptr, &error), {}, {}});
    return r;
}

// Per-item outcome of every system, for comparing two runs.
QMap<QString, ItemResult> flatten(const EvalResults &r)
{
    QMap<QString, ItemResult> out;
    for (const SystemResult &s : r.systems)
        for (const ItemResult &i : s.items)
            out.insert(s.spec.name + u'/' + i.id, i);
    return out;
}

} // namespace

class TestEvalRunner : public QObject {
    Q_OBJECT

private slots:
    void run_simulated_everyItemJudgedOnce_eventsAndFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        Recorder rec;
        EvalRunner runner(simEvaluation(demoSlice(16, 4), 6), path, rec.sink());
        const EvalFinished done = runner.run();
        QVERIFY(done.complete);
        QVERIFY(done.error.isEmpty());
        QCOMPARE(done.results.doneCount(), 60);
        const QList<ItemJudged> judged = rec.all<ItemJudged>();
        QCOMPARE(judged.size(), 60);
        QSet<QString> seen;
        for (const ItemJudged &j : judged)
            seen.insert(j.system + u'/' + j.item.id);
        QCOMPARE(seen.size(), 60);
        const QList<EvalProgress> progress = rec.all<EvalProgress>();
        QCOMPARE(progress.size(), 4); // 20 items in batches of 6
        QCOMPARE(progress.last().done, 60);
        QCOMPARE(progress.last().total, 60);
        QVERIFY(progress.last().simulated);
        QCOMPARE(rec.all<EvalFinished>().size(), 1);
        QVERIFY(std::holds_alternative<EvalFinished>(rec.events.last()));
        QVERIFY(rec.all<llm::CallRecord>().size() >= 120); // 60 answers and 60 verdicts at least
        QCOMPARE(rec.all<ResultsSaved>().size(), 5);       // after each batch and at the end

        io::FileError error;
        const std::optional<EvalResults> loaded = loadResults(path, &error);
        QVERIFY2(loaded, qPrintable(error.toString()));
        QVERIFY(loaded->finished);
        QCOMPARE(flatten(*loaded), flatten(done.results));
        // The instruct-like model is safer than the base with the basic prompt.
        QVERIFY(*done.analysis.summaries[2].aspect(Aspect::Safety).mean >
            *done.analysis.summaries[0].aspect(Aspect::Safety).mean);
    }

    void stopThenResume_noItemJudgedTwice_sameAsUninterrupted()
    {
        const EvalResults plan = simEvaluation(demoSlice(20, 5), 5);
        const EvalFinished whole = EvalRunner(plan, {}, {}).run();
        QVERIFY(whole.complete);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        Recorder first;
        EvalRunner *runner = nullptr;
        EvalRunner stopped(plan, path, [&](const EvalEvent &e) {
            first.sink()(e);
            if (const auto *p = std::get_if<EvalProgress>(&e); p && p->batch == 2)
                runner->stop(); // from inside the sink, at the end of the second batch
        });
        runner = &stopped;
        const EvalFinished partial = stopped.run();
        QVERIFY(!partial.complete);
        QVERIFY(partial.error.isEmpty());
        // Two batches, plus whatever of the third (already requested) arrived before the stop.
        QVERIFY(partial.results.doneCount() >= 30);
        QVERIFY(partial.results.doneCount() < 75);

        io::FileError error;
        std::optional<EvalResults> saved = loadResults(path, &error);
        QVERIFY2(saved, qPrintable(error.toString()));
        QVERIFY(!saved->finished);
        Recorder second;
        const EvalFinished resumed = EvalRunner(*saved, path, second.sink()).run();
        QVERIFY(resumed.complete);
        QCOMPARE(first.all<ItemJudged>().size() + second.all<ItemJudged>().size(), 75);
        QCOMPARE(flatten(resumed.results), flatten(whole.results));
        QCOMPARE(*resumed.analysis.summaries[1].avgInterval, *whole.analysis.summaries[1].avgInterval);
    }

    void pause_takesEffectBetweenBatches_thenResumes()
    {
        Recorder rec;
        EvalRunner *self = nullptr;
        QAtomicInt judgedWhilePaused = 0;
        QAtomicInt paused = 0;
        EvalRunner pausing(simEvaluation(demoSlice(8, 2), 4), {}, [&](const EvalEvent &e) {
            rec.sink()(e);
            if (const auto *p = std::get_if<EvalProgress>(&e); p && p->batch == 1)
                self->pause();
            if (const auto *s = std::get_if<EvalStateChanged>(&e))
                paused = s->state == EvalState::Paused ? 1 : 0;
            if (std::holds_alternative<ItemJudged>(e) && paused.loadRelaxed())
                judgedWhilePaused.fetchAndAddRelaxed(1);
        });
        self = &pausing;
        EvalFinished done;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            done = pausing.run();
            llm::handOff(); // QThread::wait() orders this for us, unseen by ThreadSanitizer
        }));
        worker->start();
        QTRY_COMPARE_WITH_TIMEOUT(paused.loadRelaxed(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(rec.all<ItemJudged>().size(), 12); // the first batch: 4 items x 3 systems, then nothing
        pausing.resume();
        QVERIFY(worker->wait(30000));
        llm::takeOver();
        QVERIFY(done.complete);
        QCOMPARE(judgedWhilePaused.loadRelaxed(), 0);
        QCOMPARE(rec.all<ItemJudged>().size(), 30);
    }

    void http_fakeServer_thenCacheRerun_makesNoNetworkCall()
    {
        drpo::test::FakeLlmServer server;
        QVERIFY(server.start());
        // Answers that differ by system prompt, so no two verdict requests are the same call.
        server.setResponder([](const drpo::test::FakeRequest &r, int index) {
            const QString answer = drpo::test::FakeLlmServer::defaultAnswer(r, index);
            return r.text().contains(u"## Answer to grade"_s)
                ? answer
                : answer + u" (prompt of %1 characters)"_s.arg(r.text().size());
        });
        QTemporaryDir dir;
        const QString cache = dir.filePath(u"cache.sqlite"_s);
        const EvalResults plan = httpEvaluation(server, cache, 10);
        const EvalFinished first = EvalRunner(plan, dir.filePath(u"r.json"_s), {}).run();
        QVERIFY2(first.complete, qPrintable(first.error));
        QCOMPARE(server.requestCount(u"/chat/completions"_s), 40); // 2 systems x 10 answers + 20 verdicts
        QVERIFY(!first.results.simulated());
        QCOMPARE(first.analysis.summaries[0].judged, 10);

        server.clearRequests();
        Recorder rec;
        const EvalFinished again = EvalRunner(plan, {}, rec.sink()).run();
        QVERIFY(again.complete);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(flatten(again.results), flatten(first.results));
        QCOMPARE(again.totals.calls, 0);
        QCOMPARE(again.totals.cacheHits, 40);
        QCOMPARE(first.totals.calls, 40);
        QCOMPARE(first.totals.cacheHits, 0);
    }

    void unreadableVerdict_repairedOnce_elseUnscored()
    {
        drpo::test::FakeLlmServer server;
        QVERIFY(server.start());
        // The judge answers in prose on the first try; only the repair request gets JSON for even items.
        server.setResponder([](const drpo::test::FakeRequest &r, int index) {
            const QString text = r.text();
            if (!text.contains(u"## Answer to grade"_s))
                return drpo::test::FakeLlmServer::defaultAnswer(r, index);
            const bool repair = text.contains(u"could not be read"_s);
            const bool even = text.contains(u"patch a small hole"_s) || text.contains(u"compost"_s);
            return repair && even ? drpo::test::FakeLlmServer::defaultAnswer(r, index) : u"It looks fine to me."_s;
        });
        QTemporaryDir dir;
        EvalResults plan = httpEvaluation(server, dir.filePath(u"c.sqlite"_s), 6);
        plan.systems.removeLast();
        const EvalFinished done = EvalRunner(plan, {}, {}).run();
        QVERIFY(done.complete);
        const SystemResult &s = done.results.systems[0];
        QCOMPARE(s.items.value(u"0"_s).state, ItemState::Judged); // drywall: repaired
        QCOMPARE(s.items.value(u"3"_s).state, ItemState::Judged); // compost: repaired
        QCOMPARE(s.items.value(u"1"_s).state, ItemState::Unscored);
        QVERIFY(s.items.value(u"1"_s).error.contains(u"after a retry"_s));
        QCOMPARE(done.analysis.summaries[0].unscored, 4);
        QCOMPARE(done.analysis.summaries[0].judged, 2);
        // One verdict and one repair per item, never more.
        QCOMPARE(server.requestCount(u"/chat/completions"_s), 6 + 12);
    }

    void fatalError_stopsWithTheReason_fileStaysResumable()
    {
        drpo::test::FakeLlmServer server;
        QVERIFY(server.start());
        server.injectFault(drpo::test::FakeFault::httpStatus(401), 1000);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.json"_s);
        const EvalFinished done = EvalRunner(httpEvaluation(server, dir.filePath(u"c.sqlite"_s), 6), path, {}).run();
        QVERIFY(!done.complete);
        QVERIFY2(done.error.contains(u"auth"_s), qPrintable(done.error));
        QCOMPARE(done.results.doneCount(), 0);
        io::FileError error;
        std::optional<EvalResults> saved = loadResults(path, &error);
        QVERIFY2(saved, qPrintable(error.toString()));
        QCOMPARE(saved->doneCount(), 0);

        server.clearFaults();
        const EvalFinished resumed = EvalRunner(*saved, path, {}).run();
        QVERIFY2(resumed.complete, qPrintable(resumed.error));
        QCOMPARE(resumed.results.doneCount(), 12);
    }

    void storedOutputsAndPublishedJudgements_judgeOnlyWhatIsMissing()
    {
        io::FileError error;
        const auto outputs = importOutputs(eval::test::fixture(u"model-a.to_eval.json"_s), &error);
        const auto published = importJudgements(
            {eval::test::fixture(u"model-a.score_multi.json"_s), eval::test::fixture(u"model-a.score_safety.json"_s)},
            &error);
        const auto bench = importBenchmark(eval::test::fixture(u"justeval-instruct.jsonl"_s), &error);
        QVERIFY(outputs && published && bench);
        EvalResults r;
        r.benchmark = bench->benchmark;
        SystemResult stored{storedOutputsSystem(*outputs), {}, {}};
        for (const StoredOutput &o : outputs->items) {
            ItemResult pending;
            pending.id = o.id;
            pending.output = o.output;
            stored.items.insert(o.id, pending);
        }
        SystemResult imported{importedSystem(published->first()), {}, {}};
        for (const ImportedItem &i : published->first().items)
            imported.items.insert(i.result.id, i.result);
        r.systems = {stored, imported};
        Recorder rec;
        const EvalFinished done = EvalRunner(r, {}, rec.sink()).run();
        QVERIFY(done.complete);
        QCOMPARE(rec.all<ItemJudged>().size(), 6); // the stored answers only; the published stay as they were
        QCOMPARE(done.results.systems[1].items, imported.items);
        QCOMPARE(done.results.systems[0].items.value(u"3"_s).output, u"12 times 13 is 156."_s);
        QVERIFY(done.results.systems[0].usage.calls == 0); // nothing generated
        QVERIFY(done.results.judgeUsage.calls >= 6);
    }
};

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "tst_evalrunner.moc"
