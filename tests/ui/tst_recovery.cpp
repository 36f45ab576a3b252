// SPDX-License-Identifier: GPL-3.0-or-later
// After the program was killed mid-run, the next start offers the interrupted run and gets
// it back with its project; a restart (language change) reopens what was open.
#include "commands/querysetcommand.h"
#include "io/runfile.h"
#include "mainwindow.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "projectdocument.h"
#include "runsession.h"
#include "widgets/runcontrolbar.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace drpo;
using namespace drpo::ui;

namespace {

QString appDataFile(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + name;
}

// Runs the demo for a few levels and returns its run record as a kill would leave it on
// disk: status still "running".
model::RunRecord interruptedDemoRun(int levels)
{
    MainWindow w;
    w.setInteractive(false);
    if (!w.openDemo())
        return {};
    model::ModelSettings models = w.document()->project().models;
    models.simLatencyMs = 5;
    w.document()->setModels(models);
    if (!w.startRun())
        return {};
    if (!QTest::qWaitFor([&] { return w.session()->levels()->rowCount() >= levels; }, 30000))
        return {};
    w.runControls()->stopAction()->trigger();
    if (!QTest::qWaitFor([&] { return !w.session()->isActive(); }, 30000)) // its last record is written
        return {};
    io::FileError error;
    std::optional<model::RunRecord> r = io::loadRunRecord(appDataFile(QStringLiteral("demo.run.json")), &error);
    if (!r)
        return {};
    r->status = model::RunState::Running;
    return *r;
}

bool writeRun(const QString &path, const model::RunRecord &r)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    return io::saveRunRecord(path, r, &error);
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("drpo-tests"));
    }

    void init()
    {
        for (const char *name : {"demo.run.json", "untitled.run.json", "untitled.drpo.autosave"})
            QFile::remove(appDataFile(QString::fromLatin1(name)));
    }

    void start_demoRunKilledMidRun_welcomeOffersItAndRecoverResumesDeeper()
    {
        model::RunRecord killed = interruptedDemoRun(2);
        QVERIFY(!killed.levels.isEmpty());
        const int levelsBefore = int(killed.levels.size());
        QVERIFY(writeRun(appDataFile(QStringLiteral("demo.run.json")), killed));

        MainWindow w;
        w.setInteractive(false);
        auto *welcome = w.findChild<WelcomePage *>();
        QVERIFY(welcome);
        QVERIFY(welcome->recoveryOffered());

        // The user presses the offer's button.
        auto *button = welcome->findChild<QPushButton *>(QStringLiteral("recoverButton"));
        QVERIFY(button);
        button->click();
        QVERIFY(w.document()->isOpen());
        QVERIFY(w.document()->project().simulated);
        QVERIFY(w.session()->levels()->rowCount() >= levelsBefore); // the old levels are back at once
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() > levelsBefore, 30000);
        // The resumed run keeps the node ids it had: nothing was started afresh.
        QCOMPARE(w.session()->nodes()->nodes().first().id, killed.nodes.first().id);
        QVERIFY(w.session()->nodes()->node(killed.nodes.last().id));
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Running, 30000);
    }

    void start_runStoppedByUser_isNotOffered()
    {
        model::RunRecord r = interruptedDemoRun(1);
        QVERIFY(!r.levels.isEmpty());
        r.status = model::RunState::Stopped;
        QVERIFY(writeRun(appDataFile(QStringLiteral("demo.run.json")), r));
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(!w.findChild<WelcomePage *>()->recoveryOffered());
        QVERIFY(!w.recoverInterruptedRun());
        QVERIFY(!w.document()->isOpen());
    }

    void recover_unsavedProjectRun_rebuildsProjectFromRunInputAndMarksItUnsaved()
    {
        model::RunRecord r = interruptedDemoRun(1);
        QVERIFY(!r.levels.isEmpty());
        r.input.queries.name = QStringLiteral("my unsaved queries");
        r.status = model::RunState::Paused;
        QVERIFY(writeRun(appDataFile(QStringLiteral("untitled.run.json")), r));
        QFile::remove(appDataFile(QStringLiteral("demo.run.json")));

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.recoverInterruptedRun());
        QVERIFY(w.document()->isOpen());
        QVERIFY(w.document()->filePath().isEmpty());
        QVERIFY(w.document()->isDirty()); // closing will ask to save it
        QCOMPARE(w.document()->project().queries.name, QStringLiteral("my unsaved queries"));
        QCOMPARE(w.document()->project().queries.queries.size(), r.input.queries.queries.size());
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() > int(r.levels.size()), 30000);
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Running, 30000);
    }

    void openDemo_unfinishedDemoRunOnDisk_isShownAndResumable()
    {
        model::RunRecord r = interruptedDemoRun(1);
        QVERIFY(!r.levels.isEmpty());
        r.status = model::RunState::Stopped;
        QVERIFY(writeRun(appDataFile(QStringLiteral("demo.run.json")), r));
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openDemo());
        QCOMPARE(w.session()->levels()->rowCount(), int(r.levels.size()));
        QVERIFY(w.resumeLastRun());
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() > int(r.levels.size()), 30000);
        // A restart now would stop the run and resume it in the new process.
        QVERIFY(w.restartArguments().contains(QStringLiteral("--resume-run")));
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isActive(), 30000);

        // A finished demo run is history: the demo opens clean.
        r.status = model::RunState::Finished;
        QVERIFY(writeRun(appDataFile(QStringLiteral("demo.run.json")), r));
        MainWindow fresh;
        fresh.setInteractive(false);
        QVERIFY(fresh.openDemo());
        QCOMPARE(fresh.session()->levels()->rowCount(), 0);
    }

    void start_unsavedProjectBackupAfterKill_offeredAndRecoveredDirty()
    {
        QFile::remove(appDataFile(QStringLiteral("untitled.drpo.autosave")));
        model::QuerySet edited;
        {
            MainWindow w;
            w.setInteractive(false);
            w.newProject();
            edited = w.document()->project().queries;
            edited.name = QStringLiteral("typed in, never saved");
            edited.queries.append(
                {QStringLiteral("q1"), QStringLiteral("How do I tie a bowline?"), QStringLiteral("how-to"), {}, {}});
            w.document()->undoStack()->push(new QuerySetCommand(w.document(), edited, QStringLiteral("add")));
            QVERIFY(w.document()->isDirty());
            w.autosave();
            QVERIFY(QFileInfo::exists(appDataFile(QStringLiteral("untitled.drpo.autosave"))));
        } // destroyed without a close event, as by a kill

        MainWindow w;
        w.setInteractive(false);
        auto *welcome = w.findChild<WelcomePage *>();
        QVERIFY(welcome->recoveryOffered());
        auto *button = welcome->findChild<QPushButton *>(QStringLiteral("recoverButton"));
        QCOMPARE(button->text(), QStringLiteral("Get the project back"));
        button->click();
        QVERIFY(w.document()->isOpen());
        QVERIFY(w.document()->filePath().isEmpty());
        QVERIFY(w.document()->isDirty());
        QCOMPARE(w.document()->project().queries.name, edited.name);
        QCOMPARE(w.document()->project().queries.queries.size(), edited.queries.size());

        // A clean exit (changes discarded on purpose) leaves no backup to offer next time.
        QVERIFY(w.close());
        QVERIFY(!QFileInfo::exists(appDataFile(QStringLiteral("untitled.drpo.autosave"))));
        MainWindow next;
        next.setInteractive(false);
        QVERIFY(!next.findChild<WelcomePage *>()->recoveryOffered());
    }

    void restartArguments_demoOrFile_reopenTheSameThing()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.restartArguments().isEmpty());
        QVERIFY(w.openDemo());
        QCOMPARE(w.restartArguments(), QStringList{QStringLiteral("--demo")});
        const QString path = dir.filePath(QStringLiteral("p.drpo"));
        QString error;
        QVERIFY2(w.document()->save(path, &error), qPrintable(error));
        QVERIFY(w.openFile(path));
        QCOMPARE(w.restartArguments(), QStringList{path});
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
