// SPDX-License-Identifier: GPL-3.0-or-later
// FileError text, atomic writes and JSON file reading.
#include "io/atomicfile.h"
#include "io/fileerror.h"
#include "io/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;
using drpo::io::FileError;
using drpo::test::readFile;
using drpo::test::writeFile;

class TestFileIo : public QObject {
    Q_OBJECT

private slots:
    void fileErrorToString_allParts_joinsWithColons()
    {
        const FileError e{u"/tmp/a.json"_s, 3, 7, u"/queries/2/text"_s, u"expected text."_s};
        QCOMPARE(e.toString(), u"/tmp/a.json:3:7: /queries/2/text: expected text."_s);
    }

    void fileErrorToString_unknownParts_omitsThem()
    {
        QCOMPARE((FileError{u"a.csv"_s, 4, 0, {}, u"bad row."_s}).toString(), u"a.csv:4: bad row."_s);
        QCOMPARE((FileError{u"a.csv"_s, 0, 5, u"text"_s, u"bad."_s}).toString(), u"a.csv: text: bad."_s);
        QCOMPARE((FileError{{}, 0, 0, {}, u"just a message."_s}).toString(), u"just a message."_s);
    }

    void writeFileAtomic_missingFolders_createsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/out.txt"_s);
        QString error;
        QVERIFY2(drpo::io::writeFileAtomic(path, "hello", &error), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("hello"));
    }

    void writeFileAtomic_existingFile_replacesContentAndLeavesNoTemporaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_s);
        QVERIFY(writeFile(path, "old content that is longer than the new one"));
        QString error;
        QVERIFY2(drpo::io::writeFileAtomic(path, "new", &error), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"out.json"_s});
    }

    void writeFileAtomic_parentIsRegularFile_failsAndKeepsThatFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"notadir"_s);
        QVERIFY(writeFile(blocker, "user data"));
        QString error;
        QVERIFY(!drpo::io::writeFileAtomic(blocker + u"/out.json"_s, "x", &error));
        QVERIFY2(error.contains(u"out.json"), qPrintable(error));
        QCOMPARE(readFile(blocker), QByteArray("user data"));
    }

    void writeFileAtomic_targetIsFolder_fails()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        QString error;
        QVERIFY(!drpo::io::writeFileAtomic(dir.filePath(u"sub"_s), "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(dir.filePath(u"sub"_s)).isDir());
    }

    void writeFileAtomic_writeFailsHalfway_keepsOldFile()
    {
#ifdef Q_OS_LINUX
        // Tests run as root, so permissions cannot make the write fail; a file size limit can,
        // in the middle of writing, which is the case atomicity is for.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.drpo"_s);
        const QByteArray old(100, 'o');
        QVERIFY(writeFile(path, old));
        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool ok = drpo::io::writeFileAtomic(path, QByteArray(1 << 20, 'n'), &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"project.drpo"), qPrintable(error));
        QCOMPARE(readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"project.drpo"_s});
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void readJsonFile_valid_parses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QVERIFY(writeFile(path, "\xEF\xBB\xBF{\"a\": [1, 2], \"b\": \"\xC3\xA4\"}"));
        FileError error;
        const auto j = drpo::io::readJsonFile(path, &error);
        QVERIFY2(j, qPrintable(error.toString()));
        QCOMPARE(j->at("a").size(), 2u);
        QCOMPARE(j->at("b").get<QString>(), u"ä"_s);
    }

    void readJsonFile_syntaxError_namesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(path, "{\n  \"a\": 1,\n  \"b\": tru,\n  \"c\": 2\n}\n"));
        FileError error;
        QVERIFY(!drpo::io::readJsonFile(path, &error));
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, 3);
        QVERIFY2(error.column >= 8 && error.column <= 11, qPrintable(error.toString()));
        QVERIFY2(error.message.contains(u"not valid JSON"), qPrintable(error.toString()));
        QVERIFY(error.toString().startsWith(path + u":3:"_s));
    }

    void readJsonFile_unterminatedObject_pointsAtEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.json"_s);
        QVERIFY(writeFile(path, "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\""));
        FileError error;
        QVERIFY(!drpo::io::readJsonFile(path, &error));
        QCOMPARE(error.line, 3);
    }

    void readJsonFile_emptyOrMissing_saysSo()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.json"_s);
        QVERIFY(writeFile(empty, "  \n"));
        FileError error;
        QVERIFY(!drpo::io::readJsonFile(empty, &error));
        QVERIFY2(error.message.contains(u"empty"), qPrintable(error.toString()));
        const QString missing = dir.filePath(u"missing.json"_s);
        QVERIFY(!drpo::io::readJsonFile(missing, &error));
        QCOMPARE(error.file, missing);
        QVERIFY(!error.message.isEmpty());
    }

    void writeJsonFile_object_prettyWithTrailingNewline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QString error;
        QVERIFY(drpo::io::writeJsonFile(path, drpo::model::Json{{"a", 1}, {"b", {1, 2}}}, &error));
        const QByteArray text = readFile(path);
        QVERIFY2(text.startsWith("{\n  \"a\": 1,\n  \"b\": [\n    1,"), text.constData());
        QVERIFY(text.endsWith("}\n"));
        FileError readError;
        QCOMPARE_JSON(*drpo::io::readJsonFile(path, &readError), (drpo::model::Json{{"a", 1}, {"b", {1, 2}}}));
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"
