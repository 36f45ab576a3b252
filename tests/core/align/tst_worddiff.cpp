#include "align/worddiff.h"

#include <QTest>

using namespace drpo;

class TestWordDiff : public QObject {
    Q_OBJECT
private slots:
    void diff_addedBullet_isOneAddedRun()
    {
        const auto ops = align::wordDiff(QStringLiteral("Be helpful."), QStringLiteral("Be helpful.\n- Use lists."));
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops[0].kind, align::DiffOp::Kind::Same);
        QCOMPARE(ops[1].kind, align::DiffOp::Kind::Added);
        QCOMPARE(ops[1].text, QStringLiteral("- Use lists."));
    }

    void diffSize_replacement_countsBothSides()
    {
        const auto d = align::diffSize(QStringLiteral("a b c d"), QStringLiteral("a x c d e"));
        QCOMPARE(d.added, 2);
        QCOMPARE(d.removed, 1);
        const auto same = align::diffSize(QStringLiteral("same text"), QStringLiteral("same   text"));
        QCOMPARE(same.added + same.removed, 0);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
