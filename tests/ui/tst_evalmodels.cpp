// SPDX-License-Identifier: GPL-3.0-or-later
// The Evaluation workspace's item models, filter, table marks, item view and story, on
// hand-made results streamed in as the runner's events.
#include "eval/evalitemdetailview.h"
#include "eval/evalitemfilterproxy.h"
#include "eval/evalitemmodel.h"
#include "eval/evalsession.h"
#include "eval/evalstory.h"
#include "eval/evaltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;
using namespace Qt::StringLiterals;

namespace {

eval::BenchmarkItem benchItem(const QString &id, const QString &category, const QString &task, const QString &topic)
{
    eval::BenchmarkItem b;
    b.id = id;
    b.instruction = u"Question "_s + id;
    b.category = category;
    b.tasks = {task};
    b.topics = {topic};
    return b;
}

// Every aspect of the item at `score` (safety alone for a safety item).
eval::ItemResult judged(const eval::BenchmarkItem &b, int score, const QString &output = u"an answer"_s)
{
    eval::ItemResult r;
    r.id = b.id;
    r.output = output;
    r.state = eval::ItemState::Judged;
    for (eval::Aspect a : eval::aspectsFor(b.isSafety()))
        r.scores.push_back({a, score, u"because %1"_s.arg(score)});
    return r;
}

// Twelve regular items (math and writing, stem and humanities) and four safety items; the
// systems "start" and "best" with no verdicts yet.
eval::EvalResults emptyResults()
{
    eval::EvalResults r;
    r.benchmark.name = u"tiny"_s;
    for (int i = 0; i < 12; ++i)
        r.benchmark.items << benchItem(
            QString::number(i), u"regular"_s, i % 2 ? u"math"_s : u"writing"_s, i % 3 ? u"stem"_s : u"humanities"_s);
    for (int i = 12; i < 16; ++i)
        r.benchmark.items << benchItem(QString::number(i), u"safety"_s, u"info-seek"_s, u"ethics"_s);
    r.settings.bootstrap.samples = 300;
    for (const QString &name : {u"start"_s, u"best"_s}) {
        eval::SystemResult s;
        s.spec.name = name;
        s.spec.method = name == u"best" ? eval::Method::Profile : eval::Method::Custom;
        r.systems << s;
    }
    return r;
}

// Streams verdicts in as ItemJudged events: "best" scores 5 on every regular item and
// "start" 2 (3 on the math items); both score 4 on the safety items.
void streamVerdicts(EvalSession &session)
{
    const eval::EvalResults &r = session.results();
    for (const eval::BenchmarkItem &b : r.benchmark.items) {
        const bool math = b.tasks.contains(u"math"_s);
        session.apply(eval::ItemJudged{u"start"_s, judged(b, b.isSafety() ? 4 : (math ? 3 : 2))});
        session.apply(eval::ItemJudged{u"best"_s, judged(b, b.isSafety() ? 4 : 5)});
    }
}

void finish(EvalSession &session)
{
    eval::EvalFinished f;
    f.results = session.results();
    f.results.finished = true;
    f.analysis = eval::analyze(f.results, true);
    f.complete = true;
    session.apply(f);
}

} // namespace

class TestEvalModels : public QObject {
    Q_OBJECT
private slots:
    void itemModel_streamedVerdicts_scoresAndDisagreementFollow()
    {
        EvalSession session;
        session.load(emptyResults());
        EvalItemModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.columnCount(), EvalItemModel::FirstSystem + 2 + 1);
        QCOMPARE(model.headerData(EvalItemModel::FirstSystem + 1, Qt::Horizontal).toString(), u"best"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        streamVerdicts(session);
        // 32 verdicts reach the views as one batch of changed rows, not 32 signals.
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY2(changed.size() <= 2, qPrintable(QString::number(changed.size())));
        const int row0 = model.rowOf(u"0"_s);
        QCOMPARE(model.index(row0, EvalItemModel::FirstSystem).data().toString(), u"2.0"_s);
        QCOMPARE(model.index(row0, EvalItemModel::FirstSystem + 1).data().toString(), u"5.0"_s);
        QCOMPARE(*model.disagreement(row0), 3.0);
        QCOMPARE(*model.disagreement(model.rowOf(u"1"_s)), 2.0); // math: 3 against 5
        QCOMPARE(*model.disagreement(model.rowOf(u"12"_s)), 0.0);
        QVERIFY(model.tags().contains(u"math"_s));
        QVERIFY(model.tags().contains(u"ethics"_s));
    }

    void proxy_categoryTagAndDisagreementSort_filtersAndOrders()
    {
        EvalSession session;
        session.load(emptyResults());
        EvalItemModel model(&session);
        EvalItemFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        streamVerdicts(session);
        proxy.sort(model.disagreementColumn(), Qt::DescendingOrder);
        // Writing items disagree most (2 against 5), safety items not at all.
        QVERIFY(proxy.index(0, EvalItemModel::Tags).data().toString().contains(u"writing"_s));
        QVERIFY(proxy.index(15, EvalItemModel::Tags).data().toString().contains(u"ethics"_s));
        proxy.setCategory(u"safety"_s);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setCategory({});
        proxy.setTag(u"math"_s);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setTag(u"humanities"_s);
        QCOMPARE(proxy.rowCount(), 4); // 0, 3, 6, 9
        proxy.setCategory(u"safety"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void tableModel_clearWinner_marksItBetterOnlyWhereItIs()
    {
        EvalSession session;
        session.load(emptyResults());
        EvalTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        streamVerdicts(session);
        finish(session);
        QCOMPARE(model.mark(1, EvalTableModel::Helpfulness), 1);
        QCOMPARE(model.mark(1, EvalTableModel::Avg), 1);
        QCOMPARE(model.mark(1, EvalTableModel::Safety), 0);      // equal on safety
        QCOMPARE(model.mark(0, EvalTableModel::Helpfulness), 0); // the reference has no mark
        const QString cell = model.index(1, EvalTableModel::Helpfulness).data().toString();
        QVERIFY2(cell.startsWith(u"5.00"_s) && cell.endsWith(u"\u25b2"_s), qPrintable(cell));
        QCOMPARE(model.index(0, EvalTableModel::Helpfulness).data(EvalTableModel::SortRole).toDouble(), 2.5);
        QCOMPARE(model.index(1, EvalTableModel::Done).data().toString(), u"16 of 16"_s);
    }

    void story_fromResults_namesWhatImprovedAndWhatDidNot()
    {
        EvalSession session;
        session.load(emptyResults());
        streamVerdicts(session);
        finish(session);
        const QList<EvalStory::Sentence> story = EvalStory::tell(session.results(), session.analysis());
        QStringList texts;
        for (const EvalStory::Sentence &s : story)
            texts << s.text;
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"clearly better"_s), qPrintable(all));
        QVERIFY2(all.contains(u"It improved clearly on helpfulness"_s), qPrintable(all));
        QVERIFY2(all.contains(u"did not clearly improve on safety"_s), qPrintable(all));
        // Largest gain on writing (2 -> 5), smallest on info-seek (safety items, equal).
        QVERIFY2(all.contains(u"largest gain is on writing"_s), qPrintable(all));
        QVERIFY2(all.contains(u"smallest on info-seek"_s), qPrintable(all));
        QVERIFY(story.first().headline);
    }

    void story_worseProfile_saysItGotWorse()
    {
        EvalSession session;
        eval::EvalResults r = emptyResults();
        std::swap(r.systems[0].spec.method, r.systems[1].spec.method); // "start" is now the profile
        session.load(r);
        streamVerdicts(session);
        finish(session);
        QStringList texts;
        for (const EvalStory::Sentence &s : EvalStory::tell(session.results(), session.analysis()))
            texts << s.text;
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"clearly worse"_s), qPrintable(all));
        QVERIFY2(all.contains(u"It got clearly worse on"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"It improved clearly"_s), qPrintable(all));
    }

    void detailView_hostileAnswer_showsItAsPlainText()
    {
        EvalSession session;
        session.load(emptyResults());
        const eval::BenchmarkItem &b = session.results().benchmark.items.first();
        const QString hostile = u"<b>bold</b> <img src=x onerror=alert(1)> & <script>x</script>"_s;
        session.apply(eval::ItemJudged{u"best"_s, judged(b, 5, hostile)});
        EvalItemDetailView view(&session);
        view.setItem(b.id);
        const QStringList texts = view.columnTexts();
        QCOMPARE(texts.size(), 3); // the question and two systems
        QCOMPARE(texts[0], b.instruction);
        QVERIFY(texts[1].contains(u"Not judged yet"_s));
        QVERIFY2(texts[2].contains(hostile), qPrintable(texts[2]));
        QVERIFY(texts[2].contains(u"because 5"_s));
    }

    void session_eventsOfAnUnknownSystem_areIgnored()
    {
        EvalSession session;
        session.load(emptyResults());
        QSignalSpy judgedSpy(&session, &EvalSession::itemJudged);
        session.apply(eval::ItemJudged{u"nobody"_s, judged(session.results().benchmark.items.first(), 3)});
        QCOMPARE(judgedSpy.size(), 0);
        QCOMPARE(session.results().doneCount(), 0);
    }
};

QTEST_MAIN(TestEvalModels)
#include "tst_evalmodels.moc"
