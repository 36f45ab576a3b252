// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input files end in a clear error within bounded memory and time: a multi-gigabyte
// file (sparse, so the test costs no disk), a 100 MB single line, JSON nested 100,000 deep, an
// endless device. Every loader and importer goes through the same guarded reading.
#include "io/criteriaimporter.h"
#include "io/exampleimporter.h"
#include "io/inputlimits.h"
#include "io/jsonfile.h"
#include "io/profilefile.h"
#include "io/projectfile.h"
#include "io/queryimporter.h"
#include "io/runfile.h"
#include "io/selectionimporter.h"
#include "reward/jsonextract.h"
#include "reward/judgeparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

#include <functional>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using drpo::test::writeFile;

namespace {

// AddressSanitizer keeps freed memory in quarantine and adds shadow memory and redzones, so the
// resident size of a sanitized build says nothing about the reader's bounds: the plain build checks
// them, the sanitized build checks everything else.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Starts a new peak: the high-water mark of earlier test functions must not count (Linux; a
// no-op elsewhere).
void resetPeakRss()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// Peak resident memory of this process in MiB since the last resetPeakRss() (Linux), or -1
// where it cannot be measured (not Linux, or a sanitized build).
qint64 peakRssMiB()
{
    if (kSanitized)
        return -1;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}

// Every reader of user files, by name, returning the error it gives (empty = it read the file).
using Loader = std::function<QString(const QString &path)>;
QList<std::pair<QString, Loader>> loaders()
{
    auto err = [](const io::FileError &e) { return e.toString(); };
    return {
        {u"project"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::loadProject(p, &e) ? QString() : err(e);
            }},
        {u"run record"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::loadRunRecord(p, &e) ? QString() : err(e);
            }},
        {u"profile"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::loadProfile(p, &e) ? QString() : err(e);
            }},
        {u"queries"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::importQueries(p, io::QueryFormat::Auto, &e) ? QString() : err(e);
            }},
        {u"examples"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::importExamples(p, &e) ? QString() : err(e);
            }},
        {u"criteria"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::importCriteria(p, &e) ? QString() : err(e);
            }},
        {u"selections"_s,
            [=](const QString &p) {
                io::FileError e;
                return io::importSelections(p, &e) ? QString() : err(e);
            }},
    };
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TstInputLimits : public QObject {
    Q_OBJECT
private slots:
    void multiGigabyteFile_everyLoader_refusedAtOnceNamingTheSize()
    {
        resetPeakRss();
        QTemporaryDir dir;
        for (const char *ext : {"json", "jsonl", "csv", "txt", "drpo"}) {
            const QString path = dir.filePath(u"huge."_s + QString::fromLatin1(ext));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(3) << 30)); // 3 GiB, sparse: no disk used
            f.close();
            for (const auto &[name, load] : loaders()) {
                QElapsedTimer t;
                t.start();
                const QString error = load(path);
                QVERIFY2(t.elapsed() < 1000, qPrintable(name + u": "_s + QString::number(t.elapsed())));
                QVERIFY2(error.contains(u"3072 MiB"_s) && error.contains(u"256 MiB"_s) && error.contains(path),
                    qPrintable(name + u": "_s + error));
            }
            QFile::remove(path);
        }
        const qint64 peak = peakRssMiB();
        QVERIFY2(peak < 0 || peak < 300, qPrintable(QString::number(peak)));
    }

    void endlessDevice_readUpToTheLimitThenRefused()
    {
        if (!QFile::exists(u"/dev/zero"_s))
            QSKIP("no /dev/zero");
        io::FileError e;
        QElapsedTimer t;
        t.start();
        QVERIFY(!io::importQueries(u"/dev/zero"_s, io::QueryFormat::Text, &e));
        QVERIFY2(e.message.contains(u"256 MiB"_s), qPrintable(e.toString()));
        QVERIFY2(
            t.elapsed() < 120'000, qPrintable(QString::number(t.elapsed()))); // 256 MiB read, on a loaded CI machine
    }

    void hundredMegabyteLine_lineFormats_errorNamesTheLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("kind"); // which importer
        QTest::newRow("text queries") << u"q.txt"_s << QByteArray("first query\n") << u"queries"_s;
        QTest::newRow("jsonl queries") << u"q.jsonl"_s << QByteArray("{\"text\": \"first\"}\n") << u"queries"_s;
        QTest::newRow("csv queries") << u"q.csv"_s << QByteArray("text\nfirst\n") << u"queries"_s;
        QTest::newRow("jsonl examples") << u"e.jsonl"_s << QByteArray("{\"query\": \"q\", \"answer\": \"a\"}\n")
                                        << u"examples"_s;
        QTest::newRow("csv examples") << u"e.csv"_s << QByteArray("query,answer\nq,a\n") << u"examples"_s;
        QTest::newRow("csv criteria") << u"c.csv"_s << QByteArray("name,description\nA,b\n") << u"criteria"_s;
    }
    void hundredMegabyteLine_lineFormats_errorNamesTheLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(head);
            const QByteArray block(1 << 20, 'a');
            for (int i = 0; i < 100; ++i)
                f.write(block);
            f.write("\n");
        }
        QString error;
        resetPeakRss();
        QElapsedTimer t;
        t.start();
        for (const auto &[loaderName, load] : loaders())
            if (loaderName == kind)
                error = load(path);
        const int line = int(head.count('\n')) + 1;
        QVERIFY2(error.startsWith(path + u':' + QString::number(line) + u':'), qPrintable(error));
        QVERIFY2(error.contains(u"100.0 MiB"_s) && error.contains(u"16 MiB"_s), qPrintable(error));
        QVERIFY2(t.elapsed() < 10'000, qPrintable(QString::number(t.elapsed())));
        const qint64 peak = peakRssMiB();
        QVERIFY2(peak < 0 || peak < 600, qPrintable(QString::number(peak)));
    }

    void deepJson_everyLoader_locatedErrorNoCrash()
    {
        QTemporaryDir dir;
        const QByteArray deep = nested(100'000);
        for (const char *ext : {"json", "jsonl", "drpo"}) {
            const QString path = dir.filePath(u"deep."_s + QString::fromLatin1(ext));
            QVERIFY(writeFile(path, deep));
            for (const auto &[name, load] : loaders()) {
                const QString error = load(path);
                QVERIFY2(error.contains(u"nested more than 256 levels"_s) && error.startsWith(path + u":1:257:"_s),
                    qPrintable(name + u": "_s + error));
            }
        }
        // Deep inside a valid-looking project, on line 3.
        const QString project = dir.filePath(u"p.drpo"_s);
        QVERIFY(writeFile(project, "{\"format\": \"drpo-project\",\n\"format_version\": 1,\n\"x\": " + deep + "}"));
        io::FileError e;
        QVERIFY(!io::loadProject(project, &e));
        QCOMPARE(e.line, 3);
    }

    void deepJson_justUnderTheLimit_stillReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ok.json"_s);
        QVERIFY(writeFile(path, nested(kMaxDepthForTest)));
        io::FileError e;
        QVERIFY2(io::readJsonFile(path, &e), qPrintable(e.toString()));
    }

    void deepJson_inAModelAnswer_isNoVerdict()
    {
        QString why;
        const QString answer = u"Here is my verdict: "_s + QString::fromLatin1(nested(100'000)) + u" done"_s;
        QVERIFY(!reward::extractJsonObject(answer, &why));
        QVERIFY(!why.isEmpty());
        const QString objects = QString(100'000, u'{').prepend(u"{\"Clarity\": "_s);
        QVERIFY(!reward::parseJudgeVerdict(objects, {u"Clarity"_s}, &why));
    }

    void lineTooLongAt_findsTheLineAndItsStart()
    {
        const QByteArray data = "ab\ncdefg\nh";
        qsizetype start = -1;
        QCOMPARE(io::lineTooLongAt(data.constData(), data.size(), 4, &start), 1);
        QCOMPARE(start, 3);
        QCOMPARE(io::lineTooLongAt(data.constData(), data.size(), 5), -1);
        QCOMPARE(io::lineTooLongAt(nullptr, 0, 0), -1);
        QCOMPARE(io::jsonTooDeepAt("[\"[[[[\", [[]]]", 14, 2), 10);
        QCOMPARE(io::jsonTooDeepAt("[\"[[[[\", [[]]]", 14, 3), -1);
    }

private:
    static constexpr int kMaxDepthForTest = io::kMaxJsonDepth;
};

QTEST_GUILESS_MAIN(TstInputLimits)
#include "tst_inputlimits.moc"
