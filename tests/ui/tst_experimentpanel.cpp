// SPDX-License-Identifier: GPL-3.0-or-later
// The Experiments tab end to end, offscreen: a small demo grid defined with the boxes and
// started with the Start button runs to the end through the real runner on its thread (cells
// table, the paper's tables, the K curve, the file on disk); stopped in the middle, the file
// opens and resumes without repeating finished cells; an invalid grid disables Start and says
// why; a corrupt experiment file is refused with an error naming it; reports export.
#include "charts/chartwidget.h"
#include "eval/experimentcellmodel.h"
#include "eval/experimentfile.h"
#include "eval/experimentpanel.h"
#include "eval/experimentresultsview.h"
#include "eval/experimentsession.h"
#include "eval/experimentsetupview.h"
#include "eval/experimenttablemodel.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "userprompter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;
using namespace Qt::StringLiterals;

namespace {

// The demo project cut down to a quick run (as tst_cliablate keeps its grid short).
void openShortDemo(ProjectDocument *document, int simLatencyMs = 0)
{
    io::FileError fe;
    std::optional<model::Project> project = io::loadDemoProject(&fe);
    if (!project)
        qFatal("demo project: %s", qPrintable(fe.toString()));
    project->settings.depth = 2;
    project->settings.stage1Rounds = 1;
    project->settings.maxExtension = 0;
    project->models.simLatencyMs = simLatencyMs;
    document->reset(*project, QString());
}

// beam and greedy; prompt only and prompt + examples; K 0 and 1; a few items per cell.
void chooseSmallGrid(ExperimentSetupView *setup)
{
    setup->box(u"search:greedy"_s)->setChecked(true);
    setup->box(u"component:prompt"_s)->setChecked(true);
    for (int k = 0; k <= 5; ++k)
        setup->box(u"k:%1"_s.arg(k))->setChecked(k <= 1);
    setup->itemsPerCell()->setValue(4);
}

// Tells warnings (questions for the user) from passing notes.
class RecordingPrompter : public QuietPrompter {
public:
    QStringList warnings;
    QStringList notes;
    void warn(const QString &, const QString &text) override { warnings << text; }
    void notify(const QString &text, int) override { notes << text; }
};

struct Harness {
    ProjectDocument document;
    ExperimentSession session;
    ExperimentPanel panel{&session, &document};
    RecordingPrompter prompter;
    QStringList &warnings = prompter.warnings;
    QStringList &notes = prompter.notes;
    QString nextPath;

    explicit Harness(int simLatencyMs = 0)
    {
        openShortDemo(&document, simLatencyMs);
        panel.setPrompter(&prompter);
        panel.setFileChooser([this](ExperimentPanel::FileQuestion, const QString &) { return nextPath; });
    }
};

int doneRows(const ExperimentCellModel *model)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        n += model->index(r, 0).data(ExperimentCellModel::StateRole).toInt() == int(eval::CellState::Done) ? 1 : 0;
    return n;
}

} // namespace

class TestExperimentPanel : public QObject {
    Q_OBJECT
private slots:
    void panel_smallDemoGrid_runsToTheEndAndFillsTablesAndCurve()
    {
        Harness h;
        QAbstractItemModelTester cellsTester(h.panel.cells(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseSmallGrid(h.panel.setup());
        // 2 runs; per cell: prompt only once + both at K 0 and 1 = 3 systems x 4 items x 2 calls.
        QVERIFY2(
            h.panel.setup()->forecastText().contains(u"2 DRPO run(s)"_s), qPrintable(h.panel.setup()->forecastText()));
        QVERIFY2(h.panel.setup()->forecastText().contains(u"each evaluated on 4 items (48 calls in all)"_s),
            qPrintable(h.panel.setup()->forecastText()));
        QTemporaryDir dir;
        h.nextPath = dir.filePath(u"grid.json"_s);
        QSignalSpy started(&h.session, &ExperimentSession::cellStarted);
        QVERIFY(h.panel.startButton()->isEnabled());
        QTest::mouseClick(h.panel.startButton(), Qt::LeftButton);
        QVERIFY2(h.session.isActive(), qPrintable(h.warnings.join(u'\n')));
        QVERIFY(!h.panel.startButton()->isEnabled());
        QVERIFY(!h.panel.setup()->box(u"search:beam"_s)->isEnabled()); // the grid is fixed while it runs
        QCOMPARE(h.panel.cells()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), ExperimentSession::State::Finished, 50000);
        QCOMPARE(started.size(), 2);
        QVERIFY(h.session.lastSaved().isValid()); // the file was rewritten as the cells went

        // Every cell done, with its run's reward and an avg.
        QCOMPARE(doneRows(h.panel.cells()), 2);
        QCOMPARE(h.session.progress().cellsDone, 2);
        QVERIFY(h.panel.statusText().contains(u"Finished"_s));
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(h.panel.cells()->index(r, ExperimentCellModel::State).data().toString(), u"done"_s);
            QVERIFY(
                h.panel.cells()->index(r, ExperimentCellModel::Reward).data(ExperimentCellModel::SortRole).toDouble() >
                0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            h.panel.cells()->index(1, ExperimentCellModel::Avg).data(ExperimentCellModel::SortRole).toDouble() >= 1,
            10000);
        QVERIFY(h.panel.cells()
                    ->index(0, ExperimentCellModel::Avg)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"prompt only"_s));

        // The paper's tables: the search table has a row per strategy with an avg and its interval.
        ExperimentTableModel *search = h.panel.results()->tableModel(u"search"_s);
        QVERIFY(search);
        QAbstractItemModelTester searchTester(search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(search->rowCount(), 2);
        QCOMPARE(search->index(0, ExperimentTableModel::Setting).data().toString(), u"beam"_s);
        QCOMPARE(search->index(1, ExperimentTableModel::Setting).data().toString(), u"greedy"_s);
        for (int r = 0; r < 2; ++r) {
            const double avg =
                search->index(r, ExperimentTableModel::Avg).data(ExperimentTableModel::SortRole).toDouble();
            QVERIFY2(avg >= 1 && avg <= 5, qPrintable(QString::number(avg)));
            QVERIFY(search->index(r, ExperimentTableModel::Interval).data().toString().contains(u'\u2013'));
        }
        QVERIFY(h.panel.results()->tableModel(u"components"_s));
        QCOMPARE(h.panel.results()->tableModel(u"cells"_s)->rowCount(), 2);
        QVERIFY(!h.panel.results()->tableModel(u"criteria"_s)); // one criteria mode: no Table 5

        // The K curve: one series per component of the reference cell plus the other cell, 2 points each.
        ChartWidget *curve = h.panel.results()->curve();
        QCOMPARE(curve->kind(), ChartWidget::Kind::Lines);
        QVERIFY(curve->seriesCount() >= 2);
        for (int s = 0; s < curve->seriesCount(); ++s)
            QCOMPARE(curve->pointCount(s), 2);

        // The file on disk is a finished experiment.
        io::FileError fe;
        const std::optional<eval::Experiment> saved = eval::loadExperiment(h.nextPath, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QVERIFY(saved->finished);
        QCOMPARE(saved->doneCells(), 2);
        QCOMPARE(saved->benchmark.items.size(), 4);
        QVERIFY(QFile::exists(dir.filePath(u"grid.cells/greedy-dynamic-dynamic.eval.json"_s)));

        // Reports in every format, written whole; an unknown suffix writes nothing.
        for (const QString &name : {u"r.html"_s, u"r.md"_s, u"r.csv"_s}) {
            QVERIFY2(h.panel.exportReport(dir.filePath(name)), qPrintable(h.warnings.join(u'\n')));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.contains("greedy"), qPrintable(name));
        }
        QVERIFY(!h.panel.exportReport(dir.filePath(u"r.docx"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"r.docx"_s)));

        // Opening the finished file shows it without running anything.
        QSignalSpy againStarted(&h.session, &ExperimentSession::cellStarted);
        h.panel.setup()->box(u"search:greedy"_s)->setChecked(false);
        QVERIFY(h.panel.openExperiment(h.nextPath));
        QVERIFY(h.panel.setup()->box(u"search:greedy"_s)->isChecked()); // the boxes show its grid
        QCOMPARE(h.session.state(), ExperimentSession::State::Finished);
        QVERIFY(h.notes.last().contains(u"finished"_s));
        QCOMPARE(doneRows(h.panel.cells()), 2);
        QTRY_VERIFY_WITH_TIMEOUT(h.panel.results()->tableModel(u"search"_s), 10000);
        QCOMPARE(againStarted.size(), 0);
    }

    void panel_stoppedInTheMiddle_opensAndResumesWithoutRepeatingCells()
    {
        Harness h(40); // a little latency, so the stop lands while the second cell works
        chooseSmallGrid(h.panel.setup());
        QTemporaryDir dir;
        h.nextPath = dir.filePath(u"stop.json"_s);
        QSignalSpy firstStarts(&h.session, &ExperimentSession::cellStarted);
        QVERIFY(h.panel.startExperiment());
        QTRY_COMPARE_WITH_TIMEOUT(firstStarts.size(), 2, 50000); // the second cell is at work
        QCOMPARE(h.session.progress().cellsDone, 1);
        h.session.stop();
        QCOMPARE(h.session.state(), ExperimentSession::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), ExperimentSession::State::Stopped, 30000);
        QVERIFY(h.warnings.isEmpty()); // the user's own stop is not an error to warn about
        io::FileError fe;
        std::optional<eval::Experiment> saved = eval::loadExperiment(h.nextPath, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QVERIFY(!saved->finished);
        QCOMPARE(saved->doneCells(), 1);
        QCOMPARE(saved->cells[0].state, eval::CellState::Done);
        const QString cellText = h.panel.cells()->index(1, ExperimentCellModel::State).data().toString();
        QVERIFY2(cellText.startsWith(u"stopped while optimizing"_s), qPrintable(cellText));

        // Open: it says it resumes, the finished cell is not started again, and it ends complete.
        QSignalSpy started(&h.session, &ExperimentSession::cellStarted);
        QSignalSpy finished(&h.session, &ExperimentSession::finished);
        QVERIFY(h.panel.openExperiment(h.nextPath));
        QVERIFY2(h.notes.last().contains(u"Resuming"_s), qPrintable(h.notes.last()));
        QVERIFY(h.session.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), ExperimentSession::State::Finished, 50000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toInt(), 1);
        QCOMPARE(started.first().at(1).toBool(), true); // it continues the earlier session's work
        QCOMPARE(doneRows(h.panel.cells()), 2);
        saved = eval::loadExperiment(h.nextPath, &fe);
        QVERIFY(saved && saved->finished);
    }

    void session_pauseThenResume_holdsAndFinishes()
    {
        Harness h(40);
        chooseSmallGrid(h.panel.setup());
        QTemporaryDir dir;
        h.nextPath = dir.filePath(u"pause.json"_s);
        QVERIFY(h.panel.startExperiment());
        h.session.pause();
        QCOMPARE(h.session.state(), ExperimentSession::State::Paused);
        QVERIFY(h.panel.statusText().startsWith(u"Paused"_s));
        QTest::qWait(1500); // the runner reaches its next safe point and holds there
        const QString held = h.session.cellStatusText(0);
        QTest::qWait(1000);
        QCOMPARE(h.session.cellStatusText(0), held);
        QCOMPARE(h.session.progress().cellsDone, 0);
        h.session.resume();
        QCOMPARE(h.session.state(), ExperimentSession::State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), ExperimentSession::State::Finished, 50000);
        QCOMPARE(h.session.progress().cellsDone, 2);
    }

    void mainWindow_closedDuringAnExperiment_stopsItResumably()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"closing.json"_s);
        auto window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        window->show();
        QVERIFY(window->openDemo()); // the GUI's demo answers slowly: the close lands mid-run
        window->showExperiments();
        window->experimentPanel()->setFileChooser(
            [path](ExperimentPanel::FileQuestion, const QString &) { return path; });
        QSignalSpy started(window->experiment(), &ExperimentSession::cellStarted);
        QVERIFY(window->experimentPanel()->startExperiment());
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QVERIFY(window->close());
        QVERIFY(!window->experiment()->isActive());
        io::FileError fe;
        const std::optional<eval::Experiment> saved = eval::loadExperiment(path, &fe);
        QVERIFY2(saved, qPrintable(fe.toString()));
        QVERIFY(!saved->finished);
        QCOMPARE(saved->cells.first().state, eval::CellState::Optimizing); // Open continues it
    }

    void mainWindow_experimentFinished_storyTellsTheBestAndWorstCell()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"story.json"_s);
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openDemo());
        openShortDemo(window.document()); // quick runs without the GUI demo's latency
        ExperimentPanel *panel = window.experimentPanel();
        chooseSmallGrid(panel->setup());
        panel->setFileChooser([path](ExperimentPanel::FileQuestion, const QString &) { return path; });
        QVERIFY(panel->startExperiment());
        QTRY_COMPARE_WITH_TIMEOUT(window.experiment()->state(), ExperimentSession::State::Finished, 50000);
        QTRY_VERIFY_WITH_TIMEOUT(window.storyPanel()->storyText().contains(u"The experiment is finished"_s), 10000);
        const QString story = window.storyPanel()->storyText();
        QVERIFY2(story.contains(u"of its 2 cells"_s), qPrintable(story.right(1000)));
        QVERIFY2(story.contains(u"greedy, stage 1 dynamic"_s), qPrintable(story.right(1000)));
    }

    void panel_invalidGrid_disablesStartAndSaysWhy()
    {
        Harness h;
        QVERIFY(h.panel.startButton()->isEnabled());
        QVERIFY(h.panel.problemLabel()->text().isEmpty());
        h.panel.setup()->box(u"search:beam"_s)->setChecked(false);
        QVERIFY(!h.panel.startButton()->isEnabled());
        const QString why = h.panel.problemLabel()->text();
        QVERIFY2(why.contains(u"search"_s), qPrintable(why));
        QVERIFY2(h.panel.setup()->forecastText().contains(u"search"_s), qPrintable(h.panel.setup()->forecastText()));
        QVERIFY(!h.panel.startExperiment()); // even when asked directly
        QVERIFY(!h.session.isActive());
        h.panel.setup()->box(u"search:mc"_s)->setChecked(true);
        QVERIFY(h.panel.startButton()->isEnabled());
        for (int k = 0; k <= 5; ++k)
            h.panel.setup()->box(u"k:%1"_s.arg(k))->setChecked(false);
        QVERIFY(!h.panel.startButton()->isEnabled());
        QVERIFY2(h.panel.problemLabel()->text().contains(u"K"_s), qPrintable(h.panel.problemLabel()->text()));
    }

    void panel_noProjectOpen_disablesStart()
    {
        ProjectDocument document;
        ExperimentSession session;
        ExperimentPanel panel(&session, &document);
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.problemLabel()->text().contains(u"project"_s));
    }

    void panel_corruptExperimentFile_errorNamesTheFile()
    {
        Harness h;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken-experiment.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"drpo-experiment\", \"format_version\": 1, \"grid\": ");
        f.close();
        QVERIFY(!h.panel.openExperiment(path));
        QCOMPARE(h.warnings.size(), 1);
        QVERIFY2(h.warnings.first().contains(u"broken-experiment.json"_s), qPrintable(h.warnings.first()));
        QCOMPARE(h.session.state(), ExperimentSession::State::Idle);
        QVERIFY(!h.panel.openExperiment(dir.filePath(u"missing.json"_s)));
        QVERIFY2(h.warnings.last().contains(u"missing.json"_s), qPrintable(h.warnings.last()));
    }
};

QTEST_MAIN(TestExperimentPanel)
#include "tst_experimentpanel.moc"
