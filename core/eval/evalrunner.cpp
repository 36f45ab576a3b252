// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalrunner.h"

#include "align/retriever.h"
#include "eval/evaltext.h"
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

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Outside waitFor: lupdate loses the class scope in a function returning llm::LlmResponse.
QString cancelledText()
{
    return EvalText::tr("the call was cancelled");
}

llm::LlmResponse waitFor(QFuture<llm::LlmResponse> &f)
{
    return llm::takeResult(f, cancelledText());
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
    std::shared_ptr<const reward::RequestBuilder> judgeBuilder; // shared with the verdict continuations
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
    const std::lock_guard lock(m_sinkMutex);
    if (m_sink)
        m_sink(event);
}

void EvalRunner::log(EvalLogLine::Severity severity, const QString &message)
{
    emitEvent(EvalLogLine{severity, message});
}

void EvalRunner::pause()
{
    std::unique_lock lock(m_mutex);
    m_paused = true;
}

void EvalRunner::resume()
{
    std::unique_lock lock(m_mutex);
    m_paused = false;
    m_wake.notify_all();
}

void EvalRunner::stop()
{
    std::unique_lock lock(m_mutex);
    if (m_stop)
        return;
    m_stop = true;
    m_wake.notify_all();
    if (m_pool)
        m_pool->cancelAll();
    lock.unlock();
    emitEvent(EvalStateChanged{EvalState::Stopping});
}

bool EvalRunner::safePoint()
{
    std::unique_lock lock(m_mutex);
    if (m_paused && !m_stop) {
        lock.unlock();
        emitEvent(EvalStateChanged{EvalState::Paused});
        lock.lock();
        while (m_paused && !m_stop)
            m_wake.wait(lock);
        if (!m_stop) {
            lock.unlock();
            emitEvent(EvalStateChanged{EvalState::Running});
            lock.lock();
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
    std::unique_lock lock(m_mutex);
    return m_paused || m_stop;
}

QList<EvalRunner::Work> EvalRunner::submitWork(const QList<int> &itemIndexes, Batch &b)
{
    QList<Work> out;
    const std::shared_ptr<const reward::RequestBuilder> judgeBuilder = b.judgeBuilder;
    llm::Scheduler *judge = b.pool->judge();
    for (int index : itemIndexes) {
        const BenchmarkItem &item = m_results.benchmark.items[index];
        const QList<Aspect> aspects = aspectsFor(item.isSafety());
        for (qsizetype s = 0; s < m_results.systems.size(); ++s) {
            const SystemResult &sys = m_results.systems[s];
            const auto it = sys.items.constFind(item.id);
            Work w;
            w.system = s;
            w.item = index;
            if (it != sys.items.cend()) {
                if (it->state != ItemState::Pending)
                    continue;
                // The answer exists (stored, or kept from an interrupted session): judge it.
                w.verdict = judge->submit(
                    judgeBuilder->evaluate(item.instruction, it->output, aspectCriteria(aspects), item.category));
            } else if (sys.spec.generates()) {
                Generator &g = (*b.generators)[std::size_t(s)];
                const QList<model::Example> shots = sys.spec.retrieve ? g.retriever->topK(item.instruction, sys.spec.k)
                                                                      : sys.spec.examples.mid(0, qMax(0, sys.spec.k));
                w.generated = true;
                const llm::ResultPromise answer = llm::makeResultPromise();
                const llm::ResultPromise verdict = llm::makeResultPromise();
                w.answer = answer->future();
                w.verdict = verdict->future();
                // Runs on the answering scheduler's thread as the answer arrives, so the judge's
                // lane never waits for this thread; a failed answer passes its error on.
                g.scheduler->submit(g.builder->respond(sys.spec.prompt, item.instruction, item.category, shots),
                    [answer, verdict, judgeBuilder, judge, instruction = item.instruction, category = item.category,
                        aspects](llm::LlmResponse r) {
                        llm::fulfil(*answer, r);
                        if (!r.ok()) {
                            llm::fulfil(*verdict, std::move(r));
                            return;
                        }
                        judge->submit(
                            judgeBuilder->evaluate(instruction, r.text().trimmed(), aspectCriteria(aspects), category),
                            [verdict](llm::LlmResponse v) { llm::fulfil(*verdict, std::move(v)); });
                    });
            } else {
                continue;
            }
            out.push_back(std::move(w));
        }
    }
    return out;
}

void EvalRunner::keepPrefetched()
{
    // What arrived for a batch that will not run now is kept: answers wait, saved, for the
    // resume, and readable verdicts count.
    for (Work &w : m_prefetched) {
        const llm::LlmResponse answer = w.generated ? waitFor(w.answer) : llm::LlmResponse{};
        const llm::LlmResponse verdict = waitFor(w.verdict);
        SystemResult &sys = m_results.systems[w.system];
        const BenchmarkItem &item = m_results.benchmark.items[w.item];
        if (w.generated) {
            sys.usage += answer.usage;
            if (!answer.ok())
                continue;
            ItemResult pending;
            pending.id = item.id;
            pending.output = answer.text().trimmed();
            sys.items.insert(pending.id, pending);
        }
        m_results.judgeUsage += verdict.usage;
        if (verdict.ok())
            if (std::optional<QList<AspectScore>> scores =
                    parseEvalVerdict(verdict.text(), aspectsFor(item.isSafety()));
                scores) {
                ItemResult judged = sys.items.value(item.id);
                judged.state = ItemState::Judged;
                judged.scores = *scores;
                sys.items.insert(item.id, judged);
                emitEvent(ItemJudged{sys.spec.name, judged});
            }
    }
    m_prefetched.clear();
}

void EvalRunner::runBatch(QList<Work> work, const QList<int> &next, Batch &b)
{
    // The next batch goes out now, behind this one in every lane's queue.
    if (!next.isEmpty() && m_fatal.isEmpty() && !m_cancelled && !holdRequested())
        m_prefetched = submitWork(next, b);

    auto finishItem = [&](qsizetype system, const ItemResult &item) {
        m_results.systems[system].items.insert(item.id, item);
        emitEvent(ItemJudged{m_results.systems[system].spec.name, item});
    };
    auto stopFor = [&](const llm::LlmResponse &r, const QString &who) {
        if (r.error == llm::ErrorKind::Cancelled) {
            m_cancelled = true;
            return true;
        }
        if (llm::isFatal(r.error)) {
            if (m_fatal.isEmpty())
                m_fatal = EvalText::tr("%1 (%2): %3").arg(llm::errorKindName(r.error), who, r.errorMessage);
            return true;
        }
        return false;
    };

    // Unreadable verdicts are asked for once more (repair), then counted unscored.
    struct Repair {
        qsizetype system;
        const BenchmarkItem *item;
        QString problem;
        QFuture<llm::LlmResponse> future;
    };
    QList<Repair> repairs;
    for (Work &w : work) {
        SystemResult &sys = m_results.systems[w.system];
        const BenchmarkItem *item = &m_results.benchmark.items[w.item];
        const QList<Aspect> aspects = aspectsFor(item->isSafety());
        const llm::LlmResponse answer = w.generated ? waitFor(w.answer) : llm::LlmResponse{};
        const llm::LlmResponse verdict = waitFor(w.verdict); // also after a failed answer: its continuation ran
        if (w.generated) {
            sys.usage += answer.usage;
            if (!answer.ok()) {
                if (!stopFor(answer, EvalText::tr("system \"%1\"").arg(sys.spec.name))) {
                    ItemResult failed;
                    failed.id = item->id;
                    failed.state = ItemState::Unscored;
                    failed.error = EvalText::tr("the answer could not be generated: %1").arg(answer.errorMessage);
                    finishItem(w.system, failed);
                }
                continue;
            }
            ItemResult pending;
            pending.id = item->id;
            pending.output = answer.text().trimmed();
            sys.items.insert(pending.id, pending);
        }
        m_results.judgeUsage += verdict.usage;
        ItemResult result = sys.items.value(item->id);
        if (stopFor(verdict, EvalText::tr("judge")))
            continue; // stays pending with its answer
        if (!verdict.ok()) {
            result.state = ItemState::Unscored;
            result.error = EvalText::tr("the judge failed: %1").arg(verdict.errorMessage);
            finishItem(w.system, result);
            continue;
        }
        QString why;
        if (std::optional<QList<AspectScore>> scores = parseEvalVerdict(verdict.text(), aspects, &why)) {
            result.state = ItemState::Judged;
            result.scores = *scores;
            finishItem(w.system, result);
            continue;
        }
        const llm::LlmRequest asked =
            b.judgeBuilder->evaluate(item->instruction, result.output, aspectCriteria(aspects), item->category);
        repairs.push_back(
            Repair{w.system, item, why, b.pool->judge()->submit(reward::repairRequest(asked, verdict.text(), why))});
    }
    for (Repair &rep : repairs) {
        const llm::LlmResponse r = waitFor(rep.future);
        m_results.judgeUsage += r.usage;
        if (stopFor(r, EvalText::tr("judge")))
            continue;
        ItemResult item = m_results.systems[rep.system].items.value(rep.item->id);
        QString why = rep.problem;
        std::optional<QList<AspectScore>> scores;
        if (r.ok())
            scores = parseEvalVerdict(r.text(), aspectsFor(rep.item->isSafety()), &why);
        else
            why = r.errorMessage;
        if (scores) {
            item.state = ItemState::Judged;
            item.scores = *scores;
        } else {
            item.state = ItemState::Unscored;
            item.error = EvalText::tr("the judge's verdict could not be read after a retry: %1").arg(why);
        }
        finishItem(rep.system, item);
    }
}

EvalFinished EvalRunner::run()
{
    m_clock.start();
    if (m_results.created.isEmpty())
        m_results.created = nowIso();
    m_doneAtStart = m_results.doneCount();
    EvalFinished finished;

    auto owned = std::make_unique<SchedulerPool>();
    SchedulerPool &pool = *owned;
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
    // The connections go with the schedulers when the pool is torn down, after their last record.
    for (llm::Scheduler *s : pool.all())
        QObject::connect(
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
            Qt::DirectConnection);
    {
        std::unique_lock lock(m_mutex);
        m_pool = &pool;
        if (m_stop)
            pool.cancelAll();
    }
    pool.start();

    Batch batch{&pool, std::make_shared<const reward::RequestBuilder>(m_results.settings.models), &generators};
    const int size = qMax(1, m_results.settings.batchSize);
    const int n = int(m_results.benchmark.items.size());
    const int batches = (n + size - 1) / size;
    const int todo = m_results.totalCount() - m_doneAtStart;
    log(EvalLogLine::Severity::Info,
        EvalText::tr("Evaluating %n system(s) on %1 items of %2%3", nullptr, int(m_results.systems.size()))
            .arg(n)
            .arg(m_results.benchmark.name)
            .arg(m_doneAtStart > 0 ? EvalText::tr(": %1 done already, %2 to go").arg(m_doneAtStart).arg(todo)
                                   : QString()));

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
        QList<Work> current = m_prefetched.isEmpty() ? submitWork(work[w], batch) : std::exchange(m_prefetched, {});
        runBatch(std::move(current), work.value(w + 1), batch);
        save(false);
        emitEvent(progress(workBatch[w] + 1, batches));
        if (!m_fatal.isEmpty() || m_cancelled)
            break;
    }
    keepPrefetched();

    {
        std::unique_lock lock(m_mutex);
        m_pool = nullptr;
    }
    generators.clear();
    owned.reset(); // joins the scheduler threads: every call record has been reported
    finished.totals = progress(batches, batches);
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
