// SPDX-License-Identifier: GPL-3.0-or-later
// The Evaluation workspace end to end, offscreen: a simulated evaluation through the real
// runner on its thread (progress, pause, resume, stop), the views it fills, report export,
// and "Evaluate the result" after the demo search with the story it tells.
#include "charts/chartwidget.h"
#include "charts/radarchartwidget.h"
#include "eval/benchmarkimporter.h"
#include "eval/evalitembrowser.h"
#include "eval/evalitemdetailview.h"
#include "eval/evalitemfilterproxy.h"
#include "eval/evalitemmodel.h"
#include "eval/evalplan.h"
#include "eval/evalsession.h"
#include "eval/evalsummaryview.h"
#include "eval/evaltablemodel.h"
#include "eval/evaluationpanel.h"
#include "eval/resultsfile.h"
#include "mainwindow.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "runsession.h"
#include "userprompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;
using namespace Qt::StringLiterals;

namespace {

// A slice of the demo benchmark: six regular and two safety items.
eval::Benchmark smallBenchmark()
{
    io::FileError error;
    std::optional<eval::Benchmark> b = eval::demoBenchmark(&error);
    if (!b)
        qFatal("demo benchmark: %s", qPrintable(error.toString()));
    b->items = b->items.mid(0, 6) + b->items.mid(80, 2);
    return *b;
}

// URIAL-style and the instruct-like sim, no run needed; small batches so pause has a chance.
eval::EvalResults simEvaluation(int simLatencyMs = 0)
{
    EvalPlan plan;
    plan.benchmark = smallBenchmark();
    plan.startingPrompt = false;
    plan.bestProfile = false;
    plan.models.simLatencyMs = simLatencyMs;
    QStringList notes;
    QString error;
    std::optional<eval::EvalResults> r = buildEvaluation(plan, &notes, &error);
    if (!r)
        qFatal("plan: %s", qPrintable(error));
    r->settings.batchSize = 2;
    r->settings.bootstrap.samples = 200;
    return *r;
}

} // namespace

class TestEvalWorkspace : public QObject {
    Q_OBJECT
private slots:
    void plan_runSystemsWithoutFinishedRun_isRefused()
    {
        EvalPlan plan;
        plan.benchmark = smallBenchmark();
        QStringList notes;
        QString error;
        QVERIFY(!buildEvaluation(plan, &notes, &error));
        QVERIFY2(error.contains(u"finished"_s), qPrintable(error));
        plan.startingPrompt = plan.bestProfile = false;
        plan.urial = plan.instructSim = false;
        QVERIFY(!buildEvaluation(plan, &notes, &error));
        QVERIFY2(error.contains(u"at least one system"_s), qPrintable(error));
    }

    void session_simEvaluation_runsOnItsThreadAndFillsTheViews()
    {
        EvalSession session;
        EvalSummaryView summary(&session);
        EvalItemBrowser browser(&session);
        QSignalSpy progress(&session, &EvalSession::progressChanged);
        QSignalSpy judged(&session, &EvalSession::itemJudged);
        QString error;
        QVERIFY2(session.start(simEvaluation(), QString(), &error), qPrintable(error));
        QVERIFY(session.isActive());
        QVERIFY(!session.start(simEvaluation(), QString(), &error)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Finished, 120000);
        QCOMPARE(judged.size(), 16);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(session.progress().done, 16);
        QCOMPARE(session.results().doneCount(), 16);
        QCOMPARE(summary.tableModel()->rowCount(), 2);
        QVERIFY(summary.tableModel()->index(0, EvalTableModel::Avg).data(EvalTableModel::SortRole).toDouble() > 1);
        QCOMPARE(summary.bars()->seriesCount(), 2);
        QCOMPARE(summary.taskRadar()->seriesCount(), 2);
        QVERIFY(summary.taskRadar()->spokeCount() >= 3);
        QCOMPARE(browser.model()->rowCount(), 8);
        QVERIFY(browser.tagFilter()->count() > 3);
        // The first row, by disagreement, shows both answers side by side.
        browser.table()->setCurrentIndex(browser.proxy()->index(0, 0));
        QCOMPARE(browser.detail()->columnTexts().size(), 3);
    }

    void session_pauseResumeStop_followTheRunner()
    {
        EvalSession session;
        QString error;
        QVERIFY(session.start(simEvaluation(150), QString(), &error));
        session.pause();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Paused, 60000);
        const int doneAtPause = session.results().doneCount();
        QVERIFY(doneAtPause < 16);
        session.resume();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Running, 10000);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Stopped, 60000);
        QVERIFY(!session.isActive());
        QVERIFY(!session.results().finished);
        QVERIFY(session.results().doneCount() < 16);
    }

    void panel_interruptedEvaluation_continuesFromItsResultsFile()
    {
        // The evaluation is written to the project's results file as it runs; after a stop (or
        // a crash) the panel shows it on opening and "Continue" finishes it without asking
        // again for the items already judged.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"project.eval.json"_s);
        QStringList warnings;
        QuietPrompter quiet([&warnings](const QString &text, int) { warnings << text; });
        QString error;
        QHash<QString, eval::ItemResult> judgedBefore;
        {
            RunSession run;
            ProjectDocument document;
            EvalSession session;
            EvaluationPanel panel(&session, &run, &document);
            panel.setPrompter(&quiet);
            panel.setResultsPathProvider([&] { return path; });
            QVERIFY2(session.start(simEvaluation(150), panel.resultsPath(), &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(session.results().doneCount() >= 2 && QFile::exists(path), 60000);
            session.stop();
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Stopped, 60000);
            QVERIFY(session.results().doneCount() < 16);
        }
        io::FileError fe;
        const std::optional<eval::EvalResults> saved = eval::loadResults(path, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QVERIFY(!saved->finished);
        for (const eval::SystemResult &s : saved->systems)
            for (const eval::ItemResult &i : s.items)
                if (i.state == eval::ItemState::Judged)
                    judgedBefore.insert(s.spec.name + u'/' + i.id, i);
        QVERIFY(!judgedBefore.isEmpty());

        RunSession run;
        ProjectDocument document;
        EvalSession session;
        EvaluationPanel panel(&session, &run, &document);
        panel.setPrompter(&quiet);
        panel.setResultsPathProvider([&] { return path; });
        panel.restoreSaved();
        QCOMPARE(session.state(), EvalSession::State::Stopped);
        QVERIFY(session.canContinue());
        auto *label = panel.findChild<QLabel *>(u"evalFileLabel"_s);
        QVERIFY(label && label->text().contains(u"Interrupted"_s) && label->text().contains(u"project.eval.json"_s));
        QVERIFY(panel.findChild<QPushButton *>(u"evalContinueButton"_s)->isVisibleTo(&panel));
        QVERIFY(panel.continueEvaluation());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Finished, 120000);
        QCOMPARE(session.results().doneCount(), 16);
        QVERIFY(!session.canContinue());
        for (const eval::SystemResult &s : session.results().systems)
            for (const eval::ItemResult &i : s.items)
                if (const auto before = judgedBefore.constFind(s.spec.name + u'/' + i.id);
                    before != judgedBefore.cend())
                    QCOMPARE(i, *before); // kept, not judged again
        QVERIFY(eval::loadResults(path, &fe)->finished);

        // A results file that is not one: a clear error naming it, nothing shown changes.
        const QString bad = dir.filePath(u"bad.json"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"drpo-eval-results\", \"systems\": 3}");
        f.close();
        QVERIFY(!panel.openResults(bad));
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.last().contains(bad), qPrintable(warnings.last()));
        QCOMPARE(session.results().doneCount(), 16);
    }

    void panel_exportEveryFormat_writesTheReports()
    {
        RunSession run;
        ProjectDocument document;
        EvalSession session;
        EvaluationPanel panel(&session, &run, &document);
        QuietPrompter quiet;
        panel.setPrompter(&quiet);
        QVERIFY(!panel.systemBox(u"start"_s)->isEnabled()); // no finished run
        // Narrow enough to sit beside the docks on a 1600-pixel screen (it once forced the
        // window to 1743 pixels).
        QVERIFY2(panel.minimumSizeHint().width() < 800, qPrintable(QString::number(panel.minimumSizeHint().width())));
        QVERIFY2(panel.forecastText().contains(u"calls"_s), qPrintable(panel.forecastText()));
        QString error;
        QVERIFY(session.start(simEvaluation(), QString(), &error));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EvalSession::State::Finished, 120000);
        QTemporaryDir dir;
        for (const QString &name : {u"r.html"_s, u"r.md"_s, u"r.csv"_s, u"r.pdf"_s}) {
            const QString path = dir.filePath(name);
            QVERIFY2(panel.exportReport(path), qPrintable(name));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.size() > 200, qPrintable(name));
            if (name.endsWith(u".pdf"_s))
                QVERIFY(bytes.startsWith("%PDF"));
        }
        QVERIFY(!panel.exportReport(dir.filePath(u"r.docx"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"r.docx"_s)));
    }

    void panel_badBenchmarkFile_warnsAndKeepsTheBenchmark()
    {
        RunSession run;
        ProjectDocument document;
        EvalSession session;
        EvaluationPanel panel(&session, &run, &document);
        QStringList warnings;
        QuietPrompter quiet([&warnings](const QString &text, int) { warnings << text; });
        panel.setPrompter(&quiet);
        const QString before = panel.forecastText();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\": 1, \"instruction\": ");
        f.close();
        QVERIFY(!panel.loadBenchmark(path));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"broken.json"_s), qPrintable(warnings.first()));
        QCOMPARE(panel.forecastText(), before);
    }

    void mainWindow_demoSearchFinished_evaluateTheResultTellsTheStory()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(!w.evaluateAction()->isEnabled());
        QVERIFY(!w.evaluateResult());
        QVERIFY(w.openDemo());
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), engine::RunState::Finished, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(w.evaluateAction()->isEnabled(), 5000);
        QVERIFY(w.evaluateResult());
        QVERIFY(!w.evaluateAction()->isEnabled()); // one evaluation at a time
        QCOMPARE(w.evaluation()->results().systems.size(), 4);
        QCOMPARE(w.evaluation()->results().systems[1].spec.method, eval::Method::Profile);
        QTRY_COMPARE_WITH_TIMEOUT(w.evaluation()->state(), EvalSession::State::Finished, 300000);
        QCOMPARE(w.evaluationPanel()->summary()->tableModel()->rowCount(), 4);
        const QString story = w.storyPanel()->storyText();
        QVERIFY2(story.contains(u"The evaluation is finished"_s), qPrintable(story.right(2000)));
        QVERIFY2(story.contains(u"Overall,"_s), qPrintable(story.right(2000)));
    }
};

QTEST_MAIN(TestEvalWorkspace)
#include "tst_evalworkspace.moc"
