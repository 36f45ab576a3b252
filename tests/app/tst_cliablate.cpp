// SPDX-License-Identifier: GPL-3.0-or-later
// drpo ablate and drpo report on its file as a user runs them: a small demo grid end to
// end (forecast, progress per cell, the paper's tables), every report format, kill -9 in the
// middle then --resume equal to an uninterrupted experiment, and bad flags refused.
#include "eval/experimentfile.h"

#include <QFile>
#include <QProcess>
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

Result runCli(const QStringList &args, int timeoutMs = 300'000)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

// A quick grid: short searches on a few benchmark items.
const QStringList kSmall{u"ablate"_s, u"--demo"_s, u"--depth"_s, u"2"_s, u"--rounds"_s, u"1"_s, u"--max-extension"_s,
    u"0"_s, u"--items"_s, u"8"_s, u"--eval-batch"_s, u"4"_s, u"--bootstrap"_s, u"200"_s};

QMap<QString, eval::ItemResult> verdicts(const eval::Experiment &e)
{
    QMap<QString, eval::ItemResult> out;
    for (const eval::ExperimentCell &c : e.cells)
        for (const eval::SystemResult &s : c.evaluation.systems)
            for (const eval::ItemResult &i : s.items)
                out.insert(c.settings.key() + u'/' + s.spec.name + u'/' + i.id, i);
    return out;
}

} // namespace

class TestCliAblate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void ablateDemo_smallGrid_tablesAndReports()
    {
        QTemporaryDir dir;
        const QString results = dir.filePath(u"grid.json"_s);
        const Result r = runCli(kSmall +
            QStringList{u"--search"_s, u"beam,greedy"_s, u"--components"_s, u"prompt,examples,both"_s,
                u"--k-inference"_s, u"0,3"_s, u"--out"_s, results});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Forecast of the whole grid first: 2 cells x (prompt + 2 x examples + 2 x both) x 8 items.
        QVERIFY2(r.err.contains(u"Forecast for the grid: 2 optimizations"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"2 evaluations (160 calls: 80 to generate, 80 to judge)"_s), qPrintable(r.err));
        QVERIFY2(r.err.indexOf(u"Forecast"_s) < r.err.indexOf(u"Cell 1/2"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"Cell 2/2 (greedy, stage 1 dynamic, stage 2 dynamic): optimizing"_s));
        QVERIFY(r.err.contains(u"Cell 2/2 done: run best reward"_s));
        for (const QString &t : {u"## Components (Table 3)"_s, u"## Search (Table 4)"_s, u"## Every cell"_s,
                 u"## Avg against K (Figure 4)"_s})
            QVERIFY2(r.out.contains(t), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"Table 5"_s)); // the criteria axis has one value
        QVERIFY(r.out.contains(u"Simulated"_s));
        QVERIFY(QFile::exists(dir.filePath(u"grid.cells/beam-dynamic-dynamic.run.json"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"grid.cells/greedy-dynamic-dynamic.eval.json"_s)));

        // drpo report recognises the experiment and renders the same tables.
        const Result md = runCli({u"report"_s, results});
        QVERIFY2(md.code == 0, qPrintable(md.err));
        QCOMPARE(md.out, r.out);
        const QString html = dir.filePath(u"grid.html"_s);
        QCOMPARE(runCli({u"report"_s, results, u"--format"_s, u"html"_s, u"--out"_s, html}).code, 0);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(h.readAll());
        QVERIFY(page.contains(u"<svg"_s) && page.contains(u"<polyline"_s));
        QVERIFY(page.contains(u"Search (Table 4)"_s));
        const Result csv = runCli({u"report"_s, results, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(u"table,setting,cell,system,k,helpfulness"_s));
        QVERIFY(csv.out.contains(u"\nk_curve,"_s));
        QVERIFY(csv.out.contains(u"\nsearch,greedy,greedy-dynamic-dynamic,"_s));
        // A cell's evaluation file is an ordinary results file.
        QCOMPARE(runCli({u"report"_s, dir.filePath(u"grid.cells/beam-dynamic-dynamic.eval.json"_s)}).code, 0);

        // Finished: a resume prints the tables again without a call.
        const Result again = runCli({u"ablate"_s, u"--resume"_s, results});
        QCOMPARE(again.code, 0);
        QVERIFY(again.err.contains(u"already finished"_s));
        QCOMPARE(again.out, r.out);
    }

    void ablate_criteriaPerStage_table5()
    {
        QTemporaryDir dir;
        const QString results = dir.filePath(u"crit.json"_s);
        const Result r = runCli(kSmall +
            QStringList{u"--criteria-stage1"_s, u"dynamic"_s, u"--criteria-stage2"_s, u"dynamic,static"_s, u"--out"_s,
                results, u"--quiet"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"## Dynamic rewarding (Table 5)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"| stage 1 dynamic, stage 2 static |"_s));
        io::FileError fe;
        const std::optional<eval::Experiment> e = eval::loadExperiment(results, &fe);
        QVERIFY(e);
        QCOMPARE(e->cells.size(), 2);
        // Static criteria judge every enabled criterion: the run's nodes show it.
        QFile run(dir.filePath(e->cells[1].runFile));
        QVERIFY(run.open(QIODevice::ReadOnly));
        QVERIFY(run.readAll().contains("Static mode: every enabled criterion is judged."));
    }

    void killThenResume_sameResultsAsUninterrupted()
    {
        QTemporaryDir dir;
        const QStringList grid = kSmall + QStringList{u"--search"_s, u"beam,greedy"_s, u"--quiet"_s};
        const QString a = dir.filePath(u"a.json"_s);
        const Result whole = runCli(grid + QStringList{u"--out"_s, a});
        QVERIFY2(whole.code == 0, qPrintable(whole.err));

        const QString b = dir.filePath(u"b.json"_s);
        QProcess victim;
        victim.start(
            qEnvironmentVariable("DRPO_CLI"), grid + QStringList{u"--out"_s, b, u"--sim-latency-ms"_s, u"20"_s});
        QVERIFY(victim.waitForStarted());
        io::FileError fe;
        std::optional<eval::Experiment> partial;
        // Kill once the first cell is done and the second has started its search.
        QTRY_VERIFY_WITH_TIMEOUT((partial = eval::loadExperiment(b, &fe)) && partial->doneCells() >= 1 &&
                partial->cells[1].state == eval::CellState::Optimizing,
            120000);
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished());
        partial = eval::loadExperiment(b, &fe);
        QVERIFY2(partial, qPrintable(fe.toString())); // the atomic rewrite never leaves a broken file
        QVERIFY(!partial->finished);
        QCOMPARE(partial->cells[0].state, eval::CellState::Done);

        const Result resumed = runCli({u"ablate"_s, u"--resume"_s, b});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY(resumed.err.contains(u"Resuming %1: 1 of 2 cells done"_s.arg(b)));
        QVERIFY(!resumed.err.contains(u"Cell 1/2"_s)); // the finished cell is not started again
        QVERIFY(resumed.err.contains(u"Cell 2/2"_s));
        const std::optional<eval::Experiment> ea = eval::loadExperiment(a, &fe);
        const std::optional<eval::Experiment> eb = eval::loadExperiment(b, &fe);
        QVERIFY(ea && eb);
        QVERIFY(eb->finished);
        QCOMPARE(verdicts(*eb), verdicts(*ea));
        QCOMPARE(runCli({u"report"_s, b}).out, runCli({u"report"_s, a}).out);
    }

    void ablate_badInput_clearErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"x.json"_s);
        Result r = runCli({u"ablate"_s, u"--demo"_s, u"--search"_s, u"beam,sideways"_s, u"--out"_s, out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--search expects a comma list of beam, greedy, mc, not \"sideways\""_s),
            qPrintable(r.err));
        r = runCli({u"ablate"_s, u"--demo"_s, u"--k-inference"_s, u"0,40"_s, u"--out"_s, out});
        QCOMPARE(r.code, 2);
        r = runCli({u"ablate"_s, u"--demo"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--out"_s));
        QVERIFY(!QFile::exists(out));
        // A file that is not an experiment is named.
        QFile junk(out);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"drpo-experiment\", \"format_version\": 1, \"grid\": 3}");
        junk.close();
        r = runCli({u"ablate"_s, u"--resume"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"x.json"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAblate)
#include "tst_cliablate.moc"
