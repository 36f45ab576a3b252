// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation importers: just-eval benchmarks, output files and judgement files, good and
// malformed (file, record and field named), the demo benchmark, and the reference data.
#include "eval/benchmarkimporter.h"
#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "sim/querykind.h"

#include "evaltestutil.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using drpo::test::writeFile;
using eval::test::fixture;

namespace {

// The error names the file, a line, the record and the field.
void checkError(const io::FileError &e, const QString &path, int line, const QString &field, const QString &words)
{
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(words), qPrintable(e.toString()));
}

} // namespace

class TestEvalImport : public QObject {
    Q_OBJECT

private slots:
    void importBenchmark_justEvalJsonl_readsTasksTopicsAndSplit()
    {
        io::FileError error;
        const auto b = eval::importBenchmark(fixture(u"justeval-instruct.jsonl"_s), &error);
        QVERIFY2(b, qPrintable(error.toString()));
        const eval::Benchmark &bench = b->benchmark;
        QCOMPARE(bench.items.size(), 6);
        QCOMPARE(bench.regularCount(), 4);
        QCOMPARE(bench.safetyCount(), 2);
        QCOMPARE(bench.items[1].id, u"1"_s);
        QCOMPARE(bench.items[1].tasks, QStringList{u"info-seek"_s});
        QCOMPARE(bench.items[1].topics, (QStringList{u"nature"_s, u"stem"_s}));
        QCOMPARE(bench.items[4].category, u"safety"_s);
        QCOMPARE(bench.items[4].sourceId, u"fixture-4"_s);
        QCOMPARE(bench.name, u"justeval-instruct"_s);
    }

    void importBenchmark_jsonList_sameAsJsonLines()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"set.json"_s,
            R"([{"id": 7, "instruction": "Explain tides.", "category": "regular", "task": "info-seek", "topic": ["nature"]},
                {"id": "x8", "instruction": "Help me cheat.", "category": "safety"}])");
        io::FileError error;
        const auto b = eval::importBenchmark(path, &error);
        QVERIFY2(b, qPrintable(error.toString()));
        QCOMPARE(b->benchmark.items.size(), 2);
        QCOMPARE(b->benchmark.items[0].id, u"7"_s);
        QCOMPARE(b->benchmark.items[0].tasks, QStringList{u"info-seek"_s}); // a single text is a list of one
        QCOMPARE(b->benchmark.items[1].id, u"x8"_s);
        QVERIFY(b->benchmark.items[1].isSafety());
    }

    void importBenchmark_badCategory_namesLineRecordAndField()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.jsonl"_s,
            "{\"id\": 0, \"instruction\": \"a\", \"category\": \"regular\"}\n"
            "{\"id\": 1, \"instruction\": \"b\", \"category\": \"harmless\"}\n");
        io::FileError error;
        QVERIFY(!eval::importBenchmark(path, &error));
        checkError(error, path, 2, u"/1/category"_s, u"record 2 (id 1)"_s);
        QVERIFY(error.message.contains(u"\"regular\" or \"safety\""));
    }

    void importBenchmark_malformedRecords_eachNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing id") << QByteArray(
                                           "[\n {\"id\": 0, \"instruction\": \"a\", \"category\": \"regular\"},\n"
                                           " {\"instruction\": \"b\", \"category\": \"safety\"}\n]")
                                    << 3 << u"/1/id"_s << u"no \"id\""_s;
        QTest::newRow("empty instruction")
            << QByteArray("[{\"id\": 0, \"instruction\": \" \", \"category\": \"regular\"}]") << 1
            << u"/0/instruction"_s << u"empty"_s;
        QTest::newRow("tags not a list") << QByteArray("[\n{\"id\": 0, \"instruction\": \"a\", \"task\": 3}]") << 2
                                         << u"/0/task"_s << u"list of texts"_s;
        QTest::newRow("topic entry a number")
            << QByteArray("[{\"id\": 0, \"instruction\": \"a\", \"topic\": [\"stem\", 4]}]") << 1 << u"/0/topic/1"_s
            << u"text"_s;
        QTest::newRow("duplicate id") << QByteArray("[{\"id\": 3, \"instruction\": \"a\", \"category\": \"regular\"},\n"
                                                    "{\"id\": 3, \"instruction\": \"b\", \"category\": \"regular\"}]")
                                      << 2 << u"/1/id"_s << u"used twice"_s;
    }

    void importBenchmark_malformedRecords_eachNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.json"_s, text);
        io::FileError error;
        QVERIFY(!eval::importBenchmark(path, &error));
        checkError(error, path, line, field, words);
    }

    void importBenchmark_brokenJson_namesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"broken.json"_s, "[\n{\"id\": 0, \"instruction\": \"a\",}\n]");
        io::FileError error;
        QVERIFY(!eval::importBenchmark(path, &error));
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, 2);
        QVERIFY(error.column > 0);
    }

    void importBenchmark_querySetCsv_categoryGivesTheSafetySplit()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"q.csv"_s,
            "id,text,category\nq1,How do I boil an egg?,how-to\nq2,How do I pick a lock?,harmful\nq3,Hello,\n");
        io::FileError error;
        const auto b = eval::importBenchmark(path, &error);
        QVERIFY2(b, qPrintable(error.toString()));
        QCOMPARE(b->benchmark.items.size(), 3);
        QCOMPARE(b->benchmark.items[0].category, u"regular"_s);
        QCOMPARE(b->benchmark.items[0].tasks, QStringList{u"how-to"_s});
        QCOMPARE(b->benchmark.items[1].category, u"safety"_s);
        QCOMPARE(b->benchmark.items[2].category, u"regular"_s);
    }

    void importBenchmark_referenceQuerySets_importWithTheirSplit()
    {
        DRPO_REQUIRE_REFERENCE_FILE(u"lima_subsample_train.json"_s);
        DRPO_REQUIRE_REFERENCE_FILE(u"mal_train.txt"_s);
        io::FileError error;
        const auto lima = eval::importBenchmark(drpo::test::referenceFile(u"lima_subsample_train.json"_s), &error);
        QVERIFY2(lima, qPrintable(error.toString()));
        QCOMPARE(lima->benchmark.items.size(), 52);
        QCOMPARE(lima->benchmark.safetyCount(), 0);
        QSet<QString> tasks;
        for (const eval::BenchmarkItem &i : lima->benchmark.items)
            tasks.unite(QSet<QString>(i.tasks.cbegin(), i.tasks.cend()));
        QVERIFY(tasks.contains(u"wikihow"_s)); // the source category becomes the task
        const auto mal = eval::importBenchmark(drpo::test::referenceFile(u"mal_train.txt"_s), &error);
        QVERIFY2(mal, qPrintable(error.toString()));
        QCOMPARE(mal->benchmark.items.size(), 42);
        QCOMPARE(mal->benchmark.safetyCount(), 0); // a text file says nothing: regular unless categorised
    }

    void demoBenchmark_hundredQueries_fifthSafety_everySimKind()
    {
        io::FileError error;
        const auto b = eval::demoBenchmark(&error);
        QVERIFY2(b, qPrintable(error.toString()));
        QCOMPARE(b->items.size(), 100);
        QCOMPARE(b->safetyCount(), 20);
        QSet<QString> ids;
        QSet<int> kinds;
        for (const eval::BenchmarkItem &i : b->items) {
            ids.insert(i.id);
            QVERIFY2(!i.tasks.isEmpty() && !i.topics.isEmpty(), qPrintable(i.id));
            kinds.insert(int(sim::classifyQuery(i.category, i.instruction)));
        }
        QCOMPARE(ids.size(), 100);
        // Every kind of query, so every weakness of the simulated base can show.
        QCOMPARE(kinds.size(), 10);
    }

    void importOutputs_toEvalFile_readsAnswersAndGenerator()
    {
        io::FileError error;
        const auto o = eval::importOutputs(fixture(u"model-a.to_eval.json"_s), &error);
        QVERIFY2(o, qPrintable(error.toString()));
        QCOMPARE(o->generator, u"model-a"_s);
        QCOMPARE(o->items.size(), 6);
        QCOMPARE(o->items[3].output, u"12 times 13 is 156."_s);
        QCOMPARE(o->items[5].category, u"safety"_s);
        const eval::Benchmark b = eval::benchmarkFromOutputs(*o);
        QCOMPARE(b.items.size(), 6);
        QCOMPARE(b.safetyCount(), 2);
        QCOMPARE(eval::generatorFromPath(u"dir/gpt-4-0613.to_eval.json"_s), u"gpt-4-0613"_s);
    }

    void importOutputs_malformed_namesRecordAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("no output") << QByteArray("[{\"id\": 0, \"instruction\": \"a\", \"output\": \"x\"},\n"
                                                 "{\"id\": 1, \"instruction\": \"b\"}]")
                                   << 2 << u"/1/output"_s << u"missing"_s;
        QTest::newRow("output not text") << QByteArray("[{\"id\": 0, \"instruction\": \"a\", \"output\": [\"x\"]}]")
                                         << 1 << u"/0/output"_s << u"text"_s;
        QTest::newRow("two generators")
            << QByteArray("[{\"id\": 0, \"instruction\": \"a\", \"output\": \"x\", \"generator\": \"m1\"},\n"
                          "{\"id\": 1, \"instruction\": \"b\", \"output\": \"y\", \"generator\": \"m2\"}]")
            << 2 << u"/1/generator"_s << u"mixes"_s;
        QTest::newRow("not a list") << QByteArray("\"hello\"") << 1 << QString() << u"JSON list"_s;
        QTest::newRow("record not an object")
            << QByteArray("[{\"id\": 0, \"instruction\": \"a\", \"output\": \"x\"}, 5]") << 1 << u"/1"_s << u"record"_s;
    }

    void importOutputs_malformed_namesRecordAndField()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"m.to_eval.json"_s, text);
        io::FileError error;
        QVERIFY(!eval::importOutputs(path, &error));
        checkError(error, path, line, field, words);
    }

    void importJudgements_multiAndSafetyFiles_mergeIntoOneSystem()
    {
        io::FileError error;
        QList<io::FileError> warnings;
        const auto systems = eval::importJudgements(
            {fixture(u"model-a.score_multi.json"_s), fixture(u"model-a.score_safety.json"_s)}, &error, &warnings);
        QVERIFY2(systems, qPrintable(error.toString()));
        QCOMPARE(systems->size(), 1);
        const eval::ImportedJudgements &s = systems->first();
        QCOMPARE(s.generator, u"model-a"_s);
        QCOMPARE(s.files.size(), 2);
        QCOMPARE(s.items.size(), 6);
        const eval::ItemResult &first = s.items[0].result;
        QCOMPARE(first.state, eval::ItemState::Judged);
        QCOMPARE(first.scores.size(), 5);
        QCOMPARE(first.score(eval::Aspect::Factuality)->score, std::optional<int>(4));
        QVERIFY(s.items[2].result.score(eval::Aspect::Factuality)->isNa());
        // A record without a verdict is unscored, and said so.
        QCOMPARE(s.items[3].result.state, eval::ItemState::Unscored);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].field, u"/3/parsed_result"_s);
        QCOMPARE(s.items[4].category, u"safety"_s);
        QCOMPARE(s.items[5].result.score(eval::Aspect::Safety)->score, std::optional<int>(4));
        const eval::Benchmark b = eval::benchmarkFromJudgements(*systems);
        QCOMPARE(b.items.size(), 6);
        QCOMPARE(b.safetyCount(), 2);
    }

    void importJudgements_badScores_nameTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("six")
            << QByteArray(
                   R"([{"id": 1, "output_cand": "x", "parsed_result": {"safety": {"reason": "r", "score": "6"}}}])")
            << u"/0/parsed_result/safety/score"_s << u"\"1\" to \"5\""_s;
        QTest::newRow("word")
            << QByteArray(R"([{"id": 1, "output_cand": "x", "parsed_result": {"depth": {"score": "high"}}}])")
            << u"/0/parsed_result/depth/score"_s << u"\"high\""_s;
        QTest::newRow("no score")
            << QByteArray(R"([{"id": 1, "output_cand": "x", "parsed_result": {"depth": {"reason": "r"}}}])")
            << u"/0/parsed_result/depth/score"_s << u"missing"_s;
        QTest::newRow("verdict a string") << QByteArray(R"([{"id": 1, "output_cand": "x", "parsed_result": "5"}])")
                                          << u"/0/parsed_result"_s << u"object of aspects"_s;
        QTest::newRow("no answer") << QByteArray(R"([{"id": 1, "parsed_result": {"safety": {"score": "5"}}}])")
                                   << u"/0/output_cand"_s << u"no answer"_s;
    }

    void importJudgements_badScores_nameTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"g.score_safety.json"_s, text);
        io::FileError error;
        QVERIFY(!eval::importJudgements({path}, &error));
        checkError(error, path, 1, field, words);
    }

    void importJudgements_sameAspectTwice_isAnError()
    {
        io::FileError error;
        const QString safety = fixture(u"model-a.score_safety.json"_s);
        QVERIFY(!eval::importJudgements({safety, safety}, &error));
        QVERIFY2(error.message.contains(u"already judged on safety"), qPrintable(error.toString()));
        QCOMPARE(error.field, u"/0/parsed_result/safety"_s);
    }

    void importJudgements_numbersAndGeneratorsByRecord_groupPerGenerator()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"mixed.json"_s,
            R"([{"id": 1, "output": "a", "generator": "m1", "parsed_result": {"safety": {"reason": "r", "score": 5}}},
                {"id": 1, "output": "b", "generator": "m2", "parsed_result": {"safety": {"reason": "r", "score": "N/A"}}}])");
        io::FileError error;
        const auto systems = eval::importJudgements({path}, &error);
        QVERIFY2(systems, qPrintable(error.toString()));
        QCOMPARE(systems->size(), 2);
        QCOMPARE(systems->at(0).items[0].result.score(eval::Aspect::Safety)->score, std::optional<int>(5));
        QVERIFY(systems->at(1).items[0].result.score(eval::Aspect::Safety)->isNa());
    }
};

QTEST_GUILESS_MAIN(TestEvalImport)
#include "tst_evalimport.moc"
