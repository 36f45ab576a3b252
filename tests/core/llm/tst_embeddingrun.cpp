// SPDX-License-Identifier: GPL-3.0-or-later
// ICL retrieval by embeddings in a real run against the fake server: the embedder role's
// requests reach /v1/embeddings once per run, the base model sees the nearest examples by
// cosine (not BM25's), a rerun is served from the cache; a failing embeddings endpoint falls
// back to BM25 with a warning, and a 401 pauses the run with a message.
#include "fakellmserver.h"
#include "runeventspy.h"

#include "align/retriever.h"
#include "engine/runcontroller.h"
#include "io/projectfile.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const char *kKeyEnv = "DRPO_TEST_EMBED_KEY";

struct Outcome {
    model::RunRecord record;
    QStringList warnings;
    QStringList infos;
};

// The example queries a chat respond request carries (user turns before the last one).
QStringList examplesSent(const FakeRequest &r)
{
    QStringList users;
    for (const QJsonValue &m : r.json.value(u"messages").toArray())
        if (m.toObject().value(u"role").toString() == u"user")
            users << m.toObject().value(u"content").toString();
    if (!users.isEmpty())
        users.removeLast();
    return users;
}

QString lastUserTurn(const FakeRequest &r)
{
    QString last;
    for (const QJsonValue &m : r.json.value(u"messages").toArray())
        if (m.toObject().value(u"role").toString() == u"user")
            last = m.toObject().value(u"content").toString();
    return last;
}

QList<FakeRequest> respondRequests(const FakeLlmServer &server)
{
    QList<FakeRequest> out;
    for (const FakeRequest &r : server.requests())
        if (r.path.endsWith("/chat/completions") && r.json.value(u"model").toString() == u"fake-base")
            out << r;
    return out;
}
} // namespace

class TstEmbeddingRun : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    model::RunInput input(const FakeLlmServer &server, model::CacheMode cache)
    {
        io::FileError error;
        const std::optional<model::Project> p = io::loadDemoProject(&error);
        if (!p)
            qFatal("demo project: %s", qPrintable(error.toString()));
        model::RunInput in = p->runInput();
        in.settings.stages = model::Stages::Prompt; // the seed examples are the library
        in.settings.depth = 1;
        in.settings.beamWidth = 2;
        in.settings.actions = 2;
        in.settings.validationSize = 0;
        in.settings.kOptimize = 2;
        for (model::Role r : model::kModelRoles) {
            model::RoleConfig &c = in.models.role(r);
            c.kind = u"openai"_s;
            c.baseUrls = {server.baseUrl()};
            c.model = r == model::Role::Base ? u"fake-base"_s
                : r == model::Role::Embedder ? u"fake-embed"_s
                                             : u"fake-model"_s;
            c.keyEnv = QString::fromLatin1(kKeyEnv);
            c.concurrency = 4;
        }
        in.models.provider.cache = cache;
        in.models.provider.cachePath = m_dir.filePath(u"cache/responses.sqlite"_s);
        in.models.provider.timeoutMs = 2000;
        return in;
    }

    static Outcome runToEnd(const model::RunInput &in, const QString &runFile = {})
    {
        engine::RunController run;
        const test::RunOutcome r = test::runUntilSettled(run, in, runFile);
        Outcome out;
        out.record = r.record;
        out.warnings = r.warnings;
        out.infos = r.infos + r.errors;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv(kKeyEnv, "sk-embed-test-0123456789");
    }

    void run_withEmbedder_retrievesNearestByCosineAndRerunMakesNoCalls()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        const model::RunInput in = input(server, model::CacheMode::On);
        const QList<model::Example> &library = in.seedExamples;
        const int n = int(library.size());
        QVERIFY(n >= 4);
        // Example i points along axis i; every other text (a query) points mostly at the
        // last example and a little at the one before: those two are its nearest, in order.
        QHash<QString, int> axis;
        for (int i = 0; i < n; ++i)
            axis.insert(library[i].query, i);
        server.setEmbedder([axis, n](const QString &text) {
            QList<double> v(n, 0.0);
            if (const auto it = axis.constFind(text); it != axis.cend()) {
                v[*it] = 1;
            } else {
                v[n - 1] = 1;
                v[n - 2] = 0.5;
            }
            return v;
        });
        const QStringList nearest{library[n - 1].query, library[n - 2].query};

        const Outcome a = runToEnd(in, m_dir.filePath(u"run.json"_s));
        QVERIFY2(a.record.status == model::RunState::Finished, qPrintable(a.record.error));
        QVERIFY2(a.warnings.isEmpty(), qPrintable(a.warnings.join(u'\n')));

        // One batch of distinct texts, sent once per run to the embedder's model.
        QSet<QString> texts;
        for (const model::Example &e : library)
            texts << e.query;
        for (const model::Query &q : in.queries.queries)
            texts << q.text;
        const int expectedCalls = int((texts.size() + llm::kEmbedBatchSize - 1) / llm::kEmbedBatchSize);
        QCOMPARE(server.requestCount(u"/v1/embeddings"_s), expectedCalls);
        int embedded = 0;
        for (const FakeRequest &r : server.requests())
            if (r.path.endsWith("/embeddings")) {
                QCOMPARE(r.json.value(u"model").toString(), u"fake-embed"_s);
                embedded += int(r.json.value(u"input").toArray().size());
            }
        QCOMPARE(embedded, int(texts.size()));
        QVERIFY(a.record.usageByRole.value(u"embedder"_s).calls == expectedCalls);
        QVERIFY2(a.record.retrieval.startsWith(u"embeddings"), qPrintable(a.record.retrieval));

        // Every answer was given with the two nearest examples by cosine; BM25 would have
        // picked others for at least one of these queries (so the check can tell them apart).
        const align::Retriever bm25(library);
        const QList<FakeRequest> answers = respondRequests(server);
        QVERIFY(answers.size() >= 3);
        bool bm25Differs = false;
        for (const FakeRequest &r : answers) {
            QCOMPARE(examplesSent(r), nearest);
            QStringList lexical;
            for (const model::Example &e : bm25.topK(lastUserTurn(r), 2))
                lexical << e.query;
            bm25Differs = bm25Differs || lexical != nearest;
        }
        QVERIFY(bm25Differs);

        // The same configuration again: everything, the embeddings included, from the cache.
        const int before = server.requestCount();
        const Outcome b = runToEnd(in);
        QVERIFY2(b.record.status == model::RunState::Finished, qPrintable(b.record.error));
        QCOMPARE(server.requestCount(), before);
        QCOMPARE(b.record.usageByRole.value(u"embedder"_s).cacheHits, qint64(expectedCalls));
        QCOMPARE(b.record.bestNodeId, a.record.bestNodeId);

        // The embedder's key is in no file the run wrote (run record, response cache).
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("sk-embed-test"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2);
    }

    void run_embeddingsKeepFailing_warnsAndFallsBackToBm25()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        FakeFault fault = FakeFault::httpStatus(500);
        fault.pathContains = u"/embeddings"_s;
        server.injectFault(fault, 1000);
        const model::RunInput in = input(server, model::CacheMode::Off);

        const Outcome out = runToEnd(in);
        QVERIFY2(out.record.status == model::RunState::Finished, qPrintable(out.record.error));
        QVERIFY(server.requestCount(u"/v1/embeddings"_s) > 1); // retried before giving up
        const QString warnings = out.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"BM25"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"500") || warnings.contains(u"injected failure"), qPrintable(warnings));
        QVERIFY2(out.record.retrieval.startsWith(u"bm25"), qPrintable(out.record.retrieval));

        const align::Retriever bm25(in.seedExamples);
        const QList<FakeRequest> answers = respondRequests(server);
        QVERIFY(!answers.isEmpty());
        for (const FakeRequest &r : answers) {
            QStringList lexical;
            for (const model::Example &e : bm25.topK(lastUserTurn(r), 2))
                lexical << e.query;
            QCOMPARE(examplesSent(r), lexical);
        }
    }

    void run_embeddingsUnauthorized_pausesWithMessageBeforeAnswering()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        FakeFault fault = FakeFault::httpStatus(401, R"({"error":{"message":"Incorrect API key provided"}})");
        fault.pathContains = u"/embeddings"_s;
        server.injectFault(fault, 1000);
        const Outcome out = runToEnd(input(server, model::CacheMode::Off));
        QVERIFY(out.record.status == model::RunState::Paused || out.record.status == model::RunState::Failed);
        QVERIFY2(out.record.error.contains(u"embedder"), qPrintable(out.record.error));
        QVERIFY2(out.record.error.contains(u"key"), qPrintable(out.record.error));
        QCOMPARE(server.requestCount(u"/v1/embeddings"_s), 1); // fatal: not retried
        QCOMPARE(respondRequests(server).size(), 0);           // nothing answered without retrieval
        QVERIFY(out.record.nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstEmbeddingRun)
#include "tst_embeddingrun.moc"
