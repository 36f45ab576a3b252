// SPDX-License-Identifier: GPL-3.0-or-later
// Each panel shows the values it is given; edits go through the undo stack.
#include "charts/chartlegend.h"
#include "charts/chartwidget.h"
#include "charts/radarchartwidget.h"
#include "models/criteriamodel.h"
#include "models/nodemodel.h"
#include "models/queryfilterproxy.h"
#include "models/querysetmodel.h"
#include "panels/comparepanel.h"
#include "panels/criteriapanel.h"
#include "panels/inspectorpanel.h"
#include "panels/querysetpanel.h"
#include "panels/rewardchartspanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "runsession.h"
#include "storynarrator.h"
#include "tree/beamtreeview.h"
#include "tree/treelayout.h"
#include "widgets/modelsdialog.h"
#include "widgets/prompteditdialog.h"
#include "worddiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace drpo;
using namespace drpo::ui;

namespace {

model::Evaluation evaluation(const QString &query, const QString &answer, double clarity, double safety)
{
    model::Evaluation e;
    e.queryId = QStringLiteral("q1");
    e.query = query;
    e.answer = answer;
    e.criteria = {QStringLiteral("Clarity"), QStringLiteral("Safety")};
    e.selectionReason = QStringLiteral("a how-to question");
    e.scores = {{QStringLiteral("Clarity"), clarity, QStringLiteral("clear enough")},
        {QStringLiteral("Safety"), safety, QStringLiteral("<b>no</b> harm")}};
    e.reward = (clarity + safety) / 2;
    return e;
}

// A root and one optimized child, both scored on the same query.
void feedTwoNodes(RunSession &s)
{
    model::Node root;
    root.id = QStringLiteral("n0");
    root.prompt = QStringLiteral("You are a helpful assistant.");
    root.evaluations = {evaluation(QStringLiteral("How do I bake bread?"), QStringLiteral("Bake it."), 2, 4)};
    root.reward = 3;
    root.inBeam = true;
    model::Node child = root;
    child.id = QStringLiteral("n1");
    child.parentId = QStringLiteral("n0");
    child.level = 1;
    child.origin = model::Origin::Optimizer;
    child.prompt = QStringLiteral("You are a helpful assistant.\n- Use numbered steps.");
    child.evaluations = {evaluation(QStringLiteral("How do I bake bread?"), QStringLiteral("1. Mix. 2. Knead."), 4, 5)};
    child.reward = 4.5;
    s.apply({drpo::engine::event::NodeAdded{root}});
    s.apply({drpo::engine::event::NodeAdded{child}});
}

model::Project smallProject()
{
    model::Project p;
    p.queries.queries = {
        {QStringLiteral("q1"), QStringLiteral("How do I bake bread?"), QStringLiteral("how-to"), {}, {}},
        {QStringLiteral("q2"), QStringLiteral("Is it raining?"), QStringLiteral("time-sensitive"), {}, {}}};
    p.criteria.criteria = {{QStringLiteral("Clarity"), QStringLiteral("5 clear, 1 muddled"), true},
        {QStringLiteral("Safety"), QStringLiteral("5 safe, 1 harmful"), true}};
    return p;
}

} // namespace

class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void wordDiff_addedWord_isMarkedAdded()
    {
        const QList<DiffChunk> d = wordDiff(QStringLiteral("be kind"), QStringLiteral("be very kind"));
        QString added;
        for (const DiffChunk &c : d)
            if (c.kind == DiffChunk::Kind::Added)
                added += c.text;
        QCOMPARE(added.trimmed(), QStringLiteral("very"));
        QString rebuilt;
        for (const DiffChunk &c : d)
            if (c.kind != DiffChunk::Kind::Removed)
                rebuilt += c.text;
        QCOMPARE(rebuilt, QStringLiteral("be very kind"));
    }

    void treeLayout_children_areInTheNextColumnNearTheirParent()
    {
        const TreeLayout l =
            computeTreeLayout({{QStringLiteral("a"), {}, 0}, {QStringLiteral("b"), QStringLiteral("a"), 1},
                {QStringLiteral("c"), QStringLiteral("a"), 1}, {QStringLiteral("d"), QStringLiteral("c"), 2}});
        QCOMPARE(l.levels, 3);
        QCOMPARE(l.positions.value(QStringLiteral("b")).x(), TreeLayout::kColumnWidth);
        QCOMPARE(l.positions.value(QStringLiteral("d")).x(), 2 * TreeLayout::kColumnWidth);
        QVERIFY(l.positions.value(QStringLiteral("b")).y() != l.positions.value(QStringLiteral("c")).y());
        QVERIFY(l.bounds.contains(l.positions.value(QStringLiteral("d"))));
    }

    void beamTreeView_nodesStreamIn_itemsCreatedAndClickSelects()
    {
        RunSession s;
        BeamTreeView view(s.nodes());
        view.resize(600, 400);
        view.show();
        feedTwoNodes(s);
        QTRY_COMPARE(view.itemCount(), 2);
        QTRY_VERIFY(!view.isBusy());
        QSignalSpy clicked(&view, &BeamTreeView::nodeClicked);
        const QPoint at = view.mapFromScene(view.nodePosition(QStringLiteral("n1")));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("n1"));
        QCOMPARE(view.selectedNode(), QStringLiteral("n1"));
    }

    void inspector_selectedNode_showsPromptScoresAndRationale()
    {
        RunSession s;
        InspectorPanel panel(&s);
        feedTwoNodes(s);
        s.setCurrentNode(QStringLiteral("n1"));
        QCOMPARE(panel.shownNode(), QStringLiteral("n1"));
        QVERIFY(panel.promptText().contains(QStringLiteral("numbered steps")));
        QVERIFY(panel.headerText().contains(QStringLiteral("4.50")));
        QCOMPARE(panel.scoreRowCount(), 2);
    }

    void compare_nodeAndParent_showsDiffDeltasAndBothAnswers()
    {
        RunSession s;
        ComparePanel panel(&s);
        feedTwoNodes(s);
        s.setCompare(QStringLiteral("n0"), QStringLiteral("n1"));
        QVERIFY(panel.diffPlainText().contains(QStringLiteral("numbered")));
        QCOMPARE(panel.scoreRowCount(), 2);
        QCOMPARE(panel.scoreCell(0, 0), QStringLiteral("Clarity"));
        QCOMPARE(panel.scoreCell(0, 3), QStringLiteral("+2.00"));
        QVERIFY(panel.leftAnswer().contains(QStringLiteral("Bake it.")));
        QVERIFY(panel.rightAnswer().contains(QStringLiteral("Knead")));
    }

    void story_optimizedNodeScored_narratesRuleAndScoreChange()
    {
        RunSession s;
        StoryNarrator narrator(&s);
        StoryPanel panel(&narrator);
        connect(&s, &RunSession::nodeAdded, &narrator, &StoryNarrator::onNodeUpdated);
        connect(&s, &RunSession::selectionMade, &narrator, &StoryNarrator::onSelectionMade);
        s.apply({drpo::engine::event::SelectionMade{
            QStringLiteral("How do I bake bread?"), {{QStringLiteral("Clarity")}, QStringLiteral("it is a how-to")}}});
        feedTwoNodes(s);
        const QString story = panel.storyText();
        QVERIFY2(story.contains(QStringLiteral("Clarity")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("Use numbered steps")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("from 3.00 to 4.50")), qPrintable(story));
        QCOMPARE(panel.paragraphCount(), 3);
    }

    void charts_levelsAndNodes_feedAllThreeCharts()
    {
        RunSession s;
        RewardChartsPanel panel(&s);
        feedTwoNodes(s);
        model::LevelSummary l0;
        l0.level = 0;
        l0.beamIds = {QStringLiteral("n0")};
        l0.bestReward = l0.meanReward = 3.0;
        l0.bestNodeId = QStringLiteral("n0");
        l0.bestFigure = 3.0;
        model::LevelSummary l1;
        l1.level = 1;
        l1.beamIds = {QStringLiteral("n1")};
        l1.bestReward = l1.meanReward = 4.5;
        l1.bestNodeId = QStringLiteral("n1");
        l1.bestFigure = 3.75;
        s.apply({drpo::engine::event::LevelFinished{l0, 5}});
        s.apply({drpo::engine::event::LevelFinished{l1, 5}});
        panel.refresh();
        QCOMPARE(panel.progressChart()->kind(), ChartWidget::Kind::Lines);
        // The leader's path mean (the line to follow), then each level's best and mean.
        QCOMPARE(panel.progressChart()->seriesCount(), 3);
        QCOMPARE(panel.progressChart()->pointCount(0), 2);
        QCOMPARE(panel.progressChart()->pointCount(1), 2);
        QCOMPARE(panel.criteriaChart()->seriesCount(), 2);
        QCOMPARE(panel.criteriaChart()->pointCount(1), 2); // two criteria
        QCOMPARE(panel.distributionChart()->pointCount(0) + panel.distributionChart()->pointCount(1), 2);
        QVERIFY(!panel.progressChart()->yTitle().isEmpty());
        QTemporaryDir dir;
        QString error;
        QVERIFY(panel.exportCurrent(dir.filePath(QStringLiteral("c.svg")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("c.svg"))).size() > 100);
    }

    void chartLegends_longNamesNarrowChart_namesInFullWrappedPlainText()
    {
        // Qt Charts' own legend cut "sim-base + DRPO profile (this run)" to "sim-bas…" in a
        // narrow radar; the key under every chart names each series in full and wraps.
        const QString longName = QStringLiteral("sim-base + DRPO profile (this run) <b>x</b>");
        const QString other = QStringLiteral("sim-instruct + basic prompt");
        ChartWidget bars;
        bars.setBars(
            {QStringLiteral("Helpfulness"), QStringLiteral("Safety")}, {{longName, {4.0, 5.0}}, {other, {3.0, 2.0}}});
        QCOMPARE(bars.legendNames(), QStringList({longName, other}));
        RadarChartWidget radar;
        radar.setData({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            {{longName, {1, 2, 3}}, {other, {3, 2, 1}}});
        QCOMPARE(radar.legendNames(), QStringList({longName, other}));
        ChartWidget lines;
        lines.setLines(
            {{QStringLiteral("Leader (path mean)"), {{0, 1}, {1, 2}}, ChartWidget::Series::Style::Emphasized},
                {QStringLiteral("Start, held-out"), {{0, 1}, {1, 1}}, ChartWidget::Series::Style::Dashed}});
        auto *lineKey = lines.findChild<ChartLegend *>();
        QVERIFY(lineKey);
        QCOMPARE(lineKey->entries().at(1).mark, ChartLegend::Mark::Dashed);

        auto *key = radar.findChild<ChartLegend *>();
        QVERIFY(key);
        QVERIFY(!key->isHidden());
        // The markup in a name is text, not formatting; the entries keep it whole.
        QVERIFY(key->text().contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(!key->text().contains(QStringLiteral("<b>")));
        // Narrow: the entries wrap onto more lines instead of being cut.
        const int wide = key->heightForWidth(2000);
        const int narrow = key->heightForWidth(260);
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        // No series, no key.
        radar.setData({}, {});
        QVERIFY(key->isHidden());
    }

    void querySets_addImportAndUndo_changeTheSetThroughCommands()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), {});
        RunSession s;
        QuerySetPanel panel(&doc, &s);
        QCOMPARE(panel.model()->rowCount(), 2);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("q.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First imported question?\nSecond imported question?\n");
        f.close();
        QString message;
        QVERIFY2(panel.importFile(file, &message), qPrintable(message));
        QCOMPARE(panel.model()->rowCount(), 4);
        QVERIFY(doc.isDirty());
        doc.undoStack()->undo();
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(!doc.isDirty());
        panel.splitValidation(50);
        QCOMPARE(doc.project().queries.validationIds.size(), 1);
        panel.proxy()->setSearchText(QStringLiteral("raining"));
        QCOMPARE(panel.proxy()->rowCount(), 1);
    }

    void modelsDialog_simulatedDefaults_roundTripUnchanged()
    {
        model::ModelSettings in;
        in.simLatencyMs = 120;
        ModelsDialog dialog(in);
        QCOMPARE(dialog.settings(), in);
        QVERIFY(dialog.problems().isEmpty());
    }

    void modelsDialog_embedderAndProviderSettings_roundTripUnchanged()
    {
        model::ModelSettings in;
        in.judge.kind = QStringLiteral("openai");
        in.judge.baseUrls = {QStringLiteral("https://api.openai.com/v1")};
        in.judge.model = QStringLiteral("gpt-4o-mini");
        in.judge.keyEnv = QStringLiteral("MY_JUDGE_KEY"); // not the preset's: must survive
        in.embedder.kind = QStringLiteral("openai");
        in.embedder.baseUrls = {QStringLiteral("http://127.0.0.1:11434/v1")};
        in.embedder.model = QStringLiteral("nomic-embed-text");
        in.embedder.concurrency = 3;
        in.provider.cache = model::CacheMode::On;
        in.provider.cachePath = QStringLiteral("/tmp/drpo-cache.sqlite");
        in.provider.budgetUsd = 12.5;
        in.provider.timeoutMs = 45000;
        in.provider.allowInsecureHttp = true;
        in.provider.stream = true;
        ModelsDialog dialog(in);
        QCOMPARE(dialog.settings(), in);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    }

    void modelsDialog_editEmbedderAndProvider_reachSettings()
    {
        ModelsDialog dialog{model::ModelSettings()};
        auto *embedder = dialog.findChild<QComboBox *>(QStringLiteral("embedderPreset"));
        auto *cache = dialog.findChild<QComboBox *>(QStringLiteral("cacheMode"));
        auto *budget = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("budget"));
        QVERIFY(embedder && cache && budget);
        QCOMPARE(embedder->currentData().toString(), QStringLiteral("none"));
        QCOMPARE(embedder->findData(QStringLiteral("anthropic")), -1); // no embeddings there
        embedder->setCurrentIndex(embedder->findData(QStringLiteral("sim")));
        cache->setCurrentIndex(cache->findData(int(model::CacheMode::Off)));
        budget->setValue(3);
        const model::ModelSettings out = dialog.settings();
        QVERIFY(out.hasEmbedder() && out.embedder.isSim());
        QCOMPARE(out.provider.cache, model::CacheMode::Off);
        QCOMPARE(out.provider.budgetUsd, 3.0);
        QCOMPARE(out.configuredRoles().size(), 5);
    }

    void modelsDialog_plainHttpToRemoteHost_refusedUntilAllowed()
    {
        model::ModelSettings in;
        in.embedder.kind = QStringLiteral("openai");
        in.embedder.baseUrls = {QStringLiteral("http://gpu-box.example.com:8000/v1")};
        in.embedder.model = QStringLiteral("e5");
        ModelsDialog dialog(in);
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(dialog.problems().first().contains(QStringLiteral("http")));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted); // stays open, showing why
        dialog.findChild<QCheckBox *>(QStringLiteral("allowHttp"))->setChecked(true);
        QVERIFY(dialog.problems().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.settings().provider.allowInsecureHttp);
    }

    void promptEditDialog_editThenUndo_restoresNodePrompt()
    {
        PromptEditDialog dialog(QStringLiteral("n3"), QStringLiteral("Be kind."));
        dialog.editor()->moveCursor(QTextCursor::End);
        dialog.editor()->insertPlainText(QStringLiteral(" Be brief."));
        QCOMPARE(dialog.prompt(), QStringLiteral("Be kind. Be brief."));
        dialog.editor()->undo();
        QCOMPARE(dialog.prompt(), QStringLiteral("Be kind."));
        dialog.editor()->redo();
        QCOMPARE(dialog.prompt(), QStringLiteral("Be kind. Be brief."));
    }

    void querySets_importMissingFile_failsWithMessage()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), {});
        RunSession s;
        QuerySetPanel panel(&doc, &s);
        QString message;
        QVERIFY(!panel.importFile(QStringLiteral("/nonexistent/queries.json"), &message));
        QVERIFY(!message.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void criteria_pinDisableEditAndUndo_roundTrip()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), {});
        RunSession s;
        CriteriaPanel panel(&doc, &s);
        panel.togglePin(1);
        QCOMPARE(doc.project().criteria.pinned, QStringList{QStringLiteral("Safety")});
        panel.setEnabledAt(0, false);
        QVERIFY(!doc.project().criteria.criteria[0].enabled);
        panel.applyEdit(1, QStringLiteral("Harmlessness"), QStringLiteral("5 harmless"));
        QCOMPARE(doc.project().criteria.pinned, QStringList{QStringLiteral("Harmlessness")});
        QVERIFY(doc.project().criteria.revision > 1);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project().criteria, smallProject().criteria);
        s.apply({drpo::engine::event::SelectionMade{QStringLiteral("x"), {{QStringLiteral("Clarity")}, {}}}});
        QCOMPARE(panel.model()->index(0, CriteriaModel::CountColumn).data().toInt(), 1);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
