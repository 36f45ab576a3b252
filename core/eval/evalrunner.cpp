#include "eval/evalrunner.h"

#include "align/retriever.h"
#include "eval/resultsfile.h"
#include "eval/schedulerpool.h"
#include "eval/verdictparser.h"
#include "llm/scheduler.h"
#include "reward/requestbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>

#include <memory>
#include <optional>
#include <vector>

namespace drpo::eval {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("drpo::eval::EvalRunner", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("drpo::eval::EvalRunner", text, nullptr, n);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

llm::LlmResponse waitFor(QFuture<llm::LlmResponse> &f)
{
    f.waitForFinished();
    if (f.isCanceled() || f.resultCount() == 0) {
        llm::LlmResponse r;
        r.error = llm::ErrorKind::Cancelled;
        r.errorMessage = QStringLiteral("the call was cancelled");
        return r;
    }
    return f.result();
}

QList<model::Criterion> aspectCriteria(const QList<Aspect> &aspects)
{
    QList<model::Criterion> out;
    for (Aspect a : aspects)
        out.push_back(model::Criterion{aspectKey(a), aspectDefinition(a), true});
    return out;
}

// What one system needs to generate: its scheduler, request builder and example retriever.
struct Generator {
    llm::Scheduler *scheduler = nullptr;
    std::unique_ptr<reward::RequestBuilder> builder;
    std::unique_ptr<align::Retriever> retriever;
};

} // namespace

struct EvalRunner::Batch {
    SchedulerPool *pool = nullptr;
    const reward::RequestBuilder *judgeBuilder = nullptr;
    std::vector<Generator> *generators = nullptr;
};

EvalRunner::EvalRunner(EvalResults results, QString resultsPath, Sink sink)
    : m_results(std::move(results))
    , m_path(std::move(resultsPath))
    , m_sink(std::move(sink))
{}

EvalRunner::~EvalRunner() = default;

void EvalRunner::emitEvent(const EvalEvent &event)
{
    QMutexLocker<QRecursiveMutex> lock(&m_sinkMutex);
    if (m_sink)
        m_sink(event);
}

void EvalRunner::log(EvalLogLine::Severity severity, const QString &message)
{
    emitEvent(EvalLogLine{severity, message});
}

void EvalRunner::pause()
{
    QMutexLocker lock(&m_mutex);
    m_paused = true;
}

void EvalRunner::resume()
{
    QMutexLocker lock(&m_mutex);
    m_paused = false;
    m_wake.wakeAll();
}

void EvalRunner::stop()
{
    QMutexLocker lock(&m_mutex);
    if (m_stop)
        return;
    m_stop = true;
    m_wake.wakeAll();
    if (m_pool)
        m_pool->cancelAll();
    lock.unlock();
    emitEvent(EvalStateChanged{EvalState::Stopping});
}

bool EvalRunner::safePoint()
{
    QMutexLocker lock(&m_mutex);
    if (m_paused && !m_stop) {
        lock.unlock();
        emitEvent(EvalStateChanged{EvalState::Paused});
        lock.relock();
        while (m_paused && !m_stop)
            m_wake.wait(&m_mutex);
        if (!m_stop) {
            lock.unlock();
            emitEvent(EvalStateChanged{EvalState::Running});
            lock.relock();
        }
    }
    return !m_stop;
}

EvalProgress EvalRunner::progress(int batch, int batches) const
{
    EvalProgress p;
    p.done = m_results.doneCount();
    p.total = m_results.totalCount();
    p.batch = batch;
    p.batches = batches;
    {
        QMutexLocker lock(&m_callsMutex);
        p.calls = m_calls;
        p.cacheHits = m_cacheHits;
        p.tokens = m_tokens;
        p.costUsd = m_cost;
    }
    p.elapsedMs = m_clock.elapsed();
    const int doneNow = p.done - m_doneAtStart;
    if (doneNow > 0 && p.total > p.done)
        p.etaMs = qint64(double(p.elapsedMs) / doneNow * (p.total - p.done));
    else if (p.total == p.done)
        p.etaMs = 0;
    p.simulated = m_results.simulated();
    return p;
}

void EvalRunner::save(bool withIntervals)
{
    m_results.updated = nowIso();
    if (m_path.isEmpty())
        return;
    QString error;
    if (!saveResults(m_path, m_results, analyze(m_results, withIntervals), &error)) {
        // A results file that cannot be written loses work on a crash: stop and say so.
        if (m_fatal.isEmpty())
            m_fatal = error;
        log(EvalLogLine::Severity::Error, error);
        return;
    }
    emitEvent(ResultsSaved{m_path, m_results.doneCount(), m_results.totalCount()});
}

bool EvalRunner::holdRequested()
{
    QMutexLocker lock(&m_mutex);
    return m_paused || m_stop;
}

QList<EvalRunner::Generation> EvalRunner::submitGenerations(const QList<int> &itemIndexes, Batch &b)
{
    QList<Generation> out;
    for (int index : itemIndexes) {
        const BenchmarkItem &item = m_results.benchmark.items[index];
        for (qsizetype s = 0; s < m_results.systems.size(); ++s) {
            const SystemResult &sys = m_results.systems[s];
            if (!sys.spec.generates() || sys.items.contains(item.id))
                continue;
            Generator &g = (*b.generators)[std::size_t(s)];
            const QList<model::Example> shots = sys.spec.retrieve ? g.retriever->topK(item.instruction, sys.spec.k)
                                                                  : sys.spec.examples.mid(0, qMax(0, sys.spec.k));
            const llm::LlmRequest r = g.builder->respond(sys.spec.prompt, item.instruction, item.category, shots);
            out.push_back(Generation{s, index, g.scheduler->submit(r)});
        }
    }
    return out;
}

void EvalRunner::keepPrefetched()
{
    // Answers that arrived for a batch that will not run now wait, saved, for the resume.
    for (Generation &g : m_prefetched) {
        const llm::LlmResponse r = waitFor(g.future);
        m_results.systems[g.system].usage += r.usage;
        if (!r.ok())
            continue;
        ItemResult pending;
        pending.id = m_results.benchmark.items[g.item].id;
        pending.output = r.text().trimmed();
        m_results.systems[g.system].items.insert(pending.id, pending);
    }
    m_prefetched.clear();
}

void EvalRunner::runBatch(
    const QList<int> &itemIndexes, QList<Generation> generations, const QList<int> &next, Batch &b)
{
    struct Judging {
        qsizetype system = 0;
        const BenchmarkItem *item = nullptr;
        llm::LlmRequest request;
        QFuture<llm::LlmResponse> future;
        QList<Aspect> aspects;
        llm::LlmResponse response;
    };
    QList<Judging> judgings;

    auto startJudging = [&](qsizetype system, const BenchmarkItem *item, const QString &answer) {
        Judging j;
        j.system = system;
        j.item = item;
        j.aspects = aspectsFor(item->isSafety());
        j.request = b.judgeBuilder->evaluate(item->instruction, answer, aspectCriteria(j.aspects), item->category);
        j.future = b.pool->judge()->submit(j.request);
        judgings.push_back(std::move(j));
    };
    auto finishItem = [&](qsizetype system, const ItemResult &item) {
        m_results.systems[system].items.insert(item.id, item);
        emitEvent(ItemJudged{m_results.systems[system].spec.name, item});
    };

    // Answers that exist (stored, or kept from an interrupted session) go to the judge first.
    for (int index : itemIndexes) {
        const BenchmarkItem *item = &m_results.benchmark.items[index];
        for (qsizetype s = 0; s < m_results.systems.size(); ++s) {
            const auto it = m_results.systems[s].items.constFind(item->id);
            if (it != m_results.systems[s].items.cend() && it->state == ItemState::Pending)
                startJudging(s, item, it->output);
        }
    }
    // Each answer goes to the judge the moment it is read, so both lanes stay busy.
    for (Generation &g : generations) {
        const BenchmarkItem *item = &m_results.benchmark.items[g.item];
        const llm::LlmResponse r = waitFor(g.future);
        m_results.systems[g.system].usage += r.usage;
        if (r.ok()) {
            ItemResult pending;
            pending.id = item->id;
            pending.output = r.text().trimmed();
            m_results.systems[g.system].items.insert(pending.id, pending);
            startJudging(g.system, item, pending.output);
        } else if (r.error == llm::ErrorKind::Cancelled) {
            m_cancelled = true;
        } else if (llm::isFatal(r.error)) {
            if (m_fatal.isEmpty())
                m_fatal = tr("%1 (system \"%2\"): %3")
                              .arg(llm::errorKindName(r.error), m_results.systems[g.system].spec.name, r.errorMessage);
        } else {
            ItemResult failed;
            failed.id = item->id;
            failed.state = ItemState::Unscored;
            failed.error = tr("the answer could not be generated: %1").arg(r.errorMessage);
            finishItem(g.system, failed);
        }
    }
    // The generation lanes are free: the next batch's answers start while this one is judged.
    if (!next.isEmpty() && m_fatal.isEmpty() && !m_cancelled && !holdRequested())
        m_prefetched = submitGenerations(next, b);

    // Verdicts; an unreadable one is asked for once more (repair), then counted unscored.
    QList<qsizetype> repairs;
    QList<QString> problems;
    QList<QFuture<llm::LlmResponse>> repairFutures;
    for (qsizetype i = 0; i < judgings.size(); ++i) {
        Judging &j = judgings[i];
        j.response = waitFor(j.future);
        m_results.judgeUsage += j.response.usage;
        ItemResult item = m_results.systems[j.system].items.value(j.item->id);
        if (j.response.error == llm::ErrorKind::Cancelled) {
            m_cancelled = true;
            continue; // stays pending with its answer
        }
        if (llm::isFatal(j.response.error)) {
            if (m_fatal.isEmpty())
                m_fatal = tr("%1 (judge): %2").arg(llm::errorKindName(j.response.error), j.response.errorMessage);
            continue;
        }
        if (!j.response.ok()) {
            item.state = ItemState::Unscored;
            item.error = tr("the judge failed: %1").arg(j.response.errorMessage);
            finishItem(j.system, item);
            continue;
        }
        QString why;
        if (std::optional<QList<AspectScore>> scores = parseEvalVerdict(j.response.text(), j.aspects, &why)) {
            item.state = ItemState::Judged;
            item.scores = *scores;
            finishItem(j.system, item);
            continue;
        }
        repairs.push_back(i);
        problems.push_back(why);
        repairFutures.push_back(b.pool->judge()->submit(reward::repairRequest(j.request, j.response.text(), why)));
    }
    for (qsizetype k = 0; k < repairs.size(); ++k) {
        const Judging &j = judgings[repairs[k]];
        const llm::LlmResponse r = waitFor(repairFutures[k]);
        m_results.judgeUsage += r.usage;
        ItemResult item = m_results.systems[j.system].items.value(j.item->id);
        if (r.error == llm::ErrorKind::Cancelled) {
            m_cancelled = true;
            continue;
        }
        if (llm::isFatal(r.error)) {
            if (m_fatal.isEmpty())
                m_fatal = tr("%1 (judge): %2").arg(llm::errorKindName(r.error), r.errorMessage);
            continue;
        }
        QString why = problems[k];
        std::optional<QList<AspectScore>> scores;
        if (r.ok())
            scores = parseEvalVerdict(r.text(), j.aspects, &why);
        else
            why = r.errorMessage;
        if (scores) {
            item.state = ItemState::Judged;
            item.scores = *scores;
        } else {
            item.state = ItemState::Unscored;
            item.error = tr("the judge's verdict could not be read after a retry: %1").arg(why);
        }
        finishItem(j.system, item);
    }
}

EvalFinished EvalRunner::run()
{
    m_clock.start();
    if (m_results.created.isEmpty())
        m_results.created = nowIso();
    m_doneAtStart = m_results.doneCount();
    EvalFinished finished;

    SchedulerPool pool;
    QString error;
    std::vector<Generator> generators;
    if (!pool.setUp(
            m_results.settings,
            [this] {
                QList<SystemSpec> specs;
                for (const SystemResult &s : std::as_const(m_results.systems))
                    specs.push_back(s.spec);
                return specs;
            }(),
            &error)) {
        log(EvalLogLine::Severity::Error, error);
        finished.results = m_results;
        finished.analysis = analyze(m_results);
        finished.error = error;
        emitEvent(finished);
        return finished;
    }
    for (qsizetype s = 0; s < m_results.systems.size(); ++s) {
        const SystemSpec &spec = m_results.systems[s].spec;
        Generator g;
        g.scheduler = pool.forSystem(s);
        if (spec.generates()) {
            model::ModelSettings models = m_results.settings.models;
            models.base = spec.endpoint;
            g.builder = std::make_unique<reward::RequestBuilder>(models);
            g.retriever = std::make_unique<align::Retriever>(spec.examples);
        }
        generators.push_back(std::move(g));
    }
    QList<QMetaObject::Connection> connections;
    for (llm::Scheduler *s : pool.all())
        connections.push_back(QObject::connect(
            s, &llm::Scheduler::callFinished, s,
            [this](const llm::CallRecord &call) {
                {
                    QMutexLocker lock(&m_callsMutex);
                    if (call.cached) {
                        ++m_cacheHits;
                    } else if (call.attempts > 0) {
                        ++m_calls;
                        m_tokens += call.promptTokens + call.completionTokens;
                        m_cost += call.costUsd;
                    }
                }
                emitEvent(call);
            },
            Qt::DirectConnection));
    {
        QMutexLocker lock(&m_mutex);
        m_pool = &pool;
        if (m_stop)
            pool.cancelAll();
    }
    pool.start();

    const reward::RequestBuilder judgeBuilder(m_results.settings.models);
    Batch batch{&pool, &judgeBuilder, &generators};
    const int size = qMax(1, m_results.settings.batchSize);
    const int n = int(m_results.benchmark.items.size());
    const int batches = (n + size - 1) / size;
    const int todo = m_results.totalCount() - m_doneAtStart;
    log(EvalLogLine::Severity::Info,
        tr("Evaluating %n system(s) on %1 items of %2%3", int(m_results.systems.size()))
            .arg(n)
            .arg(m_results.benchmark.name)
            .arg(m_doneAtStart > 0 ? tr(": %1 done already, %2 to go").arg(m_doneAtStart).arg(todo) : QString()));

    // The batches with work left (a resumed file skips the rest), item indexes each.
    QList<QList<int>> work;
    QList<int> workBatch;
    for (int bi = 0; bi < batches; ++bi) {
        QList<int> indexes;
        for (int i = bi * size; i < qMin(n, (bi + 1) * size); ++i) {
            const QString &id = m_results.benchmark.items[i].id;
            for (const SystemResult &s : std::as_const(m_results.systems)) {
                const auto it = s.items.constFind(id);
                if ((it == s.items.cend() && s.spec.generates()) || (it != s.items.cend() && !it->isDone())) {
                    indexes.push_back(i);
                    break;
                }
            }
        }
        if (!indexes.isEmpty()) {
            work.push_back(indexes);
            workBatch.push_back(bi);
        }
    }
    for (qsizetype w = 0; w < work.size(); ++w) {
        if (!safePoint())
            break;
        QList<Generation> generations =
            m_prefetched.isEmpty() ? submitGenerations(work[w], batch) : std::exchange(m_prefetched, {});
        runBatch(work[w], std::move(generations), work.value(w + 1), batch);
        save(false);
        emitEvent(progress(workBatch[w] + 1, batches));
        if (!m_fatal.isEmpty() || m_cancelled)
            break;
    }
    keepPrefetched();

    for (const QMetaObject::Connection &c : connections)
        QObject::disconnect(c);
    {
        QMutexLocker lock(&m_mutex);
        m_pool = nullptr;
    }
    finished.complete = m_results.doneCount() == m_results.totalCount();
    m_results.finished = finished.complete;
    finished.analysis = analyze(m_results, true);
    m_results.updated = nowIso();
    if (!m_path.isEmpty()) {
        QString why;
        if (saveResults(m_path, m_results, finished.analysis, &why))
            emitEvent(ResultsSaved{m_path, m_results.doneCount(), m_results.totalCount()});
        else if (m_fatal.isEmpty())
            m_fatal = why;
    }
    if (!m_fatal.isEmpty())
        log(EvalLogLine::Severity::Error, m_fatal);
    finished.results = m_results;
    finished.error = m_fatal;
    emitEvent(finished);
    return finished;
}

} // namespace drpo::eval
