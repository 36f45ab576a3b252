// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/worddiff.h"

#include <QRegularExpression>

#include <vector>

namespace drpo::align {

namespace {

QStringList tokenize(const QString &text)
{
    // Words and single punctuation marks, each with the whitespace after it: an added comma
    // does not mark the whole word as changed, and shared spaces do not splice two
    // unrelated sentences together word by word.
    static const QRegularExpression re(
        QStringLiteral(R"(\w+\s*|[^\w\s]\s*|\s+)"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured());
    return out;
}

void append(QList<DiffChunk> &out, DiffChunk::Kind kind, const QString &text)
{
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}

} // namespace

QList<DiffChunk> wordDiff(const QString &before, const QString &after)
{
    QStringList a = tokenize(before);
    QStringList b = tokenize(after);
    constexpr qsizetype kMaxCells = 4'000'000; // about 16 MB of table: beyond it, diff by lines
    if (a.size() * b.size() > kMaxCells) {
        a = before.split(QLatin1Char('\n'));
        b = after.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i + 1 < a.size(); ++i)
            a[i] += QLatin1Char('\n');
        for (qsizetype i = 0; i + 1 < b.size(); ++i)
            b[i] += QLatin1Char('\n');
    }
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    QList<DiffChunk> out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            append(out, DiffChunk::Kind::Same, a[i]);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(out, DiffChunk::Kind::Removed, a[i++]);
        } else {
            append(out, DiffChunk::Kind::Added, b[j++]);
        }
    }
    while (i < n)
        append(out, DiffChunk::Kind::Removed, a[i++]);
    while (j < m)
        append(out, DiffChunk::Kind::Added, b[j++]);
    return out;
}

DiffSize diffSize(const QString &before, const QString &after)
{
    static const QRegularExpression word(QStringLiteral(R"(\w+)"), QRegularExpression::UseUnicodePropertiesOption);
    DiffSize s;
    for (const DiffChunk &c : wordDiff(before, after)) {
        if (c.kind == DiffChunk::Kind::Same)
            continue;
        int count = 0;
        for (auto it = word.globalMatch(c.text); it.hasNext(); it.next())
            ++count;
        (c.kind == DiffChunk::Kind::Added ? s.added : s.removed) += count;
    }
    return s;
}

} // namespace drpo::align
