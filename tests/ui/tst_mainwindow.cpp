// SPDX-License-Identifier: GPL-3.0-or-later
// The main window end to end: it starts, opens the demo, and a run can be steered through
// the UI (start, pause, edit a prompt, resume) with the human-authored node joining the beam.
#include "mainwindow.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "panels/inspectorpanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "runsession.h"
#include "widgets/prompteditdialog.h"
#include "widgets/runcontrolbar.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace drpo;
using namespace drpo::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and run files go to a test location
        QApplication::setOrganizationName(QStringLiteral("drpo-tests"));
    }

    void translations_germanAndChinese_loadAndTranslateTheUi()
    {
        for (const auto &[lang, expected] : {std::pair{QStringLiteral("de"), QStringLiteral("Stopp")},
                 std::pair{QStringLiteral("zh_CN"), QStringLiteral("\u505c\u6b62")}}) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/drpo_") + lang + QStringLiteral(".qm")), qPrintable(lang));
            QCOMPARE(translator.translate("drpo::ui::RunControlBar", "Stop"), expected);
            QVERIFY(!translator.translate("drpo::ui::StoryNarrator", "The search is finished.").isEmpty());
        }
    }

    void start_noProject_showsWelcomeAndDisablesStart()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(!w.document()->isOpen());
        QVERIFY(!w.runControls()->startAction()->isEnabled());
        for (const char *name :
            {"queriesDock", "criteriaDock", "storyDock", "inspectorDock", "compareDock", "chartsDock", "logDock"})
            QVERIFY2(w.dock(QString::fromLatin1(name)), name);
    }

    void minimumWidth_germanAndChinese_fitsA1600PixelScreen()
    {
        // The docks and the workspace side by side once needed 1681 pixels in German (long
        // button rows and labels), so the window grew past the screen and hid the docks.
        for (const char *language : {"de", "zh_CN"}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/drpo_%1.qm").arg(QLatin1String(language))));
            QCoreApplication::installTranslator(&translator);
            {
                MainWindow w;
                w.setInteractive(false);
                w.show();
                QVERIFY(w.openDemo());
                w.resetLayout();
                QVERIFY2(w.minimumSizeHint().width() < 1600,
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(language)).arg(w.minimumSizeHint().width())));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void openDemo_simulatedProject_isLabelledAndStartable()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openDemo());
        QVERIFY(w.document()->project().simulated);
        QVERIFY(w.document()->project().queries.queries.size() > 0);
        QVERIFY(w.windowTitle().contains(QStringLiteral("simulated")));
        QVERIFY(w.runControls()->startAction()->isEnabled());
    }

    void reopen_afterRunInterrupted_resumesFromRunFileAndGoesDeeper()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.drpo"));
        int levelsBefore = 0;
        {
            MainWindow w;
            w.setInteractive(false);
            QVERIFY(w.openDemo());
            model::ModelSettings models = w.document()->project().models;
            models.simLatencyMs = 20;
            w.document()->setModels(models);
            QString error;
            QVERIFY2(w.document()->save(path, &error), qPrintable(error));
            QVERIFY(w.startRun());
            QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() >= 2, 30000);
            levelsBefore = w.session()->levels()->rowCount();
        } // the window goes away mid-run, as if the program had been closed
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("demo.run.json"))));

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(path));
        QVERIFY(w.session()->levels()->rowCount() >= 2); // the stored run is shown at once
        QAction *resume = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().contains(QStringLiteral("interrupted")))
                resume = a;
        QVERIFY(resume);
        QVERIFY(resume->isEnabled());
        resume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() > levelsBefore, 30000);
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Running, 30000);
    }

    void steer_pauseEditResume_humanNodeJoinsBeamAndSearchContinuesFromIt()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openDemo());
        model::ModelSettings models = w.document()->project().models;
        models.simLatencyMs = 20;
        w.document()->setModels(models);

        w.runControls()->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), engine::RunState::Running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() >= 1, 30000);
        w.runControls()->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), engine::RunState::Paused, 30000);
        QVERIFY(w.runControls()->resumeAction()->isEnabled());

        QString target;
        for (const model::Node &n : w.session()->nodes()->nodes())
            if (n.inBeam && n.isScored())
                target = n.id;
        QVERIFY(!target.isEmpty());
        w.session()->setCurrentNode(target);

        // Drive the edit dialog the way a user would: it opens from the inspector's button.
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PromptEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            dialog->editor()->moveCursor(QTextCursor::End);
            dialog->editor()->insertPlainText(
                QStringLiteral("\n- Never claim to browse the internet or check live data; say so plainly."));
            dialog->accept();
        });
        emit w.inspector()->editPromptRequested(target);
        QVERIFY(dialogSeen);

        const auto humanNode = [&]() -> const model::Node * {
            for (const model::Node &n : w.session()->nodes()->nodes())
                if (n.origin == model::Origin::Human)
                    return &n;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(humanNode() && humanNode()->isScored(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(humanNode()->inBeam, 30000);
        const QString humanId = humanNode()->id;
        QCOMPARE(humanNode()->parentId, target);
        QVERIFY(humanNode()->prompt.contains(QStringLiteral("Never claim to browse")));

        w.runControls()->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Paused, 10000);
        // Resume continues from the edit: the optimizer expands the human node.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const model::Node &n : w.session()->nodes()->nodes())
                    if (n.parentId == humanId)
                        return true;
                return false;
            }(),
            60000);
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Running, 30000);
        QVERIFY(w.storyPanel()->storyText().contains(QStringLiteral("hand-edited")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
