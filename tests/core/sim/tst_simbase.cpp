// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated base model: determinism, weaknesses by kind of query, fixes by prompt cues,
// help from examples and the attention budget.
#include "simtesthelpers.h"

#include "sim/simbase.h"
#include "sim/textfeatures.h"

#include <QTest>

using namespace drpo;
using namespace drpo::sim;
using namespace drpo::sim::test;

class TestSimBase : public QObject {
    Q_OBJECT

    static QString answerOf(
        const QString &system, const QString &query, const QString &category = {}, quint64 seed = 7, int sample = 0)
    {
        llm::LlmRequest r = respondRequest(system, query, category);
        r.sampleIndex = sample;
        return SimProvider(model::Role::Base, seed).answer(r).text();
    }
    // How often a weakness shows for a query over many samples.
    static int count(Weakness w, const QString &system, const QString &query, const QString &category, int samples = 40)
    {
        const SimBase base(11);
        int n = 0;
        for (int s = 0; s < samples; ++s)
            n += base.decide(std::get<llm::payload::Respond>(respondRequest(system, query, category).payload), s)
                     .active.contains(w)
                ? 1
                : 0;
        return n;
    }

private slots:
    void respond_sameSeedAndRequest_sameText()
    {
        const QString q = QStringLiteral("How do I set up a monthly budget?");
        QCOMPARE(answerOf(kRootPrompt, q), answerOf(kRootPrompt, q));
        QVERIFY(!answerOf(kRootPrompt, q).isEmpty());
    }

    void respond_differentSeedsOrSamples_canDiffer()
    {
        const QString q = QStringLiteral("Explain why the sky is blue.");
        QSet<QString> texts;
        for (quint64 seed = 1; seed <= 8; ++seed)
            texts.insert(answerOf(kRootPrompt, q, {}, seed));
        QVERIFY(texts.size() > 1);
    }

    void respond_nChoices_returnsNStrings()
    {
        llm::LlmRequest r = respondRequest(kRootPrompt, QStringLiteral("Do you like music?"));
        r.n = 3;
        const llm::LlmResponse resp = SimProvider(model::Role::Base, 3).answer(r);
        QCOMPARE(resp.choices.size(), 3);
        QVERIFY(resp.usage.completionTokens > 0);
        QCOMPARE(resp.usage.costUsd, 0.0);
    }

    void respond_timeSensitiveUnderRootPrompt_claimsBrowsingUnlessToldNoInternet()
    {
        const QString q = QStringLiteral("What's the weather in Paris today?");
        QVERIFY(count(Weakness::Browsing, kRootPrompt, q, {}) >= 30);
        QVERIFY(
            count(Weakness::Browsing,
                QStringLiteral(
                    "You are a helpful assistant. You don't have internet access, so never pretend to look things up."),
                q, {}) <= 6);
        // The text shows it, the way the judge will see it.
        bool sawClaim = false;
        for (int s = 0; s < 10 && !sawClaim; ++s)
            sawClaim = !analyzeText(q, answerOf(kRootPrompt, q, {}, 7, s)).browsingClaim.isEmpty();
        QVERIFY(sawClaim);
        QVERIFY(analyzeText(q, answerOf(kAlignedPrompt, q)).browsingClaim.isEmpty());
    }

    void respond_harmfulUnderRootPrompt_goesAlongUnlessToldToDecline()
    {
        const QString q = QStringLiteral("How do I make a fake ID that passes a bouncer's check?");
        QVERIFY(count(Weakness::Unsafe, kRootPrompt, q, QStringLiteral("harmful")) >= 28);
        QVERIFY(count(Weakness::Unsafe, QStringLiteral("Refuse anything illegal and say why."), q,
                    QStringLiteral("harmful")) <= 6);
        int complied = 0;
        for (int s = 0; s < 10; ++s)
            complied += analyzeText(q, answerOf(kRootPrompt, q, QStringLiteral("harmful"), 7, s)).refusal ? 0 : 1;
        QVERIFY(complied >= 5);
        QVERIFY(analyzeText(q, answerOf(kAlignedPrompt, q, QStringLiteral("harmful"))).refusalExplained);
    }

    void respond_anyQuery_repeatsItselfUnlessToldNotTo()
    {
        const QString q = QStringLiteral("How do I prepare for a job interview?");
        QVERIFY(count(Weakness::Repetition, kRootPrompt, q, {}) >= 14);
        QVERIFY(count(Weakness::Repetition, QStringLiteral("Avoid being redundant."), q, {}) <= 5);
        bool sawRepeat = false;
        for (int s = 0; s < 12 && !sawRepeat; ++s)
            sawRepeat = !analyzeText(q, answerOf(kRootPrompt, q, {}, 7, s)).repeatedSentence.isEmpty();
        QVERIFY(sawRepeat);
    }

    void respond_howTo_wallOfTextUnlessAskedForStructure()
    {
        const QString q = QStringLiteral("How do I change a flat tire on my bike?");
        QVERIFY(count(Weakness::WallOfText, kRootPrompt, q, {}) >= 20);
        QVERIFY(count(Weakness::WallOfText, QStringLiteral("Use bullet points for steps."), q, {}) <= 5);
    }

    void respond_emotionalAndTechnicalAndConversational_showTheirWeaknessesAndFixes()
    {
        const QString sad = QStringLiteral("My dog passed away yesterday and I can't stop crying.");
        QVERIFY(count(Weakness::Cold, kRootPrompt, sad, {}) >= 30);
        QVERIFY(count(Weakness::Cold, QStringLiteral("Acknowledge how people feel."), sad, {}) <= 5);
        const QString vpn = QStringLiteral("What is a VPN and why would I need one?");
        QVERIFY(count(Weakness::Jargon, kRootPrompt, vpn, {}) >= 26);
        QVERIFY(count(Weakness::Jargon, QStringLiteral("Avoid jargon."), vpn, {}) <= 5);
        const QString hi = QStringLiteral("Hey there, how's it going?");
        QVERIFY(count(Weakness::Robotic, kRootPrompt, hi, {}) >= 26);
        QVERIFY(count(Weakness::Robotic, QStringLiteral("Be warm and friendly."), hi, {}) <= 5);
    }

    void respond_askedForDetailWithoutConcision_rambles()
    {
        const QString q = QStringLiteral("Explain how airplanes stay in the air.");
        const int detailed = count(Weakness::Rambling, QStringLiteral("Always give detailed answers."), q, {});
        const int both = count(Weakness::Rambling, QStringLiteral("Always give detailed but concise answers."), q, {});
        QVERIFY2(detailed >= 20, qPrintable(QString::number(detailed)));
        QVERIFY(both <= 5);
    }

    void respond_goodRetrievedExamples_reduceWallOfText()
    {
        const QString q = QStringLiteral("How to remove a red wine stain from a carpet?");
        const QList<model::Example> examples =
            shots({{QStringLiteral("How do I boil an egg?"),
                       QStringLiteral("Here is how.\n\n1. Boil water.\n2. Add the egg.\n3. "
                                      "Wait six minutes.\n4. Cool it in cold water.")},
                {QStringLiteral("How do I iron a shirt?"),
                    QStringLiteral("Steps:\n\n- Heat the iron.\n- Start with the collar.\n- Do the sleeves.\n- Finish "
                                   "with the body.")}});
        const SimBase base(11);
        int without = 0;
        int with = 0;
        for (int s = 0; s < 60; ++s) {
            without += base.decide(std::get<llm::payload::Respond>(respondRequest(kRootPrompt, q).payload), s)
                           .active.contains(Weakness::WallOfText);
            with +=
                base.decide(std::get<llm::payload::Respond>(respondRequest(kRootPrompt, q, {}, examples).payload), s)
                    .active.contains(Weakness::WallOfText);
        }
        QVERIFY2(with < without - 10, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
    }

    void respond_veryLongPrompt_suppressesFewerWeaknessesOnAverage()
    {
        QString longPrompt = kAlignedPrompt;
        for (int i = 0; i < 30; ++i)
            longPrompt +=
                QStringLiteral("\n- Remember that every user deserves a thoughtful answer in every situation.");
        const SimBase base(5);
        const QStringList queries{QStringLiteral("How do I set up a monthly budget?"),
            QStringLiteral("What's the weather in Paris today?"), QStringLiteral("Explain why the sky is blue."),
            QStringLiteral("What is a VPN and why would I need one?"),
            QStringLiteral("How can I get revenge on my ex by posting their private photos?"),
            QStringLiteral("I feel so lonely since I moved to a new city and don't know anyone.")};
        int shortCount = 0;
        int longCount = 0;
        for (const QString &q : queries) {
            for (int s = 0; s < 30; ++s) {
                shortCount +=
                    int(base.decide(std::get<llm::payload::Respond>(respondRequest(kAlignedPrompt, q).payload), s)
                            .active.size());
                longCount += int(base.decide(std::get<llm::payload::Respond>(respondRequest(longPrompt, q).payload), s)
                                     .active.size());
            }
        }
        QVERIFY2(
            longCount > shortCount * 2 + 20, qPrintable(QStringLiteral("%1 vs %2").arg(longCount).arg(shortCount)));
    }

    void respond_answers_areReadableProseOfReasonableLength()
    {
        const QStringList queries{QStringLiteral("How do I make a sourdough starter from scratch?"),
            QStringLiteral("Write a short poem about autumn rain."),
            QStringLiteral("Is it worth buying an electric car?")};
        for (const QString &q : queries) {
            const QString a = answerOf(kAlignedPrompt, q);
            const int words = wordCount(a);
            QVERIFY2(words >= 40 && words <= 220, qPrintable(a));
            QVERIFY(!a.contains(u'{'));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimBase)
#include "tst_simbase.moc"
