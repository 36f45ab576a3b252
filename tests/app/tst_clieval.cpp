// SPDX-License-Identifier: GPL-3.0-or-later
// drpo evaluate and drpo report as a user runs them: the demo comparison, reports in every
// format, kill -9 mid-evaluation then --resume equal to an uninterrupted run, published
// judgements without calls, stored outputs, and bad input named without overwriting anything.
#include "eval/resultsfile.h"

#include "testfiles.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 180'000)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString &name)
{
    return drpo::test::sourceDir() + u"/tests/core/eval/fixtures/"_s + name;
}

QMap<QString, eval::ItemResult> verdicts(const eval::EvalResults &r)
{
    QMap<QString, eval::ItemResult> out;
    for (const eval::SystemResult &s : r.systems)
        for (const eval::ItemResult &i : s.items)
            out.insert(s.spec.name + u'/' + i.id, i);
    return out;
}

const QStringList kThreeSystems{
    u"--system"_s, u"basic"_s, u"--system"_s, u"urial"_s, u"--system"_s, u"basic,model=sim-instruct"_s};

} // namespace

class TestCliEval : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void evaluateDemo_withARun_tableAndEveryReport()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(u"run.json"_s);
        QCOMPARE(runCli({u"optimize"_s, u"--demo"_s, u"--stage"_s, u"prompt"_s, u"--depth"_s, u"4"_s, u"--quiet"_s,
                            u"--out"_s, run})
                     .code,
            0);
        const QString results = dir.filePath(u"results.json"_s);
        const Result r = runCli({u"evaluate"_s, u"--demo"_s, u"--run"_s, run, u"--out"_s, results});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &name : {u"sim-base + starting prompt"_s, u"sim-base + DRPO profile"_s,
                 u"sim-base + URIAL-style"_s, u"sim-instruct + basic prompt"_s})
            QVERIFY2(r.out.contains(name), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Help  Clar  Fact  Dpth  Enga  Safe   Avg"_s));
        QVERIFY(r.out.contains(u"Simulated"_s));
        QVERIFY2(r.err.contains(u"Forecast: 800 calls (400 to generate, 400 to judge)"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"batch 2/2"_s));

        io::FileError fe;
        const std::optional<eval::EvalResults> loaded = eval::loadResults(results, &fe);
        QVERIFY2(loaded, qPrintable(fe.toString()));
        QCOMPARE(loaded->systems.size(), 4);
        QCOMPARE(loaded->doneCount(), 400);

        const Result html =
            runCli({u"report"_s, results, u"--format"_s, u"html"_s, u"--out"_s, dir.filePath(u"r.html"_s)});
        QCOMPARE(html.code, 0);
        const QString page = QString::fromUtf8(drpo::test::readFile(dir.filePath(u"r.html"_s)));
        QVERIFY(page.contains(u"<svg"_s));
        QVERIFY(!page.contains(u"<script"_s));
        const Result md = runCli({u"report"_s, results});
        QCOMPARE(md.code, 0);
        QVERIFY(md.out.startsWith(u"# Evaluation: DRPO demo benchmark"_s));
        const Result csv = runCli({u"report"_s, results, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.out.count(u"\r\n"_s) >= 401, true);
        const Result json = runCli({u"report"_s, results, u"--format"_s, u"json"_s, u"--na"_s, u"exclude"_s});
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.contains(u"\"na\": \"exclude\""_s));
        const Result several = runCli({u"report"_s, results, u"--format"_s, u"just-eval"_s});
        QVERIFY(several.code != 0);
        QVERIFY(several.err.contains(u"--system"_s));
        const QString toEval = dir.filePath(u"drpo.to_eval.json"_s);
        QCOMPARE(runCli({u"report"_s, results, u"--format"_s, u"just-eval"_s, u"--system"_s,
                            u"sim-base + DRPO profile"_s, u"--out"_s, toEval})
                     .code,
            0);
        // Our own outputs judged again as stored outputs: same answers, same verdicts.
        const Result again =
            runCli({u"evaluate"_s, u"--benchmark"_s, kDemoPath(), u"--outputs"_s, toEval, u"--quiet"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(u"sim-base + DRPO profile (stored outputs)"_s));
    }

    void killThenResume_sameResultsAsUninterrupted()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.json"_s);
        const QStringList common =
            QStringList{u"evaluate"_s, u"--demo"_s, u"--batch"_s, u"10"_s, u"--quiet"_s} + kThreeSystems;
        QCOMPARE(runCli(common + QStringList{u"--out"_s, a}).code, 0);

        const QString b = dir.filePath(u"b.json"_s);
        QProcess victim;
        victim.start(
            qEnvironmentVariable("DRPO_CLI"), common + QStringList{u"--out"_s, b, u"--sim-latency-ms"_s, u"80"_s});
        QVERIFY(victim.waitForStarted());
        io::FileError fe;
        std::optional<eval::EvalResults> partial;
        QTRY_VERIFY_WITH_TIMEOUT((partial = eval::loadResults(b, &fe)) && partial->doneCount() >= 60, 60000);
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished());
        partial = eval::loadResults(b, &fe);
        QVERIFY2(partial, qPrintable(fe.toString())); // the atomic rewrite never leaves a broken file
        QVERIFY(!partial->finished);
        const int doneBefore = partial->doneCount();
        QVERIFY(doneBefore < 300);

        const Result resumed = runCli({u"evaluate"_s, u"--resume"_s, b});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY(resumed.err.contains(u"Resuming %1: %2 of 300 items done"_s.arg(b).arg(doneBefore)));
        const std::optional<eval::EvalResults> ra = eval::loadResults(a, &fe);
        const std::optional<eval::EvalResults> rb = eval::loadResults(b, &fe);
        QVERIFY(ra && rb);
        QVERIFY(rb->finished);
        QCOMPARE(verdicts(*rb), verdicts(*ra));
        // The tables agree to the last digit.
        const Result tableA = runCli({u"evaluate"_s, u"--resume"_s, a});
        const Result tableB = runCli({u"evaluate"_s, u"--resume"_s, b});
        QCOMPARE(tableB.out, tableA.out);
        QVERIFY(tableB.err.contains(u"already finished"_s));
    }

    void importJudgements_noCalls_handFigures()
    {
        const Result r = runCli({u"evaluate"_s, u"--import-judgements"_s, fixture(u"model-a.score_multi.json"_s),
            fixture(u"model-a.score_safety.json"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"model-a (published)"_s));
        // avg = (13/3 + 13/3 + 14/3 + 3 + 4 + 4.5) / 6 = 4.139
        QVERIFY2(r.out.contains(
                     QRegularExpression(u"model-a \\(published\\)\\s+4\\.33\\s+4\\.33\\s+4\\.67\\s+3\\.00\\s+4\\.00"
                                        "\\s+4\\.50\\s+4\\.14"_s)),
            qPrintable(r.out));
        QVERIFY(r.err.contains(u"Forecast: 0 calls"_s));
        QVERIFY(r.err.contains(u"/3/parsed_result"_s)); // the record without a verdict is reported
    }

    void storedOutputs_judgedOffline()
    {
        const Result r = runCli({u"evaluate"_s, u"--demo"_s, u"--outputs"_s, fixture(u"model-a.to_eval.json"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"model-a (stored outputs)"_s));
        QVERIFY(r.err.contains(u"Forecast: 6 calls (0 to generate, 6 to judge)"_s));
    }

    void malformedBenchmark_namesFileRecordField_overwritesNothing()
    {
        QTemporaryDir dir;
        const QString bad = drpo::test::writeFile(dir, u"bad.jsonl"_s,
            "{\"id\": 0, \"instruction\": \"a\", \"category\": \"regular\"}\n"
            "{\"id\": 1, \"instruction\": \"b\", \"category\": \"harmless\"}\n");
        const QString out = dir.filePath(u"results.json"_s);
        QVERIFY(drpo::test::writeFile(out, "previous results\n"));
        const Result r = runCli({u"evaluate"_s, u"--benchmark"_s, bad, u"--system"_s, u"basic"_s, u"--out"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + u":2: /1/category: record 2 (id 1)"_s), qPrintable(r.err));
        QCOMPARE(drpo::test::readFile(out), QByteArray("previous results\n"));

        const QString badOutputs =
            drpo::test::writeFile(dir, u"m.to_eval.json"_s, "[{\"id\": 0, \"instruction\": \"a\"}]");
        const Result o = runCli({u"evaluate"_s, u"--outputs"_s, badOutputs, u"--out"_s, out});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains(u"/0/output"_s), qPrintable(o.err));
        QCOMPARE(drpo::test::readFile(out), QByteArray("previous results\n"));
    }

    void badFlags_explained()
    {
        const Result noSystems = runCli({u"evaluate"_s, u"--benchmark"_s, fixture(u"justeval-instruct.jsonl"_s)});
        QCOMPARE(noSystems.code, 1);
        QVERIFY(noSystems.err.contains(u"name the systems"_s));
        const Result badSystem = runCli({u"evaluate"_s, u"--demo"_s, u"--system"_s, u"magic"_s});
        QVERIFY(badSystem.err.contains(u"unknown method \"magic\""_s));
        const Result badModel = runCli({u"evaluate"_s, u"--demo"_s, u"--system"_s, u"basic,model=sim-huge"_s});
        QVERIFY(badModel.code != 0);
        QVERIFY2(badModel.err.contains(u"sim-base, sim-instruct"_s), qPrintable(badModel.err));
        const Result mixed = runCli({u"evaluate"_s, u"--resume"_s, u"x.json"_s, u"--demo"_s});
        QCOMPARE(mixed.code, 2);
        QVERIFY(mixed.err.contains(u"leave out --demo"_s));
        const Result format = runCli({u"report"_s, u"x.json"_s, u"--format"_s, u"pdf"_s});
        QCOMPARE(format.code, 2);
        const Result missing = runCli({u"report"_s, u"/nonexistent/r.json"_s});
        QVERIFY(missing.err.contains(u"/nonexistent/r.json"_s));
    }

private:
    static QString kDemoPath()
    {
        // The demo benchmark as a file: the same records as the built-in one.
        return drpo::test::sourceDir() + u"/resources/eval/demo-benchmark.json"_s;
    }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_clieval.moc"
