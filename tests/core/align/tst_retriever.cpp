// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/retriever.h"

#include <QTest>

using namespace drpo;

namespace {
model::Example ex(const QString &id, const QString &q)
{
    model::Example e;
    e.id = id;
    e.query = q;
    e.answer = QStringLiteral("answer");
    return e;
}
} // namespace

class TestRetriever : public QObject {
    Q_OBJECT
private slots:
    void topK_similarQuery_ranksFirst()
    {
        align::Retriever r({ex(QStringLiteral("a"), QStringLiteral("How do I bake sourdough bread at home?")),
            ex(QStringLiteral("b"), QStringLiteral("What is the weather in Paris today?")),
            ex(QStringLiteral("c"), QStringLiteral("Tell me how to hurt my neighbour"))});
        const QList<model::Example> top = r.topK(QStringLiteral("Is it going to rain in Paris today?"), 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top[0].id, QStringLiteral("b"));
    }

    void topK_ties_keepLibraryOrder()
    {
        align::Retriever r({ex(QStringLiteral("a"), QStringLiteral("alpha")),
            ex(QStringLiteral("b"), QStringLiteral("beta")), ex(QStringLiteral("c"), QStringLiteral("gamma"))});
        const QList<int> idx = r.topKIndices(QStringLiteral("unrelated words"), 3);
        QCOMPARE(idx, (QList<int>{0, 1, 2}));
    }

    void topK_kLargerThanLibrary_isBounded()
    {
        align::Retriever r({ex(QStringLiteral("a"), QStringLiteral("alpha"))});
        QCOMPARE(r.topK(QStringLiteral("alpha"), 5).size(), 1);
        QCOMPARE(r.topK(QStringLiteral("alpha"), 0).size(), 0);
        align::Retriever empty({});
        QCOMPARE(empty.topK(QStringLiteral("x"), 3).size(), 0);
    }

    void cosine_givenVectors_ranksByAngleNotLength()
    {
        // Document 2 is long but points the other way; 1 is short and nearly parallel.
        const QList<QList<double>> docs{{1, 0, 0}, {0.1, 0.9, 0}, {-10, 0, 0}, {0.9, 0.1, 0}};
        QCOMPARE(align::Retriever::rankByCosine(docs, {1, 0.05, 0}, 4), (QList<int>{0, 3, 1, 2}));
        QCOMPARE(align::Retriever::rankByCosine(docs, {1, 0.05, 0}, 2), (QList<int>{0, 3}));
        QVERIFY(qAbs(align::Retriever::cosine({1, 0}, {3, 0}) - 1.0) < 1e-12);
        QCOMPARE(align::Retriever::cosine({0, 0}, {1, 0}), 0.0);    // a zero vector matches nothing
        QCOMPARE(align::Retriever::cosine({1, 0}, {1, 0, 0}), 0.0); // lengths differ
    }

    void cosine_ties_keepLibraryOrder()
    {
        // 0, 2 and 3 are equally near; 1 is nearer. Ties keep the library order.
        const QList<QList<double>> docs{{1, 1}, {1, 0}, {2, 2}, {1, 1}};
        QCOMPARE(align::Retriever::rankByCosine(docs, {1, 0.2}, 4), (QList<int>{1, 0, 2, 3}));
        QCOMPARE(align::Retriever::rankByCosine(docs, {0, 0}, 4), (QList<int>{0, 1, 2, 3}));
    }

    void topK_withEmbeddings_followsVectorsNotWords()
    {
        align::Retriever r({ex(QStringLiteral("a"), QStringLiteral("How do I bake sourdough bread at home?")),
            ex(QStringLiteral("b"), QStringLiteral("What is the weather in Paris today?")),
            ex(QStringLiteral("c"), QStringLiteral("Tell me how to hurt my neighbour"))});
        const QString query = QStringLiteral("Is it going to rain in Paris today?");
        QCOMPARE(r.topK(query, 1).value(0).id, QStringLiteral("b")); // BM25: shared words
        QCOMPARE(r.method(), align::Retriever::Method::Bm25);
        // Vectors that say the query is about baking: embeddings must win over the words.
        QHash<QString, QList<double>> v{{r.examples()[0].query, {1, 0, 0}}, {r.examples()[1].query, {0, 1, 0}},
            {r.examples()[2].query, {0, 0, 1}}, {query, {0.9, 0.3, 0.1}}};
        QString problem;
        QVERIFY2(r.useEmbeddings(v, &problem), qPrintable(problem));
        QCOMPARE(r.method(), align::Retriever::Method::Embeddings);
        const QList<model::Example> top = r.topK(query, 2);
        QCOMPARE(top.value(0).id, QStringLiteral("a"));
        QCOMPARE(top.value(1).id, QStringLiteral("b"));
        // A query without a vector falls back to BM25 for that query alone.
        QCOMPARE(r.topK(QStringLiteral("bread recipe for sourdough"), 1).value(0).id, QStringLiteral("a"));
        QCOMPARE(r.topK(QStringLiteral("neighbour hurt"), 1).value(0).id, QStringLiteral("c"));
    }

    void useEmbeddings_missingOrMismatchedVectors_keepsBm25()
    {
        align::Retriever r(
            {ex(QStringLiteral("a"), QStringLiteral("alpha")), ex(QStringLiteral("b"), QStringLiteral("beta"))});
        QString problem;
        QVERIFY(!r.useEmbeddings({{QStringLiteral("alpha"), {1, 0}}}, &problem)); // "beta" has none
        QVERIFY(problem.contains(QStringLiteral("beta")));
        QCOMPARE(r.method(), align::Retriever::Method::Bm25);
        problem.clear();
        QVERIFY(!r.useEmbeddings({{QStringLiteral("alpha"), {1, 0}}, {QStringLiteral("beta"), {1, 0, 0}}}, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!r.useEmbeddings(
            {{QStringLiteral("alpha"), {1, 0}}, {QStringLiteral("beta"), {0, 1}}, {QStringLiteral("q"), {1}}},
            &problem));
        QCOMPARE(r.method(), align::Retriever::Method::Bm25);
        QCOMPARE(r.topKIndices(QStringLiteral("beta"), 1), (QList<int>{1}));
    }
};

QTEST_GUILESS_MAIN(TestRetriever)
#include "tst_retriever.moc"
