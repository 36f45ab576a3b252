// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated embeddings model: deterministic unit vectors where shared topic words and
// the same kind of query bring texts together; served by SimProvider for the embedder role.
#include "sim/simembedder.h"
#include "sim/simprovider.h"

#include "align/retriever.h"

#include <QTest>

using namespace drpo;
using namespace drpo::sim;
using namespace Qt::Literals::StringLiterals;

namespace {
double cos(const QString &a, const QString &b)
{
    return align::Retriever::cosine(SimEmbedder::embed(a), SimEmbedder::embed(b));
}
} // namespace

class TestSimEmbedder : public QObject {
    Q_OBJECT

private slots:
    void embed_sameText_sameUnitVector()
    {
        const QList<double> a = SimEmbedder::embed(u"How do I bake sourdough bread?"_s);
        QCOMPARE(a.size(), SimEmbedder::kDimensions);
        QCOMPARE(a, SimEmbedder::embed(u"How do I bake sourdough bread?"_s));
        double norm = 0;
        for (double x : a)
            norm += x * x;
        QVERIFY(qAbs(norm - 1.0) < 1e-9);
        QVERIFY(a != SimEmbedder::embed(u"Who won the match last night?"_s));
    }

    void embed_sharedStems_nearerThanUnrelated()
    {
        const QString q = u"Any tips for baking sourdough bread at home?"_s;
        const double related = cos(q, u"How do I bake sourdough bread?"_s);
        const double unrelated = cos(q, u"Write a short poem about the sea."_s);
        QVERIFY2(related > unrelated + 0.2, qPrintable(u"%1 vs %2"_s.arg(related).arg(unrelated)));
    }

    void embed_sameKindNoSharedWords_nearerThanOtherKind()
    {
        // No topic word in common: only the kind of query (both how-tos) relates them.
        const QString howTo = u"How do I repot a cactus?"_s;
        const double sameKind = cos(howTo, u"How can I fix a squeaky door hinge?"_s);
        const double otherKind = cos(howTo, u"What is the stock price of Apple right now?"_s);
        QVERIFY2(sameKind > otherKind, qPrintable(u"%1 vs %2"_s.arg(sameKind).arg(otherKind)));
    }

    void provider_embedRequest_returnsOneVectorPerText()
    {
        SimProvider p(model::Role::Embedder, 7);
        llm::LlmRequest r;
        r.role = model::Role::Embedder;
        r.purpose = llm::Purpose::Embed;
        r.embedInput = {u"first text"_s, u"second text"_s, u"first text"_s};
        const llm::LlmResponse out = p.answer(r);
        QVERIFY(out.ok());
        QCOMPARE(out.embeddings.size(), 3);
        QCOMPARE(out.embeddings[0], SimEmbedder::embed(u"first text"_s));
        QCOMPARE(out.embeddings[0], out.embeddings[2]);
        QVERIFY(out.choices.isEmpty());
        QCOMPARE(out.usage.calls, 1);
        QVERIFY(out.usage.promptTokens > 0);
        // The vectors are a fixed model's: another seed gives the same ones.
        QCOMPARE(SimProvider(model::Role::Embedder, 99).answer(r).embeddings, out.embeddings);
        QCOMPARE(p.model(), u"sim-embedder"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimEmbedder)
#include "tst_simembedder.moc"
