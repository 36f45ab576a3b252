// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON line finder on broken JSON: it gives up instead of looping.
#include "io/jsonlocator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo::io::detail;

class TestJsonLocator : public QObject {
    Q_OBJECT

private slots:
    // fuzz_jsonlocator found it: an array holding a closing brace ("[}") read nothing on each
    // turn of its loop and spun forever, on every error located in such a file.
    void arrayWithClosingBrace_returnsInsteadOfLooping()
    {
        const QByteArray data = "{\"queries\": [ }\n, {\"text\": 1}]}";
        QCOMPARE(jsonLineOf(data, u"/queries/1/text"_s), 1); // the nearest parent read: "/queries"
        QVERIFY(jsonElementLines(data, u"/queries"_s).size() <= 1);
        QCOMPARE(jsonLineOf("{\"a\": [1,\n 2]}", u"/a/1"_s), 2); // well-formed input still located
    }
};

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
