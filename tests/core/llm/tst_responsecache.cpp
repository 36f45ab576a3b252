// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite response cache: hits make no network call, errors are not cached, keys
// never reach the file, several writers share one file.
#include "llmtestharness.h"

#include "llm/sqliteresponsecache.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;
using model::Role;

class TstResponseCache : public QObject {
    Q_OBJECT
private slots:
    void secondIdenticalRequest_servedFromCache_noNetworkCall()
    {
        QTemporaryDir dir;
        LlmHarness h;
        auto cache = llm::SqliteResponseCache::openAt(dir.filePath(u"c.sqlite"_s));
        QVERIFY(cache);
        h.scheduler->setCache(cache);
        h.use(Role::Judge, h.config());
        const llm::LlmRequest req = LlmHarness::chat(u"cache me"_s, Role::Judge);
        const llm::LlmResponse first = h.run(req);
        QVERIFY(first.ok());
        QVERIFY(!first.cached);
        QCOMPARE(h.server.requestCount(), 1);
        const llm::LlmResponse second = h.run(req);
        QVERIFY(second.ok());
        QVERIFY(second.cached);
        QCOMPARE(second.text(), first.text());
        QCOMPARE(second.usage.calls, 0);
        QCOMPARE(second.usage.cacheHits, 1);
        QCOMPARE(h.server.requestCount(), 1);
        const auto counts = h.scheduler->cacheCounts();
        QCOMPARE(counts.value(u"judge"_s).hits, 1);
        QCOMPARE(counts.value(u"judge"_s).misses, 1);

        // A different sample index is a different request.
        llm::LlmRequest other = req;
        other.sampleIndex = 1;
        QVERIFY(!h.run(other).cached);
        QCOMPARE(h.server.requestCount(), 2);
    }

    void reopenedCacheFile_sameConfiguration_zeroNetworkCalls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        LlmHarness h;
        h.use(Role::Judge, h.config());
        QList<llm::LlmRequest> reqs;
        for (int i = 0; i < 6; ++i)
            reqs.push_back(LlmHarness::chat(u"persist %1"_s.arg(i), Role::Judge));
        {
            h.scheduler->setCache(llm::SqliteResponseCache::openAt(path));
            h.scheduler->runAll(reqs);
        }
        QCOMPARE(h.server.requestCount(), 6);
        // A second run with a fresh cache object on the same file, as a new process would.
        auto reopened = llm::SqliteResponseCache::openAt(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->count(), 6);
        h.scheduler->setCache(reopened);
        for (const llm::LlmResponse &r : h.scheduler->runAll(reqs))
            QVERIFY(r.cached);
        QCOMPARE(h.server.requestCount(), 6);
    }

    void errors_areNotCached()
    {
        QTemporaryDir dir;
        LlmHarness h;
        auto cache = llm::SqliteResponseCache::openAt(dir.filePath(u"c.sqlite"_s));
        h.scheduler->setCache(cache);
        h.use(Role::Judge, h.config());
        h.server.injectFault(FakeFault::httpStatus(401), 1);
        const llm::LlmRequest req = LlmHarness::chat(u"x"_s, Role::Judge);
        QCOMPARE(h.run(req).error, llm::ErrorKind::Auth);
        QCOMPARE(cache->count(), 0);
        const llm::LlmResponse again = h.run(req);
        QVERIFY(again.ok());
        QVERIFY(!again.cached);
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(cache->count(), 1);
    }

    void apiKey_neverInAnyWrittenFile()
    {
        QTemporaryDir dir;
        {
            LlmHarness h;
            h.scheduler->setCache(llm::SqliteResponseCache::openAt(dir.filePath(u"c.sqlite"_s)));
            h.use(Role::Judge, h.config());
            h.use(Role::Selector, h.config(u"anthropic"_s));
            h.server.injectFault(
                FakeFault::httpStatus(401, R"({"error":{"message":"bad key sk-test-VERYSECRET-0123456789abcdef"}})"));
            QList<llm::LlmRequest> reqs;
            for (int i = 0; i < 5; ++i)
                reqs.push_back(LlmHarness::chat(u"q%1"_s.arg(i), i % 2 ? Role::Judge : Role::Selector));
            const QList<llm::LlmResponse> rs = h.scheduler->runAll(reqs);
            for (const llm::LlmResponse &r : rs)
                QVERIFY(!r.errorMessage.contains(LlmHarness::secret()));
        }
        int files = 0;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(LlmHarness::secret().toUtf8()), qPrintable(f.fileName()));
            QVERIFY(!bytes.contains("VERYSECRET"));
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void concurrentWriters_twoCachesOneFile_allEntriesKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sqlite"_s);
        auto a = llm::SqliteResponseCache::openAt(path);
        auto b = llm::SqliteResponseCache::openAt(path);
        QVERIFY(a && b);
        auto write = [](std::shared_ptr<llm::SqliteResponseCache> c, int base) {
            for (int i = 0; i < 100; ++i) {
                llm::LlmResponse r;
                r.choices = {u"answer %1"_s.arg(base + i)};
                c->store(QByteArray::number(base + i), r);
                c->lookup(QByteArray::number(base + i / 2));
            }
        };
        // Threads of our own rather than a QThreadPool's, whose hand-over of the task
        // ThreadSanitizer cannot see; QThreads, not std::threads, whose adopted QThread
        // objects die with them while the caches still hold a connection to them.
        std::unique_ptr<QThread> threads[] = {std::unique_ptr<QThread>(QThread::create(write, a, 0)),
            std::unique_ptr<QThread>(QThread::create(write, b, 1000)),
            std::unique_ptr<QThread>(QThread::create(write, a, 2000))};
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait(60000));
        QCOMPARE(a->count(), 300);
        const std::optional<llm::LlmResponse> hit = b->lookup("2042");
        QVERIFY(hit);
        QCOMPARE(hit->text(), u"answer 2042"_s);
    }

    void embeddings_roundTripThroughCache()
    {
        QTemporaryDir dir;
        auto c = llm::SqliteResponseCache::openAt(dir.filePath(u"e.sqlite"_s));
        llm::LlmResponse r;
        r.embeddings = {{0.5, 0.25}, {1.0, -1.0}};
        c->store("k", r);
        const std::optional<llm::LlmResponse> back = c->lookup("k");
        QVERIFY(back);
        QCOMPARE(back->embeddings, r.embeddings);
        QVERIFY(!c->lookup("missing"));
        QCOMPARE(c->hits(), 1);
        QCOMPARE(c->misses(), 1);
    }
};

QTEST_GUILESS_MAIN(TstResponseCache)
#include "tst_responsecache.moc"
