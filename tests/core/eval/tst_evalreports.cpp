// SPDX-License-Identifier: GPL-3.0-or-later
// Report writers: Markdown, self-contained HTML with every model text escaped, per-item
// CSV, the figures as JSON, just-eval outputs that import again; the results file round trip.
#include "eval/analysis.h"
#include "eval/outputsimporter.h"
#include "eval/reportwriter.h"
#include "eval/resultsfile.h"
#include "io/csv.h"

#include "evaltestutil.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::eval;
using eval::test::item;
using eval::test::judged;
using eval::test::unscored;

namespace {

const QString kEvil = u"<script>alert('x')</script> & <b>bold</b>"_s;

EvalResults sample()
{
    EvalResults r;
    r.benchmark.name = u"mini"_s;
    r.benchmark.source = u"mini.jsonl"_s;
    r.benchmark.items = {item(u"0"_s, u"regular"_s, {u"writing"_s}, {u"humanities"_s}),
        item(u"1"_s, u"regular"_s, {u"math"_s}, {u"stem"_s}),
        item(u"2"_s, u"safety"_s, {u"procedure"_s}, {u"ethics"_s})};
    r.finished = true;
    SystemResult a;
    a.spec.name = u"sim-base + DRPO profile"_s;
    a.spec.method = Method::Profile;
    a.spec.modelName = u"sim-base"_s;
    a.spec.prompt = u"Be helpful.\n- Use ``` fences ``` carefully | pipes"_s;
    a.spec.simulated = true;
    a.items.insert(u"0"_s, judged(u"0"_s, {5, 4, 0, 4, 5}, false, kEvil));
    a.items.insert(u"1"_s, judged(u"1"_s, {4, 4, 5, 3, 4}, false, u"156, \"quoted\"\nsecond line"_s));
    a.items.insert(u"2"_s, judged(u"2"_s, {5}, true, u"No."_s));
    SystemResult b;
    b.spec.name = u"model <x> (published)"_s;
    b.spec.method = Method::Imported;
    b.spec.modelName = u"model <x>"_s;
    b.items.insert(u"0"_s, judged(u"0"_s, {3, 3, 3, 3, 3}, false, u"meh"_s));
    b.items.insert(u"1"_s, unscored(u"1"_s));
    b.items.insert(u"2"_s, judged(u"2"_s, {1}, true, u"Sure, here is how."_s));
    r.systems = {a, b};
    return r;
}

} // namespace

class TestEvalReports : public QObject {
    Q_OBJECT

private slots:
    void markdown_tableIntervalsComparisonsAndGroups()
    {
        const EvalResults r = sample();
        const QString md = markdownReport(r, analyze(r));
        QVERIFY(md.contains(u"# Evaluation: mini"_s));
        QVERIFY(md.contains(u"Simulated"_s));
        QVERIFY(md.contains(u"| Helpfulness | Clarity | Factuality | Depth | Engagement | Safety | Avg |"_s));
        QVERIFY(md.contains(u"| sim-base + DRPO profile | 4.50 ["_s));
        QVERIFY(md.contains(u"N/A verdicts count as 5"_s));
        QVERIFY(md.contains(u"## Paired differences"_s));
        QVERIFY(md.contains(u"## Avg by task"_s));
        QVERIFY(md.contains(u"## Unscored items"_s));
        QVERIFY(!md.contains(u"<x>"_s)); // names from files are escaped
        QVERIFY(md.contains(u"model &lt;x&gt;"_s));
        QVERIFY(md.contains(u"````text\n"_s)); // a fence longer than the prompt's own
    }

    void html_selfContained_everyModelTextEscaped()
    {
        const EvalResults r = sample();
        const QString html = htmlReport(r, analyze(r));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>bold"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert("_s));
        QVERIFY(!html.contains(u"model <x>"_s));
        QVERIFY(!html.contains(u"src=\"http"_s)); // nothing loaded from elsewhere
        QVERIFY(!html.contains(u"href=\"http"_s));
        QVERIFY(html.contains(u"Simulated"_s));
    }

    void csv_oneRowPerSystemAndItem_quotedForSpreadsheets()
    {
        const EvalResults r = sample();
        const QString csv = csvReport(r);
        io::FileError error;
        const auto rows = io::detail::parseCsv(csv.toUtf8(), u"report.csv"_s, &error);
        QVERIFY2(rows, qPrintable(error.toString()));
        QCOMPARE(rows->size(), 1 + 6);
        const QStringList header = rows->at(0).fields;
        QCOMPARE(header.at(0), u"system"_s);
        const int fact = int(header.indexOf(u"factuality"_s));
        const int out = int(header.indexOf(u"output"_s));
        QCOMPARE(rows->at(1).fields.at(fact), u"N/A"_s);
        QCOMPARE(rows->at(2).fields.at(out), u"156, \"quoted\"\nsecond line"_s);
        QCOMPARE(rows->at(5).fields.at(int(header.indexOf(u"state"_s))), u"unscored"_s);
        QCOMPARE(rows->at(3).fields.at(int(header.indexOf(u"helpfulness"_s))), QString()); // not asked on safety
    }

    void json_figuresWithoutItems()
    {
        const EvalResults r = sample();
        QString error;
        const auto bytes = renderReport(r, analyze(r), ReportFormat::Json, {}, &error);
        QVERIFY2(bytes, qPrintable(error));
        const model::Json j = model::Json::parse(bytes->toStdString());
        QCOMPARE(j["systems"].size(), std::size_t(2));
        QVERIFY(!j["systems"][0].contains("per_item"));
        QCOMPARE(j["systems"][0]["aspects"]["helpfulness"].get<double>(), 4.5);
        QCOMPARE(j["systems"][1]["unscored"].get<int>(), 1);
        QVERIFY(j["systems"][0]["intervals"].contains("avg"));
        QCOMPARE(j["comparisons"].size(), std::size_t(1));
    }

    void justEval_outputsImportAgain()
    {
        const EvalResults r = sample();
        QString error;
        QVERIFY(!renderReport(r, analyze(r), ReportFormat::JustEval, {u"nope"_s}, &error));
        QVERIFY(error.contains(u"no system \"nope\""_s));
        const auto bytes = renderReport(r, analyze(r), ReportFormat::JustEval, {}, &error);
        QVERIFY2(bytes, qPrintable(error)); // the one generating system is picked
        QTemporaryDir dir;
        const QString path = drpo::test::writeFile(dir, u"mine.to_eval.json"_s, *bytes);
        io::FileError fe;
        const auto back = importOutputs(path, &fe);
        QVERIFY2(back, qPrintable(fe.toString()));
        QCOMPARE(back->items.size(), 3);
        QCOMPARE(back->items[0].output, kEvil);
        QCOMPARE(back->items[2].category, u"safety"_s);
        QCOMPARE(back->generator, u"sim-base + DRPO profile"_s);
    }

    void resultsFile_roundTrip_keepsVerdictsAndSettings()
    {
        EvalResults r = sample();
        r.settings.naPolicy = NaPolicy::Exclude;
        r.settings.bootstrap = {321, 9, 0.9};
        r.settings.batchSize = 7;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        QString error;
        QVERIFY2(saveResults(path, r, analyze(r), &error), qPrintable(error));
        io::FileError fe;
        const std::optional<EvalResults> back = loadResults(path, &fe);
        QVERIFY2(back, qPrintable(fe.toString()));
        QCOMPARE(back->benchmark, r.benchmark);
        QCOMPARE(back->settings, r.settings);
        QCOMPARE(back->systems.size(), 2);
        QCOMPARE(back->systems[0].spec, r.systems[0].spec);
        QCOMPARE(back->systems[0].items, r.systems[0].items);
        QCOMPARE(back->systems[1].items, r.systems[1].items);
        QVERIFY(back->finished);
    }

    void resultsFile_foreignItem_namesTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.json"_s);
        const EvalResults r = sample();
        model::Json j = resultsToJson(r, analyze(r));
        j["systems"][1]["per_item"].push_back(judged(u"99"_s, {5}, true));
        QVERIFY(drpo::test::writeFile(path, QByteArray::fromStdString(j.dump(2))));
        io::FileError fe;
        QVERIFY(!loadResults(path, &fe));
        QCOMPARE(fe.field, u"/systems/1/per_item"_s);
        QVERIFY(fe.message.contains(u"\"99\""_s));
        const QByteArray before = drpo::test::readFile(path);
        QVERIFY(drpo::test::writeFile(path, before.left(before.size() / 2)));
        QVERIFY(!loadResults(path, &fe));
        QVERIFY(fe.line > 0);
    }
};

QTEST_GUILESS_MAIN(TestEvalReports)
#include "tst_evalreports.moc"
