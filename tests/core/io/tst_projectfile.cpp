// SPDX-License-Identifier: GPL-3.0-or-later
// Project, run record and profile files: round trips and the errors a user sees for bad files.
#include "io/profilefile.h"
#include "io/projectfile.h"
#include "io/runfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Qt::Literals::StringLiterals;
using drpo::io::FileError;
using drpo::model::Json;
using drpo::test::readFile;
using drpo::test::writeFile;
namespace m = drpo::model;

namespace {

m::Project sampleProject()
{
    m::Project p;
    p.name = u"Bread & safety"_s;
    p.description = u"two queries"_s;
    p.queries.name = u"train"_s;
    p.queries.queries = {m::Query{u"q1"_s, u"How do I bake bread?"_s, u"regular"_s, {u"food"_s}, {}},
        m::Query{u"q2"_s, u"How to hurt someone?"_s, u"harmful"_s, {}, {}}};
    p.queries.validationIds = {u"q2"_s};
    p.criteria.criteria = {{u"Helpfulness"_s, u"helps"_s, true}, {u"Safety"_s, u"safe"_s, true}};
    p.seedExamples = {m::Example{u"e1"_s, u"q"_s, u"a"_s, {}, {}, -1}};
    p.models.judge.kind = u"openai"_s;
    p.models.judge.keyEnv = u"OPENAI_API_KEY"_s;
    p.settings.depth = 4;
    m::RunRecord run;
    run.id = u"run-1"_s;
    run.status = m::RunState::Finished;
    run.input = p.runInput();
    m::Node root;
    root.id = u"n0"_s;
    root.prompt = u"You are a helpful assistant."_s;
    root.reward = 3.5;
    run.nodes = {root};
    run.bestNodeId = u"n0"_s;
    p.runs = {run};
    return p;
}

// Writes the sample project as JSON after edit() changed it, and loads it back.
template<typename Edit>
std::optional<m::Project> loadEdited(const QTemporaryDir &dir, Edit edit, FileError *error, QString *path = nullptr)
{
    Json j = sampleProject();
    edit(j);
    const QString file = dir.filePath(u"edited.drpo"_s);
    if (!writeFile(file, QByteArray::fromStdString(j.dump(2)))) {
        QTest::qFail("the edited project could not be written", __FILE__, __LINE__);
        return std::nullopt;
    }
    if (path)
        *path = file;
    return drpo::io::loadProject(file, error);
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private slots:
    void saveThenLoad_project_equal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.drpo"_s);
        const m::Project p = sampleProject();
        QString saveError;
        QVERIFY2(drpo::io::saveProject(path, p, &saveError), qPrintable(saveError));
        FileError error;
        const auto back = drpo::io::loadProject(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE_JSON(Json(*back), Json(p));
        QCOMPARE(back->runInput(), p.runInput());
        QVERIFY(!readFile(path).contains("sk-")); // only the key's variable name is stored
    }

    void saveProject_failingPath_keepsExistingFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"file"_s);
        QVERIFY(writeFile(blocker, "keep me"));
        QString error;
        QVERIFY(!drpo::io::saveProject(blocker + u"/p.drpo"_s, sampleProject(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(blocker), QByteArray("keep me"));
    }

    void loadProject_wrongFormat_namesFieldAndValue()
    {
        QTemporaryDir dir;
        FileError error;
        QString path;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["format"] = "drpo-run"; }, &error, &path));
        QCOMPARE(error.file, path);
        QCOMPARE(error.field, u"/format"_s);
        QVERIFY2(error.message.contains(u"drpo-run") && error.message.contains(u"drpo-project"),
            qPrintable(error.toString()));
        const QList<QByteArray> lines = readFile(path).split('\n');
        QVERIFY(error.line > 0 && error.line <= lines.size());
        QVERIFY2(lines.at(error.line - 1).contains("\"format\": \"drpo-run\""), lines.at(error.line - 1).constData());
    }

    void loadProject_newerFormatVersion_asksToUpdate()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["format_version"] = 99; }, &error));
        QCOMPARE(error.field, u"/format_version"_s);
        QVERIFY2(error.message.contains(u"newer") && error.message.contains(u"99"), qPrintable(error.toString()));
        QVERIFY(error.line > 0);
    }

    void loadProject_missingRequiredField_namesIt()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["queries"]["queries"][1].erase("text"); }, &error));
        QCOMPARE(error.field, u"/queries/queries/1/text"_s);
        QVERIFY2(error.message.contains(u"missing"), qPrintable(error.toString()));
        QVERIFY(error.line > 1);
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j.erase("criteria"); }, &error));
        QCOMPARE(error.field, u"/criteria"_s);
    }

    void loadProject_wrongType_namesFieldAndTypes()
    {
        QTemporaryDir dir;
        FileError error;
        QString path;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["queries"]["queries"][0]["text"] = 42; }, &error, &path));
        QCOMPARE(error.field, u"/queries/queries/0/text"_s);
        QVERIFY2(error.message.contains(u"string") && error.message.contains(u"number"), qPrintable(error.toString()));
        // The line is the one holding that text field.
        const QList<QByteArray> lines = readFile(path).split('\n');
        QVERIFY(error.line > 0 && error.line <= lines.size());
        QVERIFY2(lines.at(error.line - 1).contains("\"text\": 42"), lines.at(error.line - 1).constData());
        QVERIFY(error.toString().startsWith(path + u':' + QString::number(error.line)));
    }

    void loadProject_duplicateQueryIds_namesBoth()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["queries"]["queries"][1]["id"] = "q1"; }, &error));
        QCOMPARE(error.field, u"/queries/queries/1/id"_s);
        QVERIFY2(error.message.contains(u"q1") && error.message.contains(u"/queries/queries/0"),
            qPrintable(error.toString()));
        QVERIFY(error.line > 0);
    }

    void loadProject_emptyQueryText_isAnError()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!loadEdited(
            dir, [](Json &j) { j["queries"]["queries"][1]["text"] = "  "; }, &error));
        QCOMPARE(error.field, u"/queries/queries/1/text"_s);
        QVERIFY2(error.message.contains(u"empty"), qPrintable(error.toString()));
    }

    void loadProject_notJson_namesLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.drpo"_s);
        QVERIFY(writeFile(path, "{\n \"format\": \"drpo-project\",\n \"format_version\": 1,\n oops\n}"));
        FileError error;
        QVERIFY(!drpo::io::loadProject(path, &error));
        QCOMPARE(error.line, 4);
        QCOMPARE(error.file, path);
    }

    void loadDemoProject_resource_isSimulatedAndComplete()
    {
        QFile resource(u":/drpo/demo/demo.drpo"_s);
        QVERIFY2(resource.open(QIODevice::ReadOnly), "the demo project resource is not compiled in");
        if (resource.readAll().trimmed() == "{}")
            QSKIP("the demo project resource has no content yet");
        FileError error;
        const auto demo = drpo::io::loadDemoProject(&error);
        QVERIFY2(demo, qPrintable(error.toString()));
        QVERIFY(demo->simulated);
        QVERIFY(!demo->queries.queries.isEmpty());
        QVERIFY(!demo->criteria.criteria.isEmpty());
        QVERIFY(demo->models.allSim());
    }

    void saveThenLoad_runRecord_sameJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"runs/run-1.json"_s);
        const m::RunRecord run = sampleProject().runs.first();
        QString saveError;
        QVERIFY2(drpo::io::saveRunRecord(path, run, &saveError), qPrintable(saveError));
        FileError error;
        const auto back = drpo::io::loadRunRecord(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE_JSON(Json(*back), Json(run));
    }

    void loadRunRecord_projectFile_saysWrongFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.drpo"_s);
        QString saveError;
        QVERIFY(drpo::io::saveProject(path, sampleProject(), &saveError));
        FileError error;
        QVERIFY(!drpo::io::loadRunRecord(path, &error));
        QCOMPARE(error.field, u"/format"_s);
        QVERIFY2(error.message.contains(u"run record"), qPrintable(error.toString()));
    }

    void loadRunRecord_newerVersionOrMissingInput_fails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.json"_s);
        Json j = sampleProject().runs.first();
        j["format_version"] = m::RunRecord::kFormatVersion + 1;
        QVERIFY(writeFile(path, QByteArray::fromStdString(j.dump(2))));
        FileError error;
        QVERIFY(!drpo::io::loadRunRecord(path, &error));
        QVERIFY2(error.message.contains(u"newer"), qPrintable(error.toString()));
        j = sampleProject().runs.first();
        j.erase("input");
        QVERIFY(writeFile(path, QByteArray::fromStdString(j.dump(2))));
        QVERIFY(!drpo::io::loadRunRecord(path, &error));
        QCOMPARE(error.field, u"/input"_s);
    }

    void saveThenLoad_profile_equal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        m::AlignmentProfile p;
        p.systemPrompt = u"Be helpful and safe."_s;
        p.examples = sampleProject().seedExamples;
        p.k = 2;
        p.baseModel = u"sim"_s;
        p.simulated = true;
        QString saveError;
        QVERIFY(drpo::io::saveProfile(path, p, &saveError));
        FileError error;
        const auto back = drpo::io::loadProfile(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(*back, p);
    }

    void loadProfile_missingSystemPrompt_namesField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        QVERIFY(writeFile(path, R"({"format": "drpo-profile", "format_version": 1, "k": 3})"));
        FileError error;
        QVERIFY(!drpo::io::loadProfile(path, &error));
        QCOMPARE(error.field, u"/system_prompt"_s);
        QCOMPARE(error.line, 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
