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
        align::Retriever r({ex(QStringLiteral("a"), QStringLiteral("alpha")), ex(QStringLiteral("b"), QStringLiteral("beta")),
                            ex(QStringLiteral("c"), QStringLiteral("gamma"))});
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
};

QTEST_GUILESS_MAIN(TestRetriever)
#include "tst_retriever.moc"
