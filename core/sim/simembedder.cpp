// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simembedder.h"

#include "sim/querykind.h"
#include "sim/simrng.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace drpo::sim {

namespace {

// Words that say nothing about the topic; they would only add noise to every vector.
bool isStopWord(const QString &w)
{
    static const QSet<QString> stop = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("for"),
        QStringLiteral("on"), QStringLiteral("my"), QStringLiteral("me"), QStringLiteral("what"), QStringLiteral("how"),
        QStringLiteral("do"), QStringLiteral("can"), QStringLiteral("with"), QStringLiteral("are"),
        QStringLiteral("be"), QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("your"),
        QStringLiteral("should"), QStringLiteral("does")};
    return stop.contains(w);
}

// A crude stemmer: "baking", "baked" and "bakes" land in the same bucket as "bake".
QString stem(QString w)
{
    for (const QString &suffix :
        {QStringLiteral("ing"), QStringLiteral("ed"), QStringLiteral("es"), QStringLiteral("s")}) {
        if (w.size() > suffix.size() + 2 && w.endsWith(suffix)) {
            w.chop(suffix.size());
            break;
        }
    }
    return w;
}

constexpr double kKindWeight = 1.5; // as much as one or two shared topic words
constexpr int kKindDimensions = 16; // the kind lives in the first 16 dimensions

} // namespace

QList<double> SimEmbedder::embed(const QString &text)
{
    QList<double> v(kDimensions, 0.0);
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        if (isStopWord(word))
            continue;
        // Topic words spread over the remaining dimensions with a hashed sign, so unrelated
        // words roughly cancel instead of piling up.
        const quint64 h = SimRng::hash(stem(word));
        const int d = kKindDimensions + int(h % quint64(kDimensions - kKindDimensions));
        v[d] += (h >> 32) & 1 ? 1.0 : -1.0;
    }
    const int kind = int(inferKindFromText(text));
    v[kind % kKindDimensions] += kKindWeight;
    double norm = 0;
    for (double x : std::as_const(v))
        norm += x * x;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (double &x : v)
            x /= norm;
    return v;
}

} // namespace drpo::sim
