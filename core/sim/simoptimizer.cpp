// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simoptimizer.h"

#include "sim/simrng.h"
#include "sim/weakness.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;

// Wordings per weakness: strong ones carry the right cue words, medium ones only vaguer cues,
// vague ones none. Written so the search has to find the good ones.
struct Wordings {
    QStringList strong;
    QStringList medium;
    QStringList vague;
};

QStringList L(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *s : items)
        out.push_back(QString::fromUtf16(s));
    return out;
}

const Wordings &wordings(Weakness w)
{
    static const std::array<Wordings, kWeaknessCount> table{{
        {L({u"Do not repeat yourself: make each point once and move on.",
             u"Avoid repetition and redundant sentences; every sentence should add something new.",
             u"Never say the same sentence twice in one answer."}),
            L({u"Vary your wording from sentence to sentence.", u"Keep answers tight and fresh."}),
            L({u"Write answers that read smoothly."})},
        {L({u"You do not have access to the internet or real-time data; never claim to have checked online.",
             u"You cannot browse the web: for news, prices, weather or scores, say so and suggest a reliable source.",
             u"Never pretend to look things up online; admit that you lack real-time information."}),
            L({u"Be careful with questions about current events and recent information.",
                u"Keep time-sensitive information up to date."}),
            L({u"Give the user the freshest answer you can."})},
        {L({u"Decline harmful, illegal or dangerous requests, briefly explain why, and offer a safe alternative.",
             u"Refuse to help with anything harmful or illegal, and say why.",
             u"If a request could hurt someone, politely decline and explain the risk."}),
            L({u"Keep safety and ethics in mind in every answer.", u"Act responsibly."}),
            L({u"Think about the consequences of your answers."})},
        {L({u"Structure longer answers with short paragraphs, numbered steps or bullet points.",
             u"Use lists or headings when an answer has several parts.",
             u"Present step-by-step answers as a numbered list."}),
            L({u"Make answers easy to read and follow.", u"Keep your writing readable."}),
            L({u"Present information nicely."})},
        {L({u"Explain the reasoning behind your advice and include specific examples.",
             u"Give enough detail to be genuinely useful, with a concrete example where it helps.",
             u"Go beyond one-line answers: cover the key points in depth."}),
            L({u"Make your answers informative and complete."}), L({u"Be as useful as you can."})},
        {L({u"Use a warm, friendly and natural tone, like a helpful person would.",
             u"Sound conversational rather than formal, and skip stock phrases about being an AI.",
             u"Be personable and engaging in casual chats."}),
            L({u"Keep a polite tone."}), L({u"Talk to users the right way."})},
        {L({u"When someone shares a difficulty, acknowledge their feelings before offering suggestions.",
             u"Show empathy and compassion when users are upset.", u"Validate the user's emotions and be supportive."}),
            L({u"Be kind and caring.", u"Be gentle with users."}), L({u"Treat every user well."})},
        {L({u"Use plain language and explain any technical terms in everyday words.",
             u"Avoid jargon; write for a non-expert reader.",
             u"Explain technical topics in simple terms a layperson can follow."}),
            L({u"Keep explanations simple and accessible.", u"Write so that beginners can follow."}),
            L({u"Adapt to your audience."})},
        {L({u"Be honest about what you don't know, and add caveats when facts may be uncertain.",
             u"Admit uncertainty instead of sounding absolutely sure, and suggest double-checking important facts.",
             u"Say how confident you are and mention the limitations of what you know."}),
            L({u"Make sure your facts are accurate.", u"Be careful with facts."}), L({u"Give trustworthy answers."})},
        {L({u"Be concise: no padding or filler, every sentence should earn its place.",
             u"Get to the point and cut unnecessary words.", u"Keep answers succinct while still complete."}),
            L({u"Stay focused on the question."}), L({u"Respect the user's time."})},
    }};
    return table[int(w)];
}

// Edits that sound reasonable but hurt: the search must learn to pass them by.
QStringList unhelpfulEdits()
{
    return L(
        {u"Always give long, detailed and comprehensive answers that cover every angle.", u"Keep answers very short.",
            u"Always sound confident so users trust you.", u"Answer every request fully, whatever it is."});
}

QStringList openings()
{
    return L({u"You are a helpful, honest and friendly assistant.",
        u"You are a helpful assistant. Follow these guidelines in every answer.",
        u"You are a knowledgeable assistant who gives accurate, well-organised answers."});
}

QString problemPhrase(Weakness w)
{
    switch (w) {
    case Weakness::Repetition: return QStringLiteral("repeating sentences");
    case Weakness::Browsing: return QStringLiteral("pretending to browse the internet for live information");
    case Weakness::Unsafe: return QStringLiteral("going along with a harmful request");
    case Weakness::WallOfText: return QStringLiteral("walls of text without structure");
    case Weakness::Shallow: return QStringLiteral("answers that are too short and shallow");
    case Weakness::Robotic: return QStringLiteral("a stiff, robotic tone");
    case Weakness::Cold: return QStringLiteral("ignoring the user's feelings");
    case Weakness::Jargon: return QStringLiteral("unexplained jargon");
    case Weakness::Overconfident: return QStringLiteral("overconfident claims without caveats");
    case Weakness::Rambling: return QStringLiteral("padding and rambling");
    }
    return {};
}

double bulletValue(const QString &bullet)
{
    double v = 0;
    for (Weakness w : kAllWeaknesses)
        v += promptFixStrength(w, bullet);
    return v;
}

QString lowerFirst(QString s)
{
    if (s.size() > 1 && s.at(0).isUpper() && !s.at(1).isUpper())
        s[0] = s.at(0).toLower();
    return s;
}

QString excerpt(const QString &s, int max = 110)
{
    QString q = s.simplified();
    if (q.size() > max)
        q = q.left(max - 3) + u"...";
    return q;
}

// Ends a sentence with a full stop unless it already ends in one, also when the stop sits
// inside closing quotes or brackets: a quoted critique like “…examples.” needs no second one.
QString endSentence(const QString &s)
{
    qsizetype i = s.size();
    while (i > 0 && QStringView(u"\u201d\u2019\"')]").contains(s.at(i - 1)))
        --i;
    if (i > 0 && QStringView(u".!?\u2026").contains(s.at(i - 1)))
        return s;
    return s + u'.';
}
} // namespace

PromptShape PromptShape::parse(const QString &prompt)
{
    static const RX bullet(QStringLiteral(R"(^\s*(?:[-*•]|\d+[.)])\s+(.*\S)\s*$)"));
    PromptShape s;
    QStringList opening;
    for (const QString &line : prompt.split(u'\n')) {
        const auto m = bullet.match(line);
        if (m.hasMatch())
            s.bullets.push_back(m.captured(1));
        else if (!line.trimmed().isEmpty())
            opening.push_back(line.trimmed());
    }
    s.opening = opening.join(u' ');
    return s;
}

QString PromptShape::render() const
{
    QString out = opening;
    if (!bullets.isEmpty()) {
        out += QStringLiteral("\n\n");
        QStringList lines;
        for (const QString &b : bullets)
            lines.push_back(u"- " + b);
        out += lines.join(u'\n');
    }
    return out;
}

QString SimOptimizer::proposal(
    const llm::payload::OptimizePrompt &payload, int choice, int salt, QString *promptOut) const
{
    const QString &prompt = payload.prompt;
    const int maxBullets = qMax(1, payload.maxBullets);
    const int maxNew = qMax(1, payload.maxNewBullets);

    // Which problems the critiques name, weighted by how low the scores were.
    std::array<double, kWeaknessCount> weight{};
    std::array<QString, kWeaknessCount> evidence;
    QString critiques;
    for (const model::Evaluation &e : payload.feedback) {
        for (const model::CriterionScore &s : e.scores) {
            const double score = s.score.value_or(0);
            const QString &rationale = s.rationale;
            critiques += rationale;
            if (score <= 0 || score >= 5)
                continue;
            for (Weakness w : weaknessesInCritique(rationale)) {
                weight[int(w)] += 5.0 - score;
                if (evidence[int(w)].isEmpty())
                    evidence[int(w)] =
                        s.criterion % u' ' % QString::number(score) % u": \u201c" % excerpt(rationale) % u"\u201d";
            }
        }
    }
    QList<Weakness> problems;
    for (Weakness w : kAllWeaknesses)
        if (weight[int(w)] > 0)
            problems.push_back(w);
    std::stable_sort(
        problems.begin(), problems.end(), [&](Weakness a, Weakness b) { return weight[int(a)] > weight[int(b)]; });

    SimRng rng = SimRng::of(
        m_seed, QStringLiteral("optimize"), prompt + u'\x1f' + critiques, quint64(choice) * 1000 + quint64(salt));
    PromptShape shape = PromptShape::parse(prompt);
    const int promptWords = wordCount(prompt);
    QStringList actions;

    QList<Weakness> targets;
    if (!problems.isEmpty()) {
        const int k = (problems.size() > 1 && maxNew > 1 && rng.chance(0.45)) ? 2 : 1;
        const int offset = choice == 0 && salt == 0 ? 0 : rng.below(qMin(3, int(problems.size())));
        for (int i = 0; i < k; ++i)
            targets.push_back(problems.at((offset + i) % problems.size()));
    }

    int added = 0;
    for (Weakness w : targets) {
        const Wordings &pool = wordings(w);
        const double roll = rng.uniform();
        QString wording = roll < 0.55 ? pool.strong.at(rng.below(int(pool.strong.size())))
            : roll < 0.8              ? pool.medium.at(rng.below(int(pool.medium.size())))
                                      : pool.vague.at(rng.below(int(pool.vague.size())));
        if (rng.chance(0.08))
            wording = unhelpfulEdits().at(rng.below(int(unhelpfulEdits().size())));
        int existing = -1;
        double existingStrength = 0;
        for (qsizetype i = 0; i < shape.bullets.size(); ++i) {
            const double s = promptFixStrength(w, shape.bullets.at(i));
            if (s > existingStrength) {
                existingStrength = s;
                existing = int(i);
            }
        }
        const double newStrength = promptFixStrength(w, wording);
        if (existing >= 0 && existingStrength >= 0.9 && promptWords > 120) {
            // The rule is there but the model misses it: the prompt is too long to heed it all.
            qsizetype longest = 0;
            for (qsizetype i = 1; i < shape.bullets.size(); ++i)
                if (shape.bullets.at(i).size() > shape.bullets.at(longest).size())
                    longest = i;
            const QString old = shape.bullets.at(longest);
            QString shortest;
            for (Weakness v : kAllWeaknesses)
                if (promptFixStrength(v, old) >= 0.9)
                    for (const QString &s : wordings(v).strong)
                        if (shortest.isEmpty() || s.size() < shortest.size())
                            shortest = s;
            if (!shortest.isEmpty() && shortest.size() < old.size()) {
                shape.bullets[longest] = shortest;
                actions << QStringLiteral(
                    "The prompt is getting long, so I condense its longest rule to keep it focused.");
            } else {
                shape.bullets.removeAt(longest);
                actions << QStringLiteral("The prompt is getting long, so I drop its longest rule.");
            }
        } else if (existing >= 0 && (newStrength > existingStrength || rng.chance(0.5))) {
            shape.bullets[existing] = wording;
            actions << u"I reword the existing rule about " % problemPhrase(w) % u" to make it more direct.";
        } else if (added < maxNew) {
            shape.bullets.push_back(wording);
            ++added;
            actions << u"I add a general rule against " % problemPhrase(w) % u'.';
        }
    }
    if (targets.isEmpty()) {
        // Nothing specific was criticised: polish what is there.
        static const QString followUp = QStringLiteral("End with a short offer to help further when it fits.");
        if (!shape.bullets.contains(followUp) && rng.chance(0.5)) {
            shape.bullets.push_back(followUp);
            actions << QStringLiteral("The answers were already good; I add a rule that invites follow-up questions.");
        } else {
            const Wordings &pool = wordings(Weakness::Shallow);
            const QString w = pool.strong.at(0);
            if (!shape.bullets.contains(w)) {
                shape.bullets.push_back(w);
                actions << QStringLiteral(
                    "The answers were already good; I ask for reasoning and examples to deepen them.");
            }
        }
    }
    while (shape.bullets.size() > maxBullets) {
        if (rng.chance(0.5) && shape.bullets.size() >= 2) {
            // Merge the two shortest rules into one.
            QList<qsizetype> order;
            for (qsizetype i = 0; i < shape.bullets.size(); ++i)
                order.push_back(i);
            std::stable_sort(order.begin(), order.end(),
                [&](qsizetype a, qsizetype b) { return shape.bullets.at(a).size() < shape.bullets.at(b).size(); });
            const qsizetype a = qMin(order.at(0), order.at(1));
            const qsizetype b = qMax(order.at(0), order.at(1));
            QString first = shape.bullets.at(a);
            if (first.endsWith(u'.'))
                first.chop(1);
            shape.bullets[a] = first % u"; " % lowerFirst(shape.bullets.at(b));
            shape.bullets.removeAt(b);
            actions << u"To stay within " % QString::number(maxBullets) % u" rules I merge two short ones.";
        } else {
            qsizetype weakest = 0;
            for (qsizetype i = 1; i < shape.bullets.size(); ++i)
                if (bulletValue(shape.bullets.at(i)) < bulletValue(shape.bullets.at(weakest)))
                    weakest = i;
            actions << u"To stay within " % QString::number(maxBullets) % u" rules I drop the weakest one (\u201c" %
                    excerpt(shape.bullets.at(weakest), 60) % u"\u201d).";
            shape.bullets.removeAt(weakest);
        }
    }
    const QString root = shape.opening.trimmed();
    if ((root.isEmpty() || root == u"You are a helpful assistant.") && rng.chance(root.isEmpty() ? 1.0 : 0.4)) {
        shape.opening = openings().at(rng.below(int(openings().size())));
        actions << QStringLiteral("I also make the opening line say a little more about the assistant's character.");
    }

    QString reasoning;
    if (problems.isEmpty()) {
        reasoning = QStringLiteral("The critiques are mostly positive and name no specific problem.");
    } else {
        QStringList names;
        for (Weakness w : problems.mid(0, 3))
            names.push_back(problemPhrase(w));
        reasoning = endSentence(u"The critiques point to " % names.join(QStringLiteral(", ")) % u". For example, " %
            evidence[int(problems.first())]);
    }
    if (!actions.isEmpty())
        reasoning += u' ' + actions.join(u' ');
    else
        reasoning +=
            QStringLiteral(" The existing rules already cover this, so I keep the prompt and only adjust its wording.");
    const int lineage = int(payload.lineage.size());
    if (lineage > 0)
        reasoning += u" I keep the rules that the " % QString::number(lineage) %
            u" earlier version(s) introduced and that still seem useful.";
    reasoning += QStringLiteral(" The rules stay general, not tied to one query.");
    *promptOut = shape.render();
    return reasoning % u"\n\n<prompt>\n" % *promptOut % u"\n</prompt>";
}

QStringList SimOptimizer::optimizePrompt(const llm::payload::OptimizePrompt &payload, int n, int sample) const
{
    const QString current = PromptShape::parse(payload.prompt).render();
    QStringList out;
    QStringList prompts;
    for (int c = 0; c < qMax(1, n); ++c) {
        QString text;
        QString prompt;
        // Choices must differ; try other seeded variations when one repeats.
        for (int salt = 0; salt < 12; ++salt) {
            text = proposal(payload, c, sample * 97 + salt, &prompt);
            if (!prompts.contains(prompt) && prompt != current)
                break;
        }
        prompts.push_back(prompt);
        out.push_back(text);
    }
    return out;
}

} // namespace drpo::sim
