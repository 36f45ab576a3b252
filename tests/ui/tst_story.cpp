// SPDX-License-Identifier: GPL-3.0-or-later
// The Story panel names what an optimizer edit really did: the new rule, not a reworded
// opening line; "reworded" when no rule is new.
#include "models/nodemodel.h"
#include "panels/storypanel.h"
#include "runsession.h"
#include "storynarrator.h"

#include <QTest>

using namespace drpo;
using namespace drpo::ui;

namespace {

const QString kRoot = QStringLiteral("You are a helpful assistant.");
const QString kTwoRules = QStringLiteral("You are a careful, friendly assistant who explains things well.\n\n"
                                         "- Use numbered steps for instructions.\n"
                                         "- Never claim to browse the internet or check live data.");

model::Node scored(const QString &id, const QString &parent, const QString &prompt, double reward)
{
    model::Node n;
    n.id = id;
    n.parentId = parent;
    n.level = parent.isEmpty() ? 0 : 1;
    n.origin = parent.isEmpty() ? model::Origin::Root : model::Origin::Optimizer;
    n.prompt = prompt;
    n.reward = reward;
    return n;
}

// The story told about `child` after `parent`.
QString narrate(const QString &parentPrompt, const QString &childPrompt)
{
    RunSession s;
    StoryNarrator narrator(&s);
    StoryPanel panel(&narrator);
    QObject::connect(&s, &RunSession::nodeAdded, &narrator, &StoryNarrator::onNodeUpdated);
    s.apply({drpo::engine::event::NodeAdded{scored(QStringLiteral("n0"), {}, parentPrompt, 3)}});
    s.apply({drpo::engine::event::NodeAdded{scored(QStringLiteral("n1"), QStringLiteral("n0"), childPrompt, 3.5)}});
    return panel.storyText().section(QLatin1Char('\n'), -1);
}

} // namespace

class TestStory : public QObject {
    Q_OBJECT
private slots:
    void between_newOpeningAndNewRule_reportsTheRuleNotTheOpening()
    {
        const QString after = QStringLiteral("You are a thoughtful assistant who takes care with every answer.\n\n"
                                             "- Never claim to browse the internet or check live data.");
        const PromptChange c = PromptChange::between(kRoot, after);
        QCOMPARE(c.added, QStringList{QStringLiteral("Never claim to browse the internet or check live data.")});
        QVERIFY(c.openingChanged);
        QVERIFY(c.reworded.isEmpty());
        QVERIFY(c.removed.isEmpty());
    }

    void between_ruleRewrittenInPlace_isRewordedNotAdded()
    {
        const QString after = QStringLiteral("You are a careful, friendly assistant who explains things well.\n\n"
                                             "- Organise longer answers with headings and short lists.\n"
                                             "- Never claim to browse the internet or check live data.");
        const PromptChange c = PromptChange::between(kTwoRules, after);
        QVERIFY2(c.added.isEmpty(), qPrintable(c.added.join(u'|')));
        QCOMPARE(c.reworded.size(), 1);
        QCOMPARE(c.reworded.first().first, QStringLiteral("Use numbered steps for instructions."));
        QVERIFY(!c.openingChanged);
    }

    void between_twoRulesMerged_isRewordedAndOneDropped()
    {
        const QString before =
            QStringLiteral("Opening.\n\n- Be concise.\n- Avoid repeating yourself.\n- Explain jargon.");
        const QString after = QStringLiteral("Opening.\n\n- Be concise; avoid repeating yourself.\n- Explain jargon.");
        const PromptChange c = PromptChange::between(before, after);
        QVERIFY2(c.added.isEmpty(), qPrintable(c.added.join(u'|')));
        QCOMPARE(c.reworded.size(), 1);
        QCOMPARE(c.removed.size(), 1);
    }

    void between_weakRuleDroppedAndNewAppended_reportsBoth()
    {
        const QString before = QStringLiteral("Opening.\n\n- Be concise.\n- Sound nice.\n- Explain jargon.");
        const QString after = QStringLiteral(
            "Opening.\n\n- Be concise.\n- Explain jargon.\n- Decline harmful or illegal requests politely.");
        const PromptChange c = PromptChange::between(before, after);
        QCOMPARE(c.added, QStringList{QStringLiteral("Decline harmful or illegal requests politely.")});
        QCOMPARE(c.removed, QStringList{QStringLiteral("Sound nice.")});
        QVERIFY(c.reworded.isEmpty());
    }

    void between_proseWithoutBullets_quotesTheAddedWords()
    {
        const PromptChange c =
            PromptChange::between(kRoot, QStringLiteral("You are a helpful assistant. Always admit uncertainty."));
        QCOMPARE(c.addedProse, QStringLiteral("Always admit uncertainty."));
    }

    void story_rootToOpeningAndRule_quotesTheNewRule()
    {
        const QString after = QStringLiteral("You are a thoughtful assistant who takes care with every answer.\n\n"
                                             "- Never claim to browse the internet or check live data.");
        const QString story = narrate(kRoot, after);
        QVERIFY2(story.contains(QStringLiteral("added the rule \u201cNever claim to browse")), qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral("\u201cYou are a thoughtful")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("reworded the opening")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("from 3.00 to 3.50")), qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral(".\u201d.")), qPrintable(story)); // one full stop, not two
    }

    void story_carriedNode_quotesTheScoreThatEarnedTheCarryAndTheNewOne()
    {
        RunSession s;
        StoryNarrator narrator(&s);
        StoryPanel panel(&narrator);
        QObject::connect(&s, &RunSession::nodeAdded, &narrator, &StoryNarrator::onNodeUpdated);
        s.apply({drpo::engine::event::NodeAdded{scored(QStringLiteral("n0"), {}, kRoot, 4.67)}});
        model::Node carried = scored(QStringLiteral("n1"), QStringLiteral("n0"), kRoot, 2.75);
        carried.origin = model::Origin::Carried;
        s.apply({drpo::engine::event::NodeAdded{carried}});
        const QString story = panel.storyText().section(QLatin1Char('\n'), -1);
        QVERIFY2(story.contains(QStringLiteral("scored 4.67 last round")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("it scores 2.75")), qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral("very well")), qPrintable(story));
    }

    void story_onlyRuleReworded_saysRewordedAndNoNewRule()
    {
        const QString after = QStringLiteral("You are a careful, friendly assistant who explains things well.\n\n"
                                             "- Use numbered steps for every set of instructions.\n"
                                             "- Never claim to browse the internet or check live data.");
        const QString story = narrate(kTwoRules, after);
        QVERIFY2(story.contains(QStringLiteral("reworded")), qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral("added the rule")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("\u201cUse numbered steps for every set of instructions.\u201d")),
            qPrintable(story));
    }

    void story_twoNewRules_namesBoth()
    {
        const QString after = kTwoRules +
            QStringLiteral("\n- Acknowledge the user's feelings first.\n- Explain technical terms in plain words.");
        const QString story = narrate(kTwoRules, after);
        QVERIFY2(story.contains(QStringLiteral("Acknowledge the user's feelings first.")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("Explain technical terms in plain words.")), qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral("Use numbered steps")), qPrintable(story));
    }

    void story_exampleJudgedThenRewritten_narratesStage1Once()
    {
        RunSession s;
        StoryNarrator narrator(&s);
        StoryPanel panel(&narrator);
        QObject::connect(&s, &RunSession::exampleUpdated, &narrator, &StoryNarrator::onExampleUpdated);
        model::Example e;
        e.id = QStringLiteral("e1");
        e.query = QStringLiteral("How do I boil an egg?");
        model::Evaluation seed;
        seed.reward = 2.0;
        e.history = {{QStringLiteral("Boil it."), seed, QStringLiteral("seed")}};
        s.apply({drpo::engine::event::ExampleUpdated{0, e}});
        s.apply({drpo::engine::event::ExampleUpdated{0, e}}); // the same version again is no news
        model::Evaluation better;
        better.reward = 4.0;
        e.history.append({QStringLiteral("1. Boil water. 2. Add the egg."), better, QStringLiteral("rewrite")});
        s.apply({drpo::engine::event::ExampleUpdated{0, e}});
        const QString story = panel.storyText();
        QCOMPARE(panel.paragraphCount(), 3); // introduction, seed score, rewrite
        QVERIFY2(story.contains(QStringLiteral("First, DRPO improves the example answers")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("\u201cHow do I boil an egg?\u201d scores 2.00")), qPrintable(story));
        QVERIFY2(story.contains(QStringLiteral("rose from 2.00 to 4.00")), qPrintable(story));
    }
};

QTEST_MAIN(TestStory)
#include "tst_story.moc"
