#pragma once

#include "model/example.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::align {

// Lexical retrieval of ICL examples by BM25 over the example queries. Deterministic: ties
// keep the library order. (Embedding retrieval plugs in with the real providers.)
class Retriever {
public:
    explicit Retriever(QList<model::Example> examples);

    QList<model::Example> topK(const QString &query, int k) const;
    QList<int> topKIndices(const QString &query, int k) const;
    const QList<model::Example> &examples() const { return m_examples; }

    static QStringList tokenize(const QString &text);

private:
    QList<model::Example> m_examples;
    QList<QHash<QString, int>> m_termCounts;
    QList<int> m_lengths;
    QHash<QString, int> m_docFreq;
    double m_avgLength = 0;
};

} // namespace drpo::align
