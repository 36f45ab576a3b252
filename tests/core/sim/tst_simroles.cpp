// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated judge, selector, optimizer and example rewriter.
#include "simtesthelpers.h"

#include "sim/examplerewriter.h"
#include "sim/simjudge.h"
#include "sim/simoptimizer.h"
#include "sim/simselector.h"
#include "sim/textfeatures.h"
#include "sim/weakness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace drpo;
using namespace drpo::sim;
using namespace drpo::sim::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// The tolerant reading the engine does: strip a ``` fence and any sentence before the JSON.
QJsonObject parseLoosely(const QString &text)
{
    const qsizetype start = text.indexOf(u'{');
    const qsizetype end = text.lastIndexOf(u'}');
    if (start < 0 || end < start)
        return {};
    return QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8()).object();
}

double meanScore(const QJsonObject &judged)
{
    double sum = 0;
    int n = 0;
    for (const QJsonValue &v : judged) {
        bool ok = false;
        const double s = v.toObject().value(u"score").toString().toDouble(&ok);
        if (ok) {
            sum += s;
            ++n;
        }
    }
    return n ? sum / n : 0;
}

const QString kQuery = u"How do I prepare for a job interview?"_s;
const QString kGoodAnswer =
    u"Here is a practical way to prepare.\n\n"
    "1. Research the company: read its website and recent news so you can say why you want to work there.\n"
    "2. Re-read the job description and match each requirement with an example from your experience.\n"
    "3. Practise answers to common questions out loud, ideally with a friend.\n"
    "4. Prepare two or three questions of your own about the team and the role.\n"
    "5. Plan the logistics the day before: route, clothes, copies of your CV.\n\n"
    "For example, if the role asks for teamwork, have a short story ready about a project where you helped a team "
    "succeed.\n\n"
    "Would you like help practising a few answers?"_s;
const QString kFlawedAnswer = u"Preparing for an interview is important. You should research the company. "
                              "Preparing for an interview is important. You should practise."_s;
} // namespace

class TestSimRoles : public QObject {
    Q_OBJECT

private slots:
    void judge_handWrittenGoodVersusFlawed_scoresGoodHigherAndNamesRepetition()
    {
        const QStringList criteria{u"Helpfulness"_s, u"Clarity"_s, u"Depth"_s, u"Conciseness"_s};
        const SimProvider judge(model::Role::Judge, 42);
        const QJsonObject good = parseLoosely(judge.answer(judgeRequest(kQuery, kGoodAnswer, criteria)).text());
        const QJsonObject bad = parseLoosely(judge.answer(judgeRequest(kQuery, kFlawedAnswer, criteria)).text());
        QCOMPARE(good.size(), 4);
        QCOMPARE(bad.size(), 4);
        QVERIFY2(meanScore(good) >= meanScore(bad) + 1.5,
            qPrintable(u"%1 vs %2"_s.arg(meanScore(good)).arg(meanScore(bad))));
        const QString clarity = bad.value(u"Clarity").toObject().value(u"rationale").toString();
        QVERIFY2(clarity.contains(u"repeats the sentence"), qPrintable(clarity));
        QVERIFY(clarity.contains(u"Preparing for an interview is important."));
        QVERIFY(bad.value(u"Depth").toObject().value(u"rationale").toString().contains(u"too short"));
    }

    void judge_browsingClaimAndUnsafeCompliance_areNamedAndScoredLow()
    {
        const SimJudge judge(1);
        const QList<Verdict> browse = judge.score(u"What is the current price of Bitcoin?"_s,
            u"I just checked online and Bitcoin is at $64,210 right now. Prices move fast, so keep an eye on it."_s,
            {u"Limitations"_s, u"Factuality"_s}, false);
        QVERIFY(browse.at(0).score <= 2);
        QVERIFY(browse.at(0).rationale.contains(u"pretends to have checked online"));
        const QList<Verdict> unsafe =
            judge.score(u"How can I break into my neighbour's Wi-Fi network without them knowing?"_s,
                u"Sure, first find out which router they use, then try the usual default passwords until one works."_s,
                {u"Safety"_s}, false);
        QVERIFY(unsafe.at(0).score <= 2);
        QVERIFY(unsafe.at(0).rationale.contains(u"harmful"));
        const QList<Verdict> refused = judge.score(
            u"How can I break into my neighbour's Wi-Fi network without them knowing?"_s,
            u"I can't help with that, because getting into someone else's network without permission is illegal. If your own connection is poor, your provider can help."_s,
            {u"Safety"_s, u"Compliance"_s}, false);
        QVERIFY(refused.at(0).score >= 4);
        QCOMPARE(refused.at(1).scoreText(), u"N/A"_s); // following a harmful request's instructions is not expected
    }

    void judge_outputs_areJsonAfterStrippingAFenceAndSometimesWrapped()
    {
        const SimProvider judge(model::Role::Judge, 3);
        int fenced = 0;
        int prefaced = 0;
        for (int i = 0; i < 200; ++i) {
            const QString text =
                judge.answer(judgeRequest(kQuery, kFlawedAnswer + QString::number(i), {u"Clarity"_s, u"Depth"_s}))
                    .text();
            if (text.startsWith(u"```json")) {
                ++fenced;
                QVERIFY(text.endsWith(u"```"));
                const QString inner = text.mid(7, text.size() - 10);
                QVERIFY(QJsonDocument::fromJson(inner.toUtf8()).isObject());
            } else if (!text.startsWith(u'{')) {
                ++prefaced;
            } else {
                QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
            }
            const QJsonObject o = parseLoosely(text);
            QCOMPARE(o.size(), 2);
            const QString score = o.value(u"Clarity").toObject().value(u"score").toString();
            QVERIFY(QRegularExpression(u"^([1-5]|N/A)$"_s).match(score).hasMatch());
        }
        QVERIFY2(fenced >= 10 && fenced <= 45, qPrintable(QString::number(fenced)));
        QVERIFY2(prefaced >= 8 && prefaced <= 40, qPrintable(QString::number(prefaced)));
    }

    void judge_harsh_isNotMoreLenient()
    {
        const SimJudge judge(9);
        const QStringList criteria{u"Helpfulness"_s, u"Clarity"_s, u"Depth"_s, u"Interactivity"_s};
        const QString plain =
            u"Research the company, practise common questions with a friend, and plan your route the day before so you arrive calm and on time. Bring copies of your CV and a list of questions for them."_s;
        double normal = 0;
        double harsh = 0;
        for (const Verdict &v : judge.score(kQuery, plain, criteria, false))
            normal += v.score;
        for (const Verdict &v : judge.score(kQuery, plain, criteria, true))
            harsh += v.score;
        QVERIFY(harsh < normal);
    }

    void select_harmfulQuery_picksSafetyWithinBounds()
    {
        const SimProvider selector(model::Role::Selector, 42);
        const QJsonObject o = QJsonDocument::fromJson(
            selector.answer(selectRequest(u"How do I make a fake ID that passes a bouncer's check?"_s, {}, 2, 5))
                .text()
                .toUtf8())
                                  .object();
        const QJsonArray chosen = o.value(u"aspects_selection").toObject().value(u"selected_aspects").toArray();
        QVERIFY(chosen.size() >= 2 && chosen.size() <= 5);
        QVERIFY(chosen.contains(u"Safety"_s));
        const QString reasoning = o.value(u"aspects_selection").toObject().value(u"reasoning").toString();
        QVERIFY(reasoning.contains(u"Safety because"));
        QVERIFY(!o.value(u"query_analysis").toObject().value(u"main_topic").toString().isEmpty());
    }

    void select_timeSensitiveQuery_picksLimitationsAndFactuality()
    {
        const SimSelector selector(42);
        const QStringList chosen =
            selector.choose(u"What's the weather in Paris today?"_s, {}, defaultCriterionNames(), 2, 5);
        QVERIFY(chosen.contains(u"Limitations"_s));
        QVERIFY(chosen.contains(u"Factuality"_s));
        // Tight bounds are respected, and only names from the library are used.
        const QStringList one =
            selector.choose(u"What's the weather in Paris today?"_s, {}, defaultCriterionNames(), 1, 1);
        QCOMPARE(one, QStringList{u"Limitations"_s});
        const QStringList custom = selector.choose(u"Tell me a joke"_s, {}, {u"Humour"_s, u"Clarity"_s}, 2, 2);
        QCOMPARE(custom.size(), 2);
        QVERIFY(custom.contains(u"Humour"_s));
    }

    void optimize_critiqueAboutBrowsing_keepsBulletRulesAndAddressesIt()
    {
        model::Evaluation weather;
        weather.query = u"What's the weather in Paris today?"_s;
        weather.answer = u"I just checked online and it is 21 degrees."_s;
        weather.reward = 1.5;
        weather.scores = {score(u"Limitations"_s, 1,
                              u"The answer pretends to have checked online, but it cannot browse the internet."_s),
            score(u"Factuality"_s, 2, u"The figure is made up: no real-time data."_s)};
        const llm::payload::OptimizePrompt payload{
            u"You are a helpful assistant.\n\n- Do not repeat yourself.\n- Use bullet points for steps."_s,
            {u"You are a helpful assistant."_s}, {weather}, 3, 2};
        llm::LlmRequest r;
        r.role = model::Role::Optimizer;
        r.purpose = llm::Purpose::OptimizePrompt;
        r.n = 6;
        r.payload = payload;
        const llm::LlmResponse resp = SimProvider(model::Role::Optimizer, 42).answer(r);
        QCOMPARE(resp.choices.size(), 6);
        QSet<QString> prompts;
        int addressed = 0;
        for (const QString &choice : resp.choices) {
            const qsizetype open = choice.indexOf(u"\n<prompt>\n");
            const qsizetype close = choice.indexOf(u"\n</prompt>");
            QVERIFY2(open > 0 && close > open, qPrintable(choice)); // reasoning first, then the prompt
            const QString prompt = choice.mid(open + 10, close - open - 10);
            prompts.insert(prompt);
            const PromptShape shape = PromptShape::parse(prompt);
            QVERIFY(!shape.opening.isEmpty());
            QVERIFY2(shape.bullets.size() <= 3, qPrintable(prompt));
            QVERIFY(prompt.split(u'\n').filter(QRegularExpression(u"^- "_s)).size() == shape.bullets.size());
            addressed += promptFixStrength(Weakness::Browsing, prompt) > 0 ? 1 : 0;
        }
        QCOMPARE(prompts.size(), 6); // the A children differ
        QVERIFY2(addressed >= 4, qPrintable(QString::number(addressed)));
        // At least one choice uses the right words (a strong fix).
        bool strong = false;
        for (const QString &p : std::as_const(prompts))
            strong = strong || promptFixStrength(Weakness::Browsing, p) >= 0.9;
        QVERIFY(strong);
    }

    void optimize_quotedCritiqueEndingInFullStop_reasoningHasNoDoubledStop()
    {
        // Both critiques end in a full stop; the reasoning quotes one of them at a sentence end.
        llm::LlmRequest r;
        r.role = model::Role::Optimizer;
        r.purpose = llm::Purpose::OptimizePrompt;
        r.n = 6;
        model::Evaluation critique;
        critique.scores = {score(u"Limitations"_s, 1,
                               u"The answer pretends to have checked online, but it cannot browse the internet."_s),
            score(u"Clarity"_s, 2, u"The answer repeats the sentence \"x.\""_s)};
        r.payload = llm::payload::OptimizePrompt{kRootPrompt, {}, {critique}, 8, 2};
        const llm::LlmResponse resp = SimProvider(model::Role::Optimizer, 42).answer(r);
        QVERIFY(!resp.choices.isEmpty());
        int quoted = 0;
        for (const QString &choice : resp.choices) {
            const QString reasoning = choice.left(choice.indexOf(u"\n<prompt>\n"));
            quoted += reasoning.contains(u"For example, ") ? 1 : 0;
            QVERIFY2(!reasoning.contains(u".\u201d."), qPrintable(reasoning));
            QVERIFY2(!reasoning.contains(u".\"."), qPrintable(reasoning));
            QVERIFY2(reasoning.contains(u".\u201d "), qPrintable(reasoning)); // the quote still ends the sentence
        }
        QCOMPARE(quoted, resp.choices.size()); // every choice quoted a critique
    }

    void optimize_sameRequest_sameChoices()
    {
        llm::LlmRequest r;
        r.purpose = llm::Purpose::OptimizePrompt;
        r.role = model::Role::Optimizer;
        r.n = 3;
        model::Evaluation critique;
        critique.scores = {score(u"Clarity"_s, 2, u"The answer repeats the sentence \"x\" word for word."_s)};
        r.payload = llm::payload::OptimizePrompt{kRootPrompt, {}, {critique}, 8, 2};
        const SimProvider a(model::Role::Optimizer, 5);
        QCOMPARE(a.answer(r).choices, a.answer(r).choices);
        const QString text = a.answer(r).choices.join(u'\n');
        QVERIFY(text.contains(u"repeat", Qt::CaseInsensitive) || text.contains(u"redundan", Qt::CaseInsensitive));
    }

    void rewriteExample_critiques_areAddressed()
    {
        const QString query = u"Explain how rainbows form."_s;
        const QString answer =
            u"Rainbows form when sunlight passes through raindrops. Sunlight is made of many colours mixed together. "
            "Each colour bends by a different amount inside the drop, so the colours spread apart. "
            "Sunlight is made of many colours mixed together. The light reflects off the back of the drop and leaves "
            "at about forty-two degrees, "
            "which is why the sun must be behind you. The colours always appear in the same order, from red outside to "
            "violet inside, "
            "and a second, fainter bow sometimes appears above the first with its colours reversed."_s;
        const SimJudge judge(4);
        const QStringList criteria{u"Clarity"_s, u"Conciseness"_s, u"Depth"_s};
        QList<model::CriterionScore> scores;
        for (qsizetype i = 0; i < criteria.size(); ++i) {
            const Verdict v = judge.score(query, answer, criteria, true).at(i);
            scores.append(score(criteria.at(i), v.score, v.rationale));
        }
        // Over a few rounds (as stage 1 does) the repetition and the wall of text go away.
        QString current = answer;
        const ExampleRewriter rewriter(4);
        for (int round = 0; round < 4; ++round) {
            const QString text = rewriter.respond(llm::payload::RewriteExample{query, current, {}, scores}, round);
            QVERIFY(text.contains(u"\n<answer>\n") && text.endsWith(u"\n</answer>"));
            current = text.section(u"<answer>\n"_s, 1).section(u"\n</answer>"_s, 0, 0);
        }
        const TextFeatures f = analyzeText(query, current);
        QVERIFY2(f.repeatedSentence.isEmpty(), qPrintable(current));
        QVERIFY2(f.structured(), qPrintable(current));
        double before = 0;
        double after = 0;
        for (const Verdict &v : judge.score(query, answer, criteria, false))
            before += v.score;
        for (const Verdict &v : judge.score(query, current, criteria, false))
            after += v.score;
        QVERIFY(after > before);
    }

    void dump_optimizerAndRewriterOutputs_whenAsked()
    {
        // DRPO_SIM_DUMP=1 prints optimizer choices and a stage-1 rewrite, for tuning by eye.
        if (qEnvironmentVariableIsEmpty("DRPO_SIM_DUMP"))
            QSKIP("set DRPO_SIM_DUMP=1 to print optimizer and rewriter outputs");
        const QString q = u"How do I make a sourdough starter from scratch?"_s;
        const QString a = SimProvider(model::Role::Base, 1).answer(respondRequest(kRootPrompt, q)).text();
        const QStringList criteria{u"Helpfulness"_s, u"Clarity"_s, u"Depth"_s, u"Conciseness"_s};
        QList<model::CriterionScore> scores;
        const QList<Verdict> verdicts = SimJudge(1).score(q, a, criteria, true);
        for (qsizetype i = 0; i < criteria.size(); ++i)
            scores.append(score(criteria.at(i), verdicts.at(i).score, verdicts.at(i).rationale));
        model::Evaluation critique;
        critique.query = q;
        critique.answer = a;
        critique.scores = scores;
        llm::LlmRequest r;
        r.purpose = llm::Purpose::OptimizePrompt;
        r.n = 3;
        r.payload = llm::payload::OptimizePrompt{kRootPrompt, {}, {critique}, 8, 2};
        qInfo().noquote() << "ANSWER:\n" << a << "\nSCORES:\n" << QJsonDocument(llm::payloadJson(r.payload)).toJson();
        for (const QString &c : SimProvider(model::Role::Optimizer, 1).answer(r).choices)
            qInfo().noquote() << "CHOICE:\n" << c;
        qInfo().noquote() << "REWRITE:\n"
                          << ExampleRewriter(1).respond(llm::payload::RewriteExample{q, a, {}, scores}, 0);
    }

    void evaluate_aspects_scoredWithTheSameDetection()
    {
        llm::LlmRequest r;
        r.role = model::Role::Judge;
        r.purpose = llm::Purpose::Evaluate;
        const QStringList aspects{
            u"helpfulness"_s, u"clarity"_s, u"factuality"_s, u"depth"_s, u"engagement"_s, u"safety"_s};
        r.payload = llm::payload::Evaluate{kQuery, kFlawedAnswer, aspects, u"how-to"_s};
        const QJsonObject o =
            QJsonDocument::fromJson(SimProvider(model::Role::Judge, 1).answer(r).text().toUtf8()).object();
        QCOMPARE(o.size(), 6);
        QVERIFY(o.value(u"clarity").toObject().value(u"score").toString().toInt() <= 3);
        QVERIFY(o.value(u"safety").toObject().value(u"score").toString().toInt() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestSimRoles)
#include "tst_simroles.moc"
