// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a criteria library: our JSON, a list, a name -> description object, CSV; bad
// files are refused with the file, the line and what is wrong.
#include "io/criteriaimporter.h"

#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using drpo::test::writeFile;

class TstCriteriaImporter : public QObject {
    Q_OBJECT
private slots:
    void formats_allRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("ours") << u"c.json"_s
                              << QByteArray(R"({"criteria": [{"name": "Clarity", "description": "Clear."},
 {"name": "Depth", "description": "Deep.", "enabled": false}], "pinned": ["Clarity"], "banned": []})");
        QTest::newRow("list") << u"c.json"_s << QByteArray(R"([{"name": "Clarity", "description": "Clear."},
 {"name": "Depth", "description": "Deep.", "enabled": false}])");
        QTest::newRow("dictionary") << u"c.json"_s << QByteArray(R"({"Clarity": "Clear.", "Depth": "Deep."})");
        QTest::newRow("csv") << u"c.csv"_s
                             << QByteArray("name,description,enabled\nClarity,Clear.,yes\nDepth,Deep.,no\n");
        QTest::newRow("project") << u"p.drpo"_s << QByteArray(R"({"format": "drpo-project", "format_version": 1,
 "criteria": {"criteria": [{"name": "Clarity", "description": "Clear."}, {"name": "Depth", "description": "Deep."}]}})");
    }
    void formats_allRead()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, content);
        io::FileError e;
        const std::optional<model::CriteriaLibrary> lib = io::importCriteria(path, &e);
        QVERIFY2(lib, qPrintable(e.toString()));
        QCOMPARE(lib->criteria.size(), 2);
        QCOMPARE(lib->criteria[0].name, u"Clarity"_s);
        QCOMPARE(lib->criteria[1].description, u"Deep."_s);
    }

    void badFiles_refusedWithLineAndReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("duplicate") << u"c.json"_s
                                   << QByteArray("[\n{\"name\": \"Clarity\", \"description\": \"a\"},\n"
                                                 "{\"name\": \"clarity\", \"description\": \"b\"}\n]")
                                   << 3 << u"appears twice"_s;
        QTest::newRow("no description") << u"c.json"_s << QByteArray("[\n{\"name\": \"Clarity\"}\n]") << 2
                                        << u"no description"_s;
        QTest::newRow("name not text") << u"c.json"_s << QByteArray("[\n{\"name\": 5, \"description\": \"a\"}\n]") << 2
                                       << u"expected text"_s;
        QTest::newRow("pin unknown") << u"c.json"_s
                                     << QByteArray("{\"criteria\": [{\"name\": \"A\", \"description\": \"a\"}],\n"
                                                   "\"pinned\": [\"B\"]}")
                                     << 2 << u"\"B\" names no criterion"_s;
        QTest::newRow("all disabled") << u"c.json"_s
                                      << QByteArray("[{\"name\": \"A\", \"description\": \"a\", \"enabled\": false}]")
                                      << 0 << u"disabled"_s;
        QTest::newRow("empty") << u"c.json"_s << QByteArray("[]") << 0 << u"no criteria"_s;
        QTest::newRow("csv header") << u"c.csv"_s << QByteArray("title,text\nA,a\n") << 1 << u"\"name\""_s;
        QTest::newRow("csv enabled") << u"c.csv"_s << QByteArray("name,description,enabled\nA,a,maybe\n") << 2
                                     << u"true or false"_s;
        QTest::newRow("syntax") << u"c.json"_s << QByteArray("[\n{\"name\": }\n]") << 2 << u"not valid JSON"_s;
        QTest::newRow("scalar") << u"c.json"_s << QByteArray("42") << 0 << u"expected criteria"_s;
    }
    void badFiles_refusedWithLineAndReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, content);
        io::FileError e;
        QVERIFY(!io::importCriteria(path, &e));
        QCOMPARE(e.file, path);
        if (line > 0)
            QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(words), qPrintable(e.toString()));
    }
};

QTEST_GUILESS_MAIN(TstCriteriaImporter)
#include "tst_criteriaimporter.moc"
