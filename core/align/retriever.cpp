// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/retriever.h"

#include "align/aligntext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace drpo::align {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

bool isStopWord(const QString &w)
{
    static const QStringList stop = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("for"),
        QStringLiteral("on"), QStringLiteral("my"), QStringLiteral("me"), QStringLiteral("what"), QStringLiteral("how"),
        QStringLiteral("do"), QStringLiteral("can"), QStringLiteral("with")};
    return stop.contains(w);
}
} // namespace

QStringList Retriever::tokenize(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (const QString &t : text.toLower().split(nonWord, Qt::SkipEmptyParts))
        if (!isStopWord(t))
            out << t;
    return out;
}

Retriever::Retriever(QList<model::Example> examples)
    : m_examples(std::move(examples))
{
    qint64 total = 0;
    for (const model::Example &e : std::as_const(m_examples)) {
        QHash<QString, int> counts;
        const QStringList toks = tokenize(e.query);
        for (const QString &t : toks)
            ++counts[t];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ++m_docFreq[it.key()];
        m_termCounts.push_back(counts);
        m_lengths.push_back(int(toks.size()));
        total += toks.size();
    }
    m_avgLength = m_examples.isEmpty() ? 0 : double(total) / double(m_examples.size());
}

bool Retriever::useEmbeddings(QHash<QString, QList<double>> vectors, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    QList<QList<double>> exampleVectors;
    qsizetype dimension = -1;
    for (const model::Example &e : std::as_const(m_examples)) {
        const auto it = vectors.constFind(e.query);
        if (it == vectors.cend())
            return fail(AlignText::tr("no embedding for the example \"%1\"").arg(e.query.left(60)));
        if (dimension < 0)
            dimension = it->size();
        if (it->isEmpty() || it->size() != dimension)
            return fail(AlignText::tr("the embeddings have different or zero lengths (%1 and %2)")
                            .arg(dimension)
                            .arg(it->size()));
        exampleVectors.push_back(*it);
    }
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it)
        if (it->size() != dimension && dimension >= 0)
            return fail(
                AlignText::tr("the embeddings have different lengths (%1 and %2)").arg(dimension).arg(it->size()));
    m_vectors = std::move(vectors);
    m_exampleVectors = std::move(exampleVectors);
    m_method = Method::Embeddings;
    return true;
}

double Retriever::cosine(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0;
    double dot = 0, na = 0, nb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

QList<int> Retriever::rankByCosine(const QList<QList<double>> &documents, const QList<double> &query, int k)
{
    const int n = int(documents.size());
    k = std::clamp(k, 0, n);
    QList<double> score(n);
    for (int d = 0; d < n; ++d)
        score[d] = cosine(documents[d], query);
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score[a] > score[b]; });
    order.resize(k);
    return order;
}

QList<int> Retriever::topKIndices(const QString &query, int k) const
{
    if (m_method == Method::Embeddings) {
        const auto it = m_vectors.constFind(query);
        if (it != m_vectors.cend())
            return rankByCosine(m_exampleVectors, *it, k);
    }
    return bm25TopKIndices(query, k);
}

QList<int> Retriever::topKIndices(const QString &query, const QList<double> &queryVector, int k) const
{
    if (m_method == Method::Embeddings && !m_exampleVectors.isEmpty() &&
        queryVector.size() == m_exampleVectors.first().size())
        return rankByCosine(m_exampleVectors, queryVector, k);
    return topKIndices(query, k);
}

QList<int> Retriever::bm25TopKIndices(const QString &query, int k) const
{
    const int n = int(m_examples.size());
    k = std::clamp(k, 0, n);
    if (k == 0)
        return {};
    const QStringList terms = tokenize(query);
    QList<double> score(n, 0.0);
    for (int d = 0; d < n; ++d) {
        for (const QString &t : terms) {
            const int tf = m_termCounts[d].value(t);
            if (tf == 0)
                continue;
            const int df = m_docFreq.value(t);
            const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
            const double norm = kK1 * (1 - kB + kB * (m_avgLength > 0 ? m_lengths[d] / m_avgLength : 1));
            score[d] += idf * tf * (kK1 + 1) / (tf + norm);
        }
    }
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score[a] > score[b]; });
    order.resize(k);
    return order;
}

QList<model::Example> Retriever::topK(const QString &query, int k) const
{
    QList<model::Example> out;
    for (int i : topKIndices(query, k))
        out.push_back(m_examples[i]);
    return out;
}

} // namespace drpo::align
