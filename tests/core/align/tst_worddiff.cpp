// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/worddiff.h"

#include <QTest>

using namespace drpo;
using align::DiffChunk;

namespace {
QString rebuild(const QList<DiffChunk> &chunks, DiffChunk::Kind skip)
{
    QString out;
    for (const DiffChunk &c : chunks)
        if (c.kind != skip)
            out += c.text;
    return out;
}
} // namespace

class TestWordDiff : public QObject {
    Q_OBJECT
private slots:
    void diff_addedBullet_onlyTheBulletIsAdded()
    {
        const QString before = QStringLiteral("Be helpful.\n");
        const QString after = QStringLiteral("Be helpful.\n- Use lists.\n");
        const auto chunks = align::wordDiff(before, after);
        QCOMPARE(rebuild(chunks, DiffChunk::Kind::Added), before);
        QCOMPARE(rebuild(chunks, DiffChunk::Kind::Removed), after);
        QCOMPARE(chunks.last().kind, DiffChunk::Kind::Added);
        QVERIFY(chunks.last().text.contains(QStringLiteral("Use lists.")));
        QCOMPARE(chunks.first().kind, DiffChunk::Kind::Same);
    }

    void diffSize_replacement_countsWordsOnBothSides()
    {
        const auto d = align::diffSize(QStringLiteral("a b c d "), QStringLiteral("a x c d e "));
        QCOMPARE(d.added, 2);
        QCOMPARE(d.removed, 1);
        const auto same = align::diffSize(QStringLiteral("same text"), QStringLiteral("same text"));
        QCOMPARE(same.added + same.removed, 0);
        const auto fromNothing = align::diffSize(QString(), QStringLiteral("You are kind."));
        QCOMPARE(fromNothing.added, 3);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
