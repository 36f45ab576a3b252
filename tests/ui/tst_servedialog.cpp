// SPDX-License-Identifier: GPL-3.0-or-later
// "Serve this profile…": the dialog starts a real local server that a Qt client can call,
// logs the requests live, and exports; the request log model; the Run-menu action.
#include "mainwindow.h"
#include "runsession.h"
#include "serve/requestlogmodel.h"
#include "serve/serveactions.h"
#include "serve/servedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

model::AlignmentProfile simProfile()
{
    model::AlignmentProfile p;
    p.systemPrompt = u"You are a careful assistant.\n- Never claim to browse the web."_s;
    p.k = 1;
    p.simulated = true;
    p.baseModel = u"sim-base"_s;
    model::Example e;
    e.id = u"e1"_s;
    e.query = u"Is it going to rain in Oslo today?"_s;
    e.answer = u"I cannot check live weather; a forecast site can."_s;
    p.examples = {e};
    return p;
}

serve::RequestLogEntry entry(int status, const QString &error = {})
{
    serve::RequestLogEntry e;
    e.time = QDateTime::currentDateTime();
    e.method = u"POST"_s;
    e.path = u"/v1/chat/completions"_s;
    e.model = u"drpo-best"_s;
    e.status = status;
    e.latencyMs = 12;
    e.promptTokens = 30;
    e.completionTokens = 40;
    e.error = error;
    return e;
}

} // namespace

class TestServeDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"drpo-tests"_s);
    }

    void requestLog_entries_shownAndBounded()
    {
        RequestLogModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            model.addEntry(entry(i == 4 ? 502 : 200, i == 4 ? u"the base model failed: <b>boom</b>"_s : QString()));
        QCOMPARE(model.rowCount(), 3); // the newest three
        QCOMPARE(model.data(model.index(2, RequestLogModel::StatusColumn)).toString(), u"502"_s);
        QCOMPARE(model.data(model.index(0, RequestLogModel::ModelColumn)).toString(), u"drpo-best"_s);
        QCOMPARE(model.data(model.index(0, RequestLogModel::TokensColumn)).toString(), u"30 in / 40 out"_s);
        const QString tip = model.data(model.index(2, 0), Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(u"&lt;b&gt;boom"_s)); // endpoint text is escaped, never markup
        QVERIFY(model.data(model.index(2, RequestLogModel::StatusColumn), Qt::ForegroundRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dialog_startServeLogStop()
    {
        ServeDialog dialog(simProfile(), model::ModelSettings(), u"drpo-best"_s);
        dialog.setPort(0);
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isServing(), 20000);
        const QString url = dialog.url();
        QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(dialog.curlExample().contains(url + u"/chat/completions"_s));
        QVERIFY(dialog.curlExample().contains(u"\"model\": \"drpo-best\""_s));
        QVERIFY(dialog.pythonExample().contains(u"base_url=\""_s + url + u'"'));
        const auto editors = dialog.findChildren<QPlainTextEdit *>();
        QVERIFY(std::any_of(editors.begin(), editors.end(),
            [&](QPlainTextEdit *e) { return e->toPlainText() == dialog.curlExample(); }));

        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(url + u"/chat/completions"_s)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{u"model"_s, u"drpo-best"_s},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Will it rain?"_s}}}}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        QTRY_COMPARE(dialog.requestLog()->rowCount(), 1);
        QCOMPARE(dialog.requestLog()->entryAt(0)->status, 200);
        QCOMPARE(dialog.requestLog()->entryAt(0)->model, u"drpo-best"_s);

        dialog.stop();
        QVERIFY(!dialog.isServing());
        QVERIFY(dialog.url().isEmpty());
    }

    void dialog_portTaken_reasonShownAndNotServing()
    {
        ServeDialog first(simProfile(), model::ModelSettings(), u"a"_s);
        first.setPort(0);
        QVERIFY(first.start());
        QTRY_VERIFY_WITH_TIMEOUT(first.isServing(), 20000);
        const int port = QUrl(first.url()).port();
        ServeDialog second(simProfile(), model::ModelSettings(), u"b"_s);
        second.setPort(port);
        second.start();
        QTest::qWait(500);
        QVERIFY(!second.isServing());
        const auto labels = second.findChildren<QLabel *>();
        QVERIFY(std::any_of(
            labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(u"Could not start"_s); }));
    }

    void dialog_export_writesEachFormat()
    {
        QTemporaryDir dir;
        ServeDialog dialog(simProfile(), model::ModelSettings(), u"drpo-best"_s);
        QString error;
        const QString md = dir.filePath(u"p.md"_s);
        QVERIFY2(dialog.exportTo(io::ProfileExporter::Format::Markdown, md, &error), qPrintable(error));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Never claim to browse"));
        const QString modelfile = dir.filePath(u"Modelfile"_s);
        QVERIFY(dialog.exportTo(io::ProfileExporter::Format::Ollama, modelfile, &error));
        QVERIFY(QFile::exists(modelfile));
    }

    void actions_profileForNode_usesRunExamplesElseSeeds()
    {
        model::RunInput input;
        input.settings.kInference = 4;
        input.seedExamples = simProfile().examples;
        const model::AlignmentProfile seeded = serveactions::profileFor(u"P"_s, {}, input);
        QCOMPARE(seeded.examples, input.seedExamples);
        QCOMPARE(seeded.k, 4);
        QVERIFY(seeded.simulated);
        model::Example better = input.seedExamples.first();
        better.answer = u"Improved."_s;
        QCOMPARE(serveactions::profileFor(u"P"_s, {better}, input).examples.first().answer, u"Improved."_s);
        QCOMPARE(serveactions::modelNameFor(u"n 7"_s, false), u"drpo-node-n-7"_s);
        QCOMPARE(serveactions::modelNameFor(u"n7"_s, true), u"drpo-best"_s);
    }

    void actions_nodeMenu_serveAndThreeExports()
    {
        QWidget parent;
        QMenu menu;
        model::RunInput input;
        serveactions::addProfileActions(&menu, &parent, simProfile(), input, u"drpo-node-n3"_s);
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0]->text(), u"Serve this profile\u2026"_s);
        QVERIFY(actions[1]->menu());
        QCOMPARE(actions[1]->menu()->actions().size(), 3);
        actions[0]->trigger();
        ServeDialog *dialog = parent.findChild<ServeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->modelName(), u"drpo-node-n3"_s);
        QVERIFY(!dialog->isServing()); // starting is the user's choice
        dialog->close();
    }

    void actions_profileForNode_finishedBestIsTheRunsProfile()
    {
        RunSession session;
        model::RunRecord run;
        run.status = model::RunState::Finished;
        run.input.settings.kInference = 2;
        run.examples = simProfile().examples;
        model::Node root;
        root.id = u"n0"_s;
        root.prompt = u"You are a helpful assistant."_s;
        root.reward = 3.0;
        model::Node child = root;
        child.id = u"n1"_s;
        child.parentId = u"n0"_s;
        child.level = 1;
        child.prompt = u"Be careful.\n- Never claim to browse."_s;
        child.reward = 4.0;
        run.nodes = {root, child};
        run.bestNodeId = u"n1"_s;
        run.profile = simProfile();
        run.profile.systemPrompt = child.prompt;
        session.loadRecord(run);
        QCOMPARE(serveactions::profileForNode(session, u"n1"_s), run.profile);
        const model::AlignmentProfile other = serveactions::profileForNode(session, u"n0"_s);
        QCOMPARE(other.systemPrompt, root.prompt);
        QCOMPARE(other.examples, run.examples);
        QCOMPARE(other.k, 2);
    }

    void actions_serveBest_enabledOnceThereIsABestNode()
    {
        MainWindow w;
        w.setInteractive(false);
        QAction *action = serveactions::makeServeBestAction(&w);
        QVERIFY(!action->isEnabled());
        model::RunRecord run;
        run.status = model::RunState::Finished;
        model::Node root;
        root.id = u"n0"_s;
        root.prompt = u"You are a helpful assistant."_s;
        root.reward = 3.5;
        run.nodes = {root};
        run.bestNodeId = root.id;
        run.bestReward = 3.5;
        run.profile = simProfile();
        w.session()->loadRecord(run);
        QVERIFY(action->isEnabled());
        action->trigger();
        ServeDialog *dialog = w.findChild<ServeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->modelName(), u"drpo-best"_s);
        dialog->close();
    }
};

QTEST_MAIN(TestServeDialog)
#include "tst_servedialog.moc"
