#include "align/worddiff.h"

#include <QRegularExpression>

#include <vector>

namespace drpo::align {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

void append(QList<DiffOp> &ops, DiffOp::Kind kind, const QString &word)
{
    if (!ops.isEmpty() && ops.last().kind == kind)
        ops.last().text += u' ' + word;
    else
        ops.push_back(DiffOp{kind, word});
}

} // namespace

QList<DiffOp> wordDiff(const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    const qsizetype n = a.size(), m = b.size();
    // LCS table; prompts are at most a few hundred words, so O(n*m) is fine.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<DiffOp> ops;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            append(ops, DiffOp::Kind::Same, a[i]);
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            append(ops, DiffOp::Kind::Removed, a[i++]);
        } else {
            append(ops, DiffOp::Kind::Added, b[j++]);
        }
    }
    while (i < n)
        append(ops, DiffOp::Kind::Removed, a[i++]);
    while (j < m)
        append(ops, DiffOp::Kind::Added, b[j++]);
    return ops;
}

DiffSize diffSize(const QString &before, const QString &after)
{
    DiffSize s;
    for (const DiffOp &op : wordDiff(before, after)) {
        const int count = int(op.text.count(u' ') + 1);
        if (op.kind == DiffOp::Kind::Added)
            s.added += count;
        else if (op.kind == DiffOp::Kind::Removed)
            s.removed += count;
    }
    return s;
}

} // namespace drpo::align
