// SPDX-License-Identifier: GPL-3.0-or-later
// "Continue the search from here" through the UI: pause, pick a prompt the beam had dropped,
// continue from it, resume: the next level grows from that prompt.
#include "mainwindow.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "panels/inspectorpanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "runsession.h"
#include "widgets/runcontrolbar.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;

class TestBranch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("drpo-tests"));
    }

    void branch_prunedNodeWhilePaused_searchContinuesFromIt()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openDemo());
        model::ModelSettings models = w.document()->project().models;
        models.simLatencyMs = 5;
        w.document()->setModels(models);
        w.runControls()->startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->levels()->rowCount() >= 3, 30000);
        w.runControls()->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->state(), engine::RunState::Paused, 30000);

        // A scored prompt of an earlier level that the beam dropped.
        const int lastLevel = w.session()->levels()->levels().last().level;
        QString target;
        int targetLevel = -1;
        for (const model::Node &n : w.session()->nodes()->nodes())
            if (n.isScored() && !n.inBeam && n.level > 0 && n.level < lastLevel &&
                n.origin == model::Origin::Optimizer) {
                target = n.id;
                targetLevel = n.level;
                break;
            }
        QVERIFY2(!target.isEmpty(), "no pruned node to branch from");
        const int nodesBefore = int(w.session()->nodes()->nodes().size());

        // The inspector's button, as a user would press it.
        w.session()->setCurrentNode(target);
        QPushButton *button = nullptr;
        for (QPushButton *b : w.inspector()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Continue from here")))
                button = b;
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->nodes()->node(target)->inBeam, 10000);
        QVERIFY(w.storyPanel()->storyText().contains(QStringLiteral("continue the search from")));
        // Only the chosen prompt is left in the beam of the last level.
        for (const model::Node &n : w.session()->nodes()->nodes())
            if (n.level == lastLevel && n.id != target)
                QTRY_VERIFY_WITH_TIMEOUT(!w.session()->nodes()->node(n.id)->inBeam, 10000);

        w.runControls()->resumeAction()->trigger();
        const auto childOfTarget = [&]() -> const model::Node * {
            const QList<model::Node> &nodes = w.session()->nodes()->nodes();
            for (qsizetype i = nodesBefore; i < nodes.size(); ++i)
                if (nodes[i].parentId == target)
                    return &nodes[i];
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(childOfTarget() != nullptr, 30000);
        QVERIFY(childOfTarget()->level > lastLevel);
        QVERIFY(childOfTarget()->level > targetLevel);
        // Every new prompt of the next level descends from the chosen one.
        const int nextLevel = childOfTarget()->level;
        for (const model::Node &n : w.session()->nodes()->nodes())
            if (n.level == nextLevel)
                QCOMPARE(n.parentId, target);
        w.runControls()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() != engine::RunState::Running, 30000);
    }
};

QTEST_MAIN(TestBranch)
#include "tst_branch.moc"
