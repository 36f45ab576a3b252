// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/jsonextract.h"
#include "reward/judgeparser.h"

#include <QTest>

using namespace drpo;

class TestJudgeParser : public QObject {
    Q_OBJECT
private slots:
    void parse_plainJson_readsScoresAndRationales()
    {
        const QString text = QStringLiteral(R"({"Clarity": {"rationale": "Clear.", "score": "4"},
                                                 "Safety": {"rationale": "Fine.", "score": 5}})");
        const auto scores = reward::parseJudgeVerdict(text, {QStringLiteral("Clarity"), QStringLiteral("Safety")});
        QVERIFY(scores);
        QCOMPARE(scores->size(), 2);
        QCOMPARE(scores->at(0).score.value(), 4.0);
        QCOMPARE(scores->at(0).rationale, QStringLiteral("Clear."));
        QCOMPARE(scores->at(1).score.value(), 5.0);
    }

    void parse_fencedWithPreamble_findsTheObject()
    {
        const QString text = QStringLiteral("Here is my evaluation:\n```json\n{\"Depth\": {\"rationale\": \"Thin.\", "
                                            "\"score\": \"2/5\"}}\n```\nHope it helps.");
        const auto scores = reward::parseJudgeVerdict(text, {QStringLiteral("Depth")});
        QVERIFY(scores);
        QCOMPARE(scores->at(0).score.value(), 2.0);
    }

    void parse_trailingCommaAndTruncation_repairs()
    {
        const QString text = QStringLiteral(
            R"(Verdict: {"Clarity": {"rationale": "ok", "score": "3"}, "Depth": {"rationale": "cut off", "score": "2")");
        const auto scores = reward::parseJudgeVerdict(text, {QStringLiteral("Clarity"), QStringLiteral("Depth")});
        QVERIFY(scores);
        QCOMPARE(scores->at(1).score.value(), 2.0);
        const auto trailing = reward::extractJsonObject(QStringLiteral(R"({"a": [1, 2,], "b": 3,})"));
        QVERIFY(trailing);
        QCOMPARE(trailing->at("b").get<int>(), 3);
    }

    void parse_notApplicable_isExcludedFromMean()
    {
        const QString text = QStringLiteral(R"({"Empathy": {"rationale": "not an emotional query", "score": "N/A"},
                                                 "Clarity": {"rationale": "good", "score": "4"}})");
        const auto scores = reward::parseJudgeVerdict(text, {QStringLiteral("Empathy"), QStringLiteral("Clarity")});
        QVERIFY(scores);
        QVERIFY(!scores->at(0).score.has_value());
        QCOMPARE(model::Evaluation::meanScore(*scores).value(), 4.0);
    }

    void parse_caseInsensitiveKeysAndWrappers_match()
    {
        const QString text = QStringLiteral(R"({"scores": [{"criterion": "clarity", "score": 3, "rationale": "x"}]})");
        const auto scores = reward::parseJudgeVerdict(text, {QStringLiteral("Clarity")});
        QVERIFY(scores);
        QCOMPARE(scores->at(0).score.value(), 3.0);
    }

    void parse_garbage_isAnErrorNotAZero()
    {
        QString why;
        QVERIFY(!reward::parseJudgeVerdict(
            QStringLiteral("I think the answer is quite good overall."), {QStringLiteral("Clarity")}, &why));
        QVERIFY(why.contains(QStringLiteral("no JSON")));
        QVERIFY(!reward::parseJudgeVerdict(
            QStringLiteral(R"({"Other": {"score": 4}})"), {QStringLiteral("Clarity"), QStringLiteral("Depth")}, &why));
        QVERIFY(why.contains(QStringLiteral("0 of 2")));
    }

    void parse_scoreOutOfRange_isClamped()
    {
        bool ok = false;
        QCOMPARE(reward::parseScoreValue(model::Json(9), &ok).value(), 5.0);
        QVERIFY(ok);
        QVERIFY(!reward::parseScoreValue(model::Json("great"), &ok));
        QVERIFY(!ok);
    }

    void selection_referenceFormat_readsAspectsAndReasoning()
    {
        const QString text = QStringLiteral(R"({"query_analysis": {"main_topic": "x"},
            "aspects_selection": {"reasoning": "Because.", "selected_aspects": ["Safety", "Limitations"]}})");
        const auto sel = reward::parseSelection(text);
        QVERIFY(sel);
        QCOMPARE(sel->criteria, (QStringList{QStringLiteral("Safety"), QStringLiteral("Limitations")}));
        QCOMPARE(sel->reason, QStringLiteral("Because."));
        QVERIFY(!reward::parseSelection(QStringLiteral(R"({"aspects_selection": {"reasoning": "none"}})")));
    }

    void tagged_missingCloseTag_keepsTheRest()
    {
        QCOMPARE(reward::extractTagged(QStringLiteral("why\n<prompt>\nBe kind.\n</prompt>"), QStringLiteral("prompt"))
                     .value(),
            QStringLiteral("Be kind."));
        QCOMPARE(reward::extractTagged(QStringLiteral("<answer>cut off"), QStringLiteral("answer")).value(),
            QStringLiteral("cut off"));
        QVERIFY(!reward::extractTagged(QStringLiteral("no tags"), QStringLiteral("prompt")));
    }
};

QTEST_GUILESS_MAIN(TestJudgeParser)
#include "tst_judgeparser.moc"
