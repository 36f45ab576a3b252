// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile evaluation files: the inputs the fuzzing campaign (fuzz/fuzz_results.cpp and the
// other evaluation targets) found or that reading the parsers for the targets showed, each
// refused with an error naming the file and the field, never a crash, a hang or UB.
#include "eval/analysis.h"
#include "eval/benchmarkimporter.h"
#include "eval/judgementimporter.h"
#include "eval/outputsimporter.h"
#include "eval/resultsfile.h"

#include "evaltestutil.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::eval;
using eval::test::item;
using eval::test::judged;

namespace {

// A valid results file of one system on one judged item, with the settings patched.
model::Json resultsWith(const model::Json &bootstrap)
{
    EvalResults r;
    r.benchmark.name = u"mini"_s;
    r.benchmark.items = {item(u"0"_s, u"regular"_s)};
    SystemResult s;
    s.spec.name = u"sim-base"_s;
    s.items.insert(u"0"_s, judged(u"0"_s, {4, 4, 4, 4, 4}));
    r.systems = {s};
    model::Json j = resultsToJson(r, analyze(r));
    j["settings"]["bootstrap"] = bootstrap;
    return j;
}

} // namespace

class TestEvalHostile : public QObject {
    Q_OBJECT

private slots:
    void resultsFile_confidenceOutsideZeroToOne_refusedNamingTheField_data()
    {
        QTest::addColumn<double>("confidence");
        QTest::newRow("five") << 5.0;
        QTest::newRow("one") << 1.0;
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -0.5;
    }

    // A confidence of 5 put the percentile's index at -2 * (n - 1): a negative double cast to
    // size_t (UB) and a read far outside the replicates when `drpo report` recomputed the figures.
    void resultsFile_confidenceOutsideZeroToOne_refusedNamingTheField()
    {
        QFETCH(double, confidence);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        QVERIFY(drpo::test::writeFile(path,
            QByteArray::fromStdString(
                resultsWith({{"samples", 10}, {"seed", 1}, {"confidence", confidence}}).dump(2))));
        io::FileError fe;
        QVERIFY(!loadResults(path, &fe));
        QCOMPARE(fe.file, path);
        QCOMPARE(fe.field, u"/settings/bootstrap/confidence"_s);
        QVERIFY(fe.line > 0);
        QVERIFY2(fe.message.contains(u"between 0 and 1"_s), qPrintable(fe.message));
    }

    // Two billion resamples made `drpo report` allocate tens of gigabytes and run for hours;
    // the CLI caps --bootstrap at kMaxBootstrapSamples and the file is held to the same.
    void resultsFile_tooManyBootstrapSamples_refusedNamingTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        for (const int samples : {kMaxBootstrapSamples + 1, 2000000000, -1}) {
            QVERIFY(drpo::test::writeFile(path,
                QByteArray::fromStdString(
                    resultsWith({{"samples", samples}, {"seed", 1}, {"confidence", 0.95}}).dump(2))));
            io::FileError fe;
            QVERIFY(!loadResults(path, &fe));
            QCOMPARE(fe.field, u"/settings/bootstrap/samples"_s);
            QVERIFY2(fe.message.contains(QString::number(kMaxBootstrapSamples)), qPrintable(fe.message));
        }
        QVERIFY(drpo::test::writeFile(path,
            QByteArray::fromStdString(
                resultsWith({{"samples", kMaxBootstrapSamples}, {"seed", 1}, {"confidence", 0.9}}).dump(2))));
        io::FileError fe;
        QVERIFY2(loadResults(path, &fe), qPrintable(fe.toString())); // the limit itself is fine
    }

    // A stored score of 99 (a number, not the text "99") was read as is and skewed every mean.
    void resultsFile_scoreOutsideOneToFive_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        for (const int bad : {99, 0, -3}) {
            model::Json j = resultsWith({{"samples", 10}, {"seed", 1}, {"confidence", 0.95}});
            j["systems"][0]["per_item"][0]["scores"]["depth"]["score"] = bad;
            QVERIFY(drpo::test::writeFile(path, QByteArray::fromStdString(j.dump(2))));
            io::FileError fe;
            QVERIFY(!loadResults(path, &fe));
            QVERIFY2(fe.message.contains(QString::number(bad)), qPrintable(fe.message));
            QCOMPARE(fe.field, u"/systems/0/per_item/0/scores/depth/score"_s);
            QVERIFY(fe.line > 0);
        }
        model::Json j = resultsWith({{"samples", 10}, {"seed", 1}, {"confidence", 0.95}});
        j["systems"][0]["per_item"][0]["scores"]["depth"]["score"] = 5; // a number in range still reads
        QVERIFY(drpo::test::writeFile(path, QByteArray::fromStdString(j.dump(2))));
        io::FileError fe;
        const std::optional<EvalResults> r = loadResults(path, &fe);
        QVERIFY2(r, qPrintable(fe.toString()));
        QCOMPARE(r->systems[0].items.value(u"0"_s).score(Aspect::Depth)->score, std::optional<int>(5));
    }

    // Aspect names match in any case, so "Depth" beside "depth" gave one item two depth verdicts.
    void resultsFile_aspectScoredTwiceInAnotherCase_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        model::Json j = resultsWith({{"samples", 10}, {"seed", 1}, {"confidence", 0.95}});
        j["systems"][0]["per_item"][0]["scores"]["Depth"] = {{"score", "1"}, {"reason", "again"}};
        QVERIFY(drpo::test::writeFile(path, QByteArray::fromStdString(j.dump(2))));
        io::FileError fe;
        QVERIFY(!loadResults(path, &fe));
        QVERIFY2(fe.message.contains(u"twice"_s), qPrintable(fe.message));
        QVERIFY(fe.line > 0);
    }

    void judgements_aspectScoredTwiceInAnotherCase_refusedNamingTheRecord()
    {
        QTemporaryDir dir;
        const QString path = drpo::test::writeFile(dir, u"m.score_multi.json"_s,
            R"([{"id": 3, "output_cand": "an answer", "parsed_result": {"depth": {"score": "2"},
                 "Depth": {"score": "5"}}}])");
        io::FileError fe;
        QVERIFY(!importJudgements({path}, &fe));
        QCOMPARE(fe.file, path);
        QCOMPARE(fe.field, u"/0/parsed_result/depth"_s);
        QCOMPARE(fe.line, 1);
        QVERIFY2(
            fe.message.contains(u"record 1 (id 3)"_s) && fe.message.contains(u"depth twice"_s), qPrintable(fe.message));
    }

    // An id or a generator name holding "%1" took the place of the record number in chained
    // QString::arg calls, so the message named the wrong record.
    void duplicateIds_idsThatLookLikePlaceholders_messageNamesTheRightRecords()
    {
        QTemporaryDir dir;
        const QString bench = drpo::test::writeFile(dir, u"b.jsonl"_s,
            "{\"id\": \"%1\", \"instruction\": \"a\", \"category\": \"regular\"}\n"
            "{\"id\": \"x\", \"instruction\": \"b\", \"category\": \"regular\"}\n"
            "{\"id\": \"%1\", \"instruction\": \"c\", \"category\": \"regular\"}\n");
        io::FileError fe;
        QVERIFY(!importBenchmark(bench, &fe));
        QVERIFY2(fe.message.contains(u"the id %1 is used twice: first by record 1 (line 1)"_s), qPrintable(fe.message));
        QCOMPARE(fe.line, 3);

        const QString outputs = drpo::test::writeFile(dir, u"o.to_eval.json"_s,
            R"([{"id": 1, "instruction": "a", "output": "b", "generator": "g%2"},
                {"id": 2, "instruction": "a", "output": "b", "generator": "h"}])");
        QVERIFY(!importOutputs(outputs, &fe));
        QVERIFY2(fe.message.contains(u"\"g%2\" (record 1) and \"h\""_s), qPrintable(fe.message));
    }
};

QTEST_GUILESS_MAIN(TestEvalHostile)
#include "tst_evalhostile.moc"
