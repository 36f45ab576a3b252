// SPDX-License-Identifier: GPL-3.0-or-later
// One source of truth for a run: after a finished demo every view names the engine's best
// node (the tree's gold path, the inspector, the status bar, the story, the profile), and the
// GUI's copy of the run, built from the engine's events, equals the run file.
#include "io/projectfile.h"
#include "io/runfile.h"
#include "mainwindow.h"
#include "panels/beamtreepanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "projectsession.h"
#include "runsession.h"
#include "tree/beamtreeview.h"
#include "widgets/runcontrolbar.h"
#include "widgets/runstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;

namespace {
QByteArray asJson(const model::RunRecord &r)
{
    model::Json j = r;
    j.erase("updated");
    return QByteArray::fromStdString(j.dump());
}
} // namespace

class TestOneBest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setOrganizationName(QStringLiteral("drpo-tests")); }

    void finishedDemo_rankingLastWithValidation_everyViewNamesTheProfilesNode()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openDemo());
        model::ModelSettings models = w.document()->project().models;
        models.simLatencyMs = 0;
        w.document()->setModels(models);
        model::SearchSettings settings = w.document()->project().settings;
        settings.ranking = model::Ranking::Last;
        settings.validationSize = 4;
        settings.depth = 5;
        settings.stage1Rounds = 1;
        w.document()->setSettings(settings);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), engine::RunState::Finished, 60000);

        const model::RunRecord &r = w.session()->record();
        const engine::BestNode best = w.session()->best();
        QCOMPARE(best.measure, model::BestMeasure::Validation);
        QCOMPARE(best.queries, 4);
        const model::Node *node = r.node(best.nodeId);
        QVERIFY(node);
        QCOMPARE(r.profile.systemPrompt, node->prompt); // the profile's prompt

        BeamTreeView *tree = w.beamTree()->view();
        QCOMPARE(tree->bestNode(), best.nodeId);             // the gold path ends there
        QCOMPARE(w.session()->currentNodeId(), best.nodeId); // the inspector shows it
        auto *status = w.findChild<RunStatusWidget *>();
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("best %1").arg(best.nodeId)), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("held-out")), qPrintable(status->text()));
        const QString story = w.storyPanel()->storyText();
        QVERIFY2(story.contains(QStringLiteral("(%1)").arg(best.nodeId)), qPrintable(story.right(600)));
        QVERIFY(story.contains(QStringLiteral("profile")));

        // The GUI's copy is the run file's record, built from the events without divergence.
        QCOMPARE(w.session()->divergences(), 0);
        io::FileError fe;
        const std::optional<model::RunRecord> onDisk = io::loadRunRecord(w.project()->runFilePath(), &fe);
        QVERIFY2(onDisk, qPrintable(fe.toString()));
        QCOMPARE(asJson(r), asJson(*onDisk));
    }

    void steeredRun_pauseEditBranchResume_eventsRebuildTheRecordExactly()
    {
        RunSession s;
        model::RunInput in;
        {
            io::FileError fe;
            const std::optional<model::Project> p = io::loadDemoProject(&fe);
            QVERIFY(p);
            in = p->runInput();
        }
        in.settings.depth = 5;
        in.settings.stage1Rounds = 1;
        in.models.simLatencyMs = 3;
        QVERIFY(s.start(in, {}, nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(s.record().levels.size() >= 2, 30000);
        s.pause();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), engine::RunState::Paused, 30000);
        const QString parent = s.record().levels.last().beamIds.first();
        s.submitEdit(parent, QStringLiteral("You are careful.\n- Never pretend to browse the web.\n- Be concise."),
            QStringLiteral("mine"));
        QTRY_VERIFY_WITH_TIMEOUT(
            s.record().nodes.last().origin == model::Origin::Human && s.record().nodes.last().isScored(), 30000);
        s.branchFrom(s.record().nodes.last().id);
        QTRY_COMPARE_WITH_TIMEOUT(s.record().levels.last().beamIds.size(), 1, 30000);
        s.resume();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), engine::RunState::Finished, 60000);
        QCOMPARE(s.divergences(), 0);
        QCOMPARE(s.best().nodeId, s.record().bestNodeId);
    }
};

QTEST_MAIN(TestOneBest)
#include "tst_onebest.moc"
