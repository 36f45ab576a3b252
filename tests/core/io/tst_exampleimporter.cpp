// SPDX-License-Identifier: GPL-3.0-or-later
// ICL example and cached selection import, from the reference files and small hand-made ones.
#include "io/exampleimporter.h"
#include "io/selectionimporter.h"

#include "testfiles.h"
#include "testpaths.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using drpo::io::FileError;
using drpo::io::importExamples;
using drpo::io::importSelections;
using drpo::test::readFile;
using drpo::test::writeFile;
namespace m = drpo::model;

namespace {

QSet<QString> queries(const QList<m::Example> &examples)
{
    QSet<QString> out;
    for (const m::Example &e : examples)
        out.insert(e.query);
    return out;
}

void verifyReferenceExamples(const QList<m::Example> &examples)
{
    QCOMPARE(examples.size(), 16);
    for (int i = 0; i < examples.size(); ++i) {
        const m::Example &e = examples.at(i);
        QCOMPARE(e.id, u"e%1"_s.arg(i + 1));
        QVERIFY(!e.query.isEmpty());
        QVERIFY2(!e.answer.contains(u"<START>") && !e.answer.contains(u"<END>"), qPrintable(e.answer.left(80)));
        QCOMPARE(e.answer, e.answer.trimmed());
        QVERIFY(e.answer.size() > 100);
    }
    // File order is kept (nlohmann's default object would sort the queries).
    QCOMPARE(examples.first().query, u"What is the best way to torture a friend who stole my money?"_s);
}

} // namespace

class TestExampleImporter : public QObject {
    Q_OBJECT

private slots:
    void importReference_seedExamples_16WithMarkersStripped()
    {
        DRPO_REQUIRE_REFERENCE_FILE(u"queries_resp_train.json"_s);
        FileError error;
        const auto examples = importExamples(drpo::test::referenceFile(u"queries_resp_train.json"_s), &error);
        QVERIFY2(examples, qPrintable(error.toString()));
        verifyReferenceExamples(*examples);
        QVERIFY(examples->first().answer.startsWith(u"I'm truly sorry to hear about what happened"));
    }

    void importReference_optimizedExamples_sameQueriesAsSeeds()
    {
        DRPO_REQUIRE_REFERENCE_FILE(u"ICL_examples.json"_s);
        DRPO_REQUIRE_REFERENCE_FILE(u"queries_resp_train.json"_s);
        FileError error;
        const auto optimized = importExamples(drpo::test::referenceFile(u"ICL_examples.json"_s), &error);
        QVERIFY2(optimized, qPrintable(error.toString()));
        verifyReferenceExamples(*optimized);
        const auto seeds = importExamples(drpo::test::referenceFile(u"queries_resp_train.json"_s), &error);
        QVERIFY(seeds);
        QCOMPARE(queries(*optimized), queries(*seeds));
        QVERIFY(optimized->first().answer != seeds->first().answer);
    }

    void importExamples_referenceShapeWithMarkers_stripsThem()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ex.json"_s,
            R"({"Zebra question?": "<START>\n  zebra answer \n<END>", "Apple question?": "plain answer"})");
        FileError error;
        const auto examples = importExamples(path, &error);
        QVERIFY2(examples, qPrintable(error.toString()));
        QCOMPARE(examples->size(), 2);
        QCOMPARE(examples->at(0), (m::Example{u"e1"_s, u"Zebra question?"_s, u"zebra answer"_s, {}, {}, -1}));
        QCOMPARE(examples->at(1).answer, u"plain answer"_s);
    }

    void importExamples_arrayWithIdsAndCategories_keepsThem()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ex.json"_s, R"([
            {"id": "x1", "query": "q one", "answer": "a one", "category": "harmful"},
            {"instruction": "q two", "response": "a two"}
        ])");
        FileError error;
        const auto examples = importExamples(path, &error);
        QVERIFY2(examples, qPrintable(error.toString()));
        QCOMPARE(examples->at(0), (m::Example{u"x1"_s, u"q one"_s, u"a one"_s, u"harmful"_s, {}, -1}));
        QCOMPARE(examples->at(1).id, u"e2"_s);
        QCOMPARE(examples->at(1).answer, u"a two"_s);
    }

    void importExamples_ourExampleJsonWithHistory_keepsHistory()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ex.json"_s, R"({"examples": [
            {"id": "e9", "query": "q", "answer": "best", "best_version": 1,
             "history": [{"answer": "seed", "origin": "seed"}, {"answer": "best", "origin": "rewrite"}]}]})");
        FileError error;
        const auto examples = importExamples(path, &error);
        QVERIFY2(examples, qPrintable(error.toString()));
        QCOMPARE(examples->at(0).history.size(), 2);
        QCOMPARE(examples->at(0).bestVersion, 1);
        QCOMPARE(examples->at(0).history.at(1).origin, u"rewrite"_s);
    }

    void importExamples_jsonlAndCsv_read()
    {
        QTemporaryDir dir;
        FileError error;
        const auto lines =
            importExamples(writeFile(dir, u"ex.jsonl"_s,
                               "{\"query\": \"a\", \"answer\": \"b\"}\n\n{\"query\": \"c\", \"answer\": \"d\"}\n"),
                &error);
        QVERIFY2(lines, qPrintable(error.toString()));
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(1).id, u"e2"_s);
        const auto csv =
            importExamples(writeFile(dir, u"ex.csv"_s,
                               "query,answer,category\n\"Why, really?\",\"Because:\n1. \"\"this\"\"\",regular\n"),
                &error);
        QVERIFY2(csv, qPrintable(error.toString()));
        QCOMPARE(csv->size(), 1);
        QCOMPARE(
            csv->at(0), (m::Example{u"e1"_s, u"Why, really?"_s, u"Because:\n1. \"this\""_s, u"regular"_s, {}, -1}));
    }

    void importExamples_missingAnswer_errorNamesLineAndField()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, u"ex.json"_s, "[\n {\"query\": \"a\", \"answer\": \"b\"},\n {\"query\": \"c\"}\n]");
        FileError error;
        QVERIFY(!importExamples(path, &error));
        QCOMPARE(error.file, path);
        QCOMPARE(error.field, u"/1/answer"_s);
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.contains(u"answer"), qPrintable(error.toString()));
    }

    void importExamples_referenceShapeWithNonText_errorNamesQuery()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ex.json"_s, "{\n \"good?\": \"yes\",\n \"a/b?\": 3\n}");
        FileError error;
        QVERIFY(!importExamples(path, &error));
        QCOMPARE(error.field, u"/a~1b?"_s);
        QCOMPARE(error.line, 3);
    }

    void importExamples_csvWithoutAnswerColumn_namesHeader()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!importExamples(writeFile(dir, u"ex.csv"_s, "query,reply\na,b\n"), &error));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.field, u"header"_s);
    }

    void importExamples_duplicateIdsOrEmptyAnswer_fail()
    {
        QTemporaryDir dir;
        FileError error;
        QVERIFY(!importExamples(writeFile(dir, u"d.jsonl"_s,
                                    "{\"id\": \"x\", \"query\": \"a\", \"answer\": \"b\"}\n"
                                    "{\"id\": \"x\", \"query\": \"c\", \"answer\": \"d\"}\n"),
            &error));
        QCOMPARE(error.line, 2);
        QVERIFY2(error.message.contains(u"line 1"), qPrintable(error.toString()));
        QVERIFY(!importExamples(writeFile(dir, u"e.json"_s, R"({"q?": "<START>\n<END>"})"), &error));
        QVERIFY2(error.message.contains(u"empty"), qPrintable(error.toString()));
        QCOMPARE(error.line, 1);
    }

    void importSelections_reference_55WithCriteriaAndReasons()
    {
        DRPO_REQUIRE_REFERENCE_FILE(u"metrics_cache.json"_s);
        FileError error;
        const auto selections = importSelections(drpo::test::referenceFile(u"metrics_cache.json"_s), &error);
        QVERIFY2(selections, qPrintable(error.toString()));
        QCOMPARE(selections->size(), 55);
        for (const m::Selection &s : *selections) {
            QVERIFY(!s.criteria.isEmpty());
            QVERIFY(!s.reason.isEmpty());
        }
        const QString conference =
            u"Please prepare a table containing a summary of the information of the participants at the conference."_s;
        QString key;
        for (auto s = selections->cbegin(); s != selections->cend(); ++s)
            if (s.key().startsWith(conference))
                key = s.key();
        QVERIFY(!key.isEmpty());
        QCOMPARE(selections->value(key).criteria,
            (QStringList{u"Clarity"_s, u"Factuality"_s, u"Conciseness"_s, u"Compliance"_s, u"Sensitivity"_s}));
    }

    void importSelections_ownShape_reads()
    {
        QTemporaryDir dir;
        FileError error;
        const auto s = importSelections(
            writeFile(dir, u"s.json"_s, R"({"q": {"criteria": ["Safety"], "reason": "harmful"}})"), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->value(u"q"_s), (m::Selection{{u"Safety"_s}, u"harmful"_s}));
    }

    void importSelections_badAspects_errorNamesFieldAndLine()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"s.json"_s,
            "{\n \"q1\": {\"aspects_selection\": {\"selected_aspects\": [\"A\"]}},\n"
            " \"q2\": {\"aspects_selection\": {\n   \"selected_aspects\": \"A\"}}\n}");
        FileError error;
        QVERIFY(!importSelections(path, &error));
        QCOMPARE(error.field, u"/q2/aspects_selection/selected_aspects"_s);
        QCOMPARE(error.line, 4);
        QVERIFY2(error.message.contains(u"list"), qPrintable(error.toString()));
        QVERIFY(!importSelections(writeFile(dir, u"t.json"_s, R"({"q": {"query_analysis": {}}})"), &error));
        QCOMPARE(error.field, u"/q/aspects_selection"_s);
    }
};

QTEST_GUILESS_MAIN(TestExampleImporter)
#include "tst_exampleimporter.moc"
