// SPDX-License-Identifier: GPL-3.0-or-later
// drpo project new / check as a headless user drives them: a project from their own files
// through the workstation's importers, then optimized; hostile or broken files give one clear
// error naming the file and the line, and nothing is overwritten.
#include "io/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using drpo::test::readFile;
using drpo::test::writeFile;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

QByteArray queriesJsonl(int n)
{
    QByteArray out;
    for (int i = 1; i <= n; ++i)
        out += "{\"id\": \"u" + QByteArray::number(i) + "\", \"text\": \"How do I fix problem number " +
            QByteArray::number(i) + "?\", \"category\": \"how-to\"}\n";
    return out;
}

} // namespace

class TstCliProject : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void newFromOwnFiles_checkSummarises_thenOptimizes()
    {
        QTemporaryDir dir;
        const QString queries = writeFile(dir, u"queries.jsonl"_s, queriesJsonl(10));
        const QString examples = writeFile(dir, u"examples.csv"_s,
            "query,answer\n\"How do I boil an egg?\",\"1. Boil water.\n2. Add the egg for 8 minutes.\"\n"
            "What is rain?,Water falling from clouds.\n");
        const QString criteria = writeFile(dir, u"criteria.json"_s,
            R"({"Helpfulness": "Does it help?", "Clarity": "Is it clear?", "Safety": "Is it safe?"})");
        const QString project = dir.filePath(u"mine.drpo"_s);
        const Result made = runCli({u"project"_s, u"new"_s, project, u"--queries"_s, queries, u"--examples"_s, examples,
            u"--criteria"_s, criteria, u"--validation-split"_s, u"0.2"_s});
        QVERIFY2(made.code == 0, qPrintable(made.err + made.out));
        QVERIFY2(made.out.contains(u"queries:   10 (8 training, 2 validation)"_s), qPrintable(made.out));
        io::FileError fe;
        const std::optional<model::Project> p = io::loadProject(project, &fe);
        QVERIFY2(p, qPrintable(fe.toString()));
        QCOMPARE(p->name, u"mine"_s);
        QCOMPARE(p->queries.queries.size(), 10);
        QCOMPARE(p->queries.validationIds, (QStringList{u"u5"_s, u"u10"_s}));
        QCOMPARE(p->seedExamples.size(), 2);
        QCOMPARE(p->seedExamples[0].answer, u"1. Boil water.\n2. Add the egg for 8 minutes."_s);
        QCOMPARE(p->criteria.criteria.size(), 3);

        const Result check = runCli({u"project"_s, u"check"_s, project});
        QCOMPARE(check.code, 0);
        for (const QString &part : {u"queries:   10 (8 training, 2 validation); how-to 10"_s,
                 u"criteria:  3 (3 enabled, 0 pinned, 0 banned)"_s, u"examples:  2 seed examples"_s,
                 u"ok: ready to optimize"_s})
            QVERIFY2(check.out.contains(part), qPrintable(part + u" not in:\n"_s + check.out));

        const Result run = runCli({u"optimize"_s, project, u"--depth"_s, u"2"_s, u"--rounds"_s, u"1"_s, u"--quiet"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Best system prompt"_s));
    }

    void newWithDefaults_defaultCriteriaAndNoSplit()
    {
        QTemporaryDir dir;
        const QString queries = writeFile(dir, u"q.txt"_s, "first question\nsecond question\n");
        const QString project = dir.filePath(u"p.drpo"_s);
        const Result made = runCli({u"project"_s, u"new"_s, project, u"--queries"_s, queries, u"--name"_s, u"Plain"_s});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        io::FileError fe;
        const std::optional<model::Project> p = io::loadProject(project, &fe);
        QVERIFY(p);
        QCOMPARE(p->name, u"Plain"_s);
        QCOMPARE(p->criteria.criteria.size(), 14);
        QVERIFY(p->queries.validationIds.isEmpty());
        QVERIFY2(made.err.contains(u"warning:"_s) && made.err.contains(u"no seed examples"_s), qPrintable(made.err));
    }

    void existingOut_refusedWithoutForce_keptIntact_replacedWithForce()
    {
        QTemporaryDir dir;
        const QString queries = writeFile(dir, u"q.txt"_s, "a question\n");
        const QString project = writeFile(dir, u"taken.drpo"_s, "my precious work");
        const Result refused = runCli({u"project"_s, u"new"_s, project, u"--queries"_s, queries});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(project) && refused.err.contains(u"--force"_s), qPrintable(refused.err));
        QCOMPARE(readFile(project), QByteArray("my precious work"));
        const Result forced = runCli({u"project"_s, u"new"_s, project, u"--queries"_s, queries, u"--force"_s});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        io::FileError fe;
        QVERIFY(io::loadProject(project, &fe));
    }

    void badInput_oneClearErrorNamingFileAndLine_nothingWritten_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // after the file name
        QTest::newRow("queries: broken JSONL")
            << u"--queries"_s << u"q.jsonl"_s << QByteArray("{\"text\": \"ok\"}\n{\"text\": \"cut\n") << u":2:"_s;
        QTest::newRow("queries: CSV without text column")
            << u"--queries"_s << u"q.csv"_s << QByteArray("id,question\n1,what?\n") << u":1:"_s;
        QTest::newRow("queries: duplicate ids")
            << u"--queries"_s << u"q.csv"_s << QByteArray("id,text\nx,one\ny,two\nx,three\n") << u":4:"_s;
        QTest::newRow("queries: deep JSON")
            << u"--queries"_s << u"q.json"_s << (QByteArray(100'000, '[') + QByteArray(100'000, ']')) << u":1:257:"_s;
        QTest::newRow("queries: binary") << u"--queries"_s << u"q.json"_s << QByteArray("\x00\x01\x02\xff", 4)
                                         << u":1:"_s;
        QTest::newRow("examples: no answer")
            << u"--examples"_s << u"e.json"_s << QByteArray("[\n{\"query\": \"q\"}\n]") << u":2:"_s;
        QTest::newRow("criteria: no description")
            << u"--criteria"_s << u"c.json"_s << QByteArray("[\n{\"name\": \"A\"}\n]") << u":2:"_s;
    }
    void badInput_oneClearErrorNamingFileAndLine_nothingWritten()
    {
        QFETCH(QString, flag);
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString bad = writeFile(dir, name, content);
        const QString good = writeFile(dir, u"good.txt"_s, "a fine question\n");
        const QString project = dir.filePath(u"out.drpo"_s);
        QStringList args{u"project"_s, u"new"_s, project};
        if (flag != u"--queries")
            args << u"--queries"_s << good;
        args << flag << bad;
        const Result r = runCli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"drpo: "_s + bad + expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line, no stack of follow-up errors
        QVERIFY(!QFile::exists(project));
    }

    void check_brokenProject_namesFileLineAndField()
    {
        QTemporaryDir dir;
        const QString project = writeFile(dir, u"bad.drpo"_s,
            "{\n  \"format\": \"drpo-project\",\n  \"format_version\": 1,\n  \"queries\": {\"queries\": [\n"
            "    {\"id\": \"a\", \"text\": \"x\"},\n    {\"id\": \"a\", \"text\": \"y\"}\n  ]},\n"
            "  \"criteria\": {\"criteria\": [{\"name\": \"A\", \"description\": \"a\"}]}\n}\n");
        const Result r = runCli({u"project"_s, u"check"_s, project});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(project + u":6:"_s) && r.err.contains(u"used twice"_s), qPrintable(r.err));
    }

    void check_projectThatCannotRun_listsEveryProblem()
    {
        QTemporaryDir dir;
        io::FileError fe;
        model::Project p = *io::loadDemoProject(&fe);
        for (model::Criterion &c : p.criteria.criteria)
            c.enabled = false;
        p.settings.beamWidth = 0;
        p.models.role(model::Role::Judge).kind = u"openai"_s;
        p.models.role(model::Role::Judge).baseUrls = {u"http://example.com/v1"_s};
        p.models.role(model::Role::Judge).model.clear();
        const QString project = dir.filePath(u"broken.drpo"_s);
        QString why;
        QVERIFY2(io::saveProject(project, p, &why), qPrintable(why));
        const Result r = runCli({u"project"_s, u"check"_s, project});
        QCOMPARE(r.code, 1);
        for (const QString &part :
            {u"every criterion is disabled"_s, u"beam width"_s, u"plain http"_s, u"the judge role has no model name"_s})
            QVERIFY2(r.err.contains(part), qPrintable(part + u" not in:\n"_s + r.err));
        QVERIFY(r.out.contains(u"not ready"_s));
    }

    void usage_mistakes_exitTwoWithAHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no queries") << QStringList{u"project"_s, u"new"_s, u"x.drpo"_s} << u"--queries"_s;
        QTest::newRow("bad split") << QStringList{u"project"_s, u"new"_s, u"x.drpo"_s, u"--queries"_s, u"q"_s,
                                          u"--validation-split"_s, u"0.95"_s}
                                   << u"0.9"_s;
        QTest::newRow("unknown sub-command") << QStringList{u"project"_s, u"frobnicate"_s} << u"new or check"_s;
        QTest::newRow("check without file") << QStringList{u"project"_s, u"check"_s} << u"one project file"_s;
    }
    void usage_mistakes_exitTwoWithAHint()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, hint);
        const Result r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(hint), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliProject)
#include "tst_cliproject.moc"
