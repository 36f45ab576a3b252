#include "align/retriever.h"

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
    static const QStringList stop = {QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"),
                                     QStringLiteral("and"), QStringLiteral("or"),  QStringLiteral("of"),
                                     QStringLiteral("to"),  QStringLiteral("in"),  QStringLiteral("is"),
                                     QStringLiteral("it"),  QStringLiteral("i"),   QStringLiteral("you"),
                                     QStringLiteral("for"), QStringLiteral("on"),  QStringLiteral("my"),
                                     QStringLiteral("me"),  QStringLiteral("what"), QStringLiteral("how"),
                                     QStringLiteral("do"),  QStringLiteral("can"), QStringLiteral("with")};
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

QList<int> Retriever::topKIndices(const QString &query, int k) const
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
