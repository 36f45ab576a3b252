// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/example.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::align {

// Retrieval of the K ICL examples nearest a query: by cosine similarity of embeddings once
// they are given (useEmbeddings), else lexically by BM25 over the example queries.
// Deterministic: ties keep the library order.
class Retriever {
public:
    enum class Method { Bm25, Embeddings };

    explicit Retriever(QList<model::Example> examples);

    // Switches to cosine similarity. `vectors` maps a text (an example's query, a query)
    // to its embedding. Every example query needs a vector, all of one non-zero length;
    // otherwise returns false with *problem and BM25 stays in force.
    bool useEmbeddings(QHash<QString, QList<double>> vectors, QString *problem = nullptr);
    Method method() const { return m_method; }

    // By embeddings when the query has a vector (else BM25 for this query alone).
    QList<model::Example> topK(const QString &query, int k) const;
    QList<int> topKIndices(const QString &query, int k) const;
    // By cosine with `queryVector` when embeddings are in use and it has their length (a
    // server embeds each query as it comes), else as topKIndices(query, k).
    QList<int> topKIndices(const QString &query, const QList<double> &queryVector, int k) const;
    QList<int> bm25TopKIndices(const QString &query, int k) const;
    const QList<model::Example> &examples() const { return m_examples; }

    static QStringList tokenize(const QString &text);
    // 0 when either vector is all zeros or the lengths differ.
    static double cosine(const QList<double> &a, const QList<double> &b);
    // The k documents most similar to `query`, best first; ties in document order.
    static QList<int> rankByCosine(const QList<QList<double>> &documents, const QList<double> &query, int k);

private:
    QList<model::Example> m_examples;
    QList<QHash<QString, int>> m_termCounts;
    QList<int> m_lengths;
    QHash<QString, int> m_docFreq;
    double m_avgLength = 0;
    Method m_method = Method::Bm25;
    QHash<QString, QList<double>> m_vectors;
    QList<QList<double>> m_exampleVectors; // in library order
};

} // namespace drpo::align
