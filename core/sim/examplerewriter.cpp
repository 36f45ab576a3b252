// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/examplerewriter.h"

#include "sim/answertemplates.h"
#include "sim/querykind.h"
#include "sim/simrng.h"
#include "sim/textfeatures.h"
#include "sim/weakness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

// Drops the sentences `drop` selects, keeping lines, list markers and paragraphs.
QString removeSentences(const QString &text, const std::function<bool(const QString &)> &drop)
{
    static const RX marker(QStringLiteral(R"(^\s*([-*•]|\d+[.)]|#+)\s+)"));
    static const RX boundary(QStringLiteral(R"((?<=[.!?])\s+)"));
    QStringList paragraphs;
    for (const QString &para : text.split(QStringLiteral("\n\n"))) {
        QStringList lines;
        for (const QString &line : para.split(u'\n')) {
            const auto m = marker.match(line);
            const QString prefix = m.hasMatch() ? m.captured(0) : QString();
            QStringList kept;
            for (const QString &s : line.mid(prefix.size()).split(boundary, Qt::SkipEmptyParts))
                if (!drop(s.trimmed()))
                    kept.push_back(s.trimmed());
            if (!kept.isEmpty())
                lines.push_back(prefix + kept.join(u' '));
        }
        if (!lines.isEmpty())
            paragraphs.push_back(lines.join(u'\n'));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString normalized(const QString &s)
{
    QString n = s.toLower();
    n.removeIf([](QChar c) { return !c.isLetterOrNumber() && !c.isSpace(); });
    return n.simplified();
}

QString sub(QString s, const QString &topic)
{
    s.replace(QStringLiteral("{t}"), topic);
    QString cap = topic;
    if (!cap.isEmpty())
        cap[0] = cap.at(0).toUpper();
    s.replace(QStringLiteral("{T}"), cap);
    s.replace(QStringLiteral("{s}"), topic);
    s.replace(QStringLiteral("{S}"), cap);
    return s;
}
} // namespace

QString ExampleRewriter::rewrite(const QString &query, const QString &category, const QString &answer,
    const QList<model::CriterionScore> &scores, int sample) const
{
    const QueryKind kind = classifyQuery(category, query);
    const QString topic = queryTopic(query);
    const AnswerTemplates &t = answerTemplates(kind);

    // The problems the critiques name (and, since the rewriter reads the answer too, what it shows).
    QSet<Weakness> named;
    bool wantsExample = false;
    bool wantsFollowUp = false;
    for (const model::CriterionScore &s : scores) {
        const double score = s.score.value_or(0);
        if (score <= 0 || score >= 5)
            continue;
        const QString &r = s.rationale;
        for (Weakness w : weaknessesInCritique(r))
            named.insert(w);
        static const RX example(QStringLiteral(R"(example|detail|depth)"), CI);
        static const RX followUp(QStringLiteral(R"(follow-up|further help|invite)"), CI);
        wantsExample = wantsExample || example.match(r).hasMatch();
        wantsFollowUp = wantsFollowUp || followUp.match(r).hasMatch();
    }
    const TextFeatures f = analyzeText(query, answer);
    SimRng rng = SimRng::of(m_seed, QStringLiteral("rewrite"), query + u'\x1f' + answer, quint64(sample));
    // The most pressing named problem is always fixed, the others most of the time; a later
    // round catches the rest.
    QSet<Weakness> toFix;
    for (Weakness w : kAllWeaknesses)
        if (named.contains(w) && (toFix.isEmpty() || rng.chance(0.8)))
            toFix.insert(w);
    const auto fix = [&](Weakness w) { return toFix.contains(w); };

    QString out = answer.trimmed();
    if (fix(Weakness::Unsafe) || (f.harmfulQuery() && !f.refusal && named.contains(Weakness::Unsafe))) {
        QStringList parts{refusals().at(rng.below(2)), t.points.join(u' '), t.closings.value(0)};
        parts.removeAll(QString());
        out = parts.join(QStringLiteral("\n\n"));
    }
    if (fix(Weakness::Repetition)) {
        QSet<QString> seen;
        out = removeSentences(out, [&](const QString &s) {
            const QString n = normalized(s);
            if (wordCount(n) < 5)
                return false;
            const bool dup = seen.contains(n);
            seen.insert(n);
            return dup;
        });
    }
    if (fix(Weakness::Browsing)) {
        const TextFeatures now = analyzeText(query, out);
        if (!now.browsingClaim.isEmpty()) {
            const QString claim = normalized(now.browsingClaim);
            out = removeSentences(out, [&](const QString &s) { return normalized(s) == claim; });
        }
        if (!now.liveDataDisclaimer)
            out = sub(liveDataDisclaimers().at(0), topic) % u" For the latest, check " % checkSourceFor(topic) %
                u".\n\n" % out;
    }
    if (fix(Weakness::Rambling)) {
        static const RX pad(
            QStringLiteral(
                R"(^(it is worth noting|needless to say|at the end of the day|in many ways|in today's|all things considered|it goes without saying|when all is said))"),
            CI);
        out = removeSentences(out, [](const QString &s) { return pad.match(s).hasMatch(); });
    }
    if (fix(Weakness::Robotic)) {
        static const RX robotic(
            QStringLiteral(
                R"(greetings|has been (received|processed)|as an ai language model|I (will|shall) now|this concludes|thank you for your (inquiry|query)|please state|I am programmed)"),
            CI);
        out = removeSentences(out, [](const QString &s) { return robotic.match(s).hasMatch(); });
        out = QStringLiteral("Thanks for asking, happy to help!") % u"\n\n" % out;
    }
    if (fix(Weakness::Overconfident)) {
        static const RX sure(
            QStringLiteral(
                R"(absolutely certain|without (any|a) doubt|no doubt|guaranteed|100 ?%|everyone agrees|not open to)"),
            CI);
        out = removeSentences(out, [](const QString &s) { return sure.match(s).hasMatch(); });
        out += u"\n\n" + hedgeSentences().at(rng.below(2));
    }
    if (fix(Weakness::Jargon))
        out += u"\n\n" + plainSentences().at(rng.below(2));
    if (fix(Weakness::Cold))
        out = empathyOpeners().at(0) % u"\n\n" % out;
    if (fix(Weakness::WallOfText)) {
        // Turn the longest paragraph into an introduction plus a list.
        QStringList paragraphs = out.split(QStringLiteral("\n\n"));
        qsizetype longest = 0;
        for (qsizetype i = 1; i < paragraphs.size(); ++i)
            if (wordCount(paragraphs.at(i)) > wordCount(paragraphs.at(longest)))
                longest = i;
        const QStringList sentences = splitSentences(paragraphs.at(longest));
        if (sentences.size() >= 4) {
            QStringList block{sentences.first(), QString()};
            static const RX offer(QStringLiteral(R"(\?$|let me know|would you like|feel free|happy to help)"), CI);
            const bool lastIsQuestion = offer.match(sentences.last()).hasMatch();
            const qsizetype end = lastIsQuestion ? sentences.size() - 1 : sentences.size();
            for (qsizetype i = 1; i < end; ++i)
                block.push_back(u"- " + sentences.at(i));
            if (lastIsQuestion)
                block << QString() << sentences.last();
            paragraphs[longest] = block.join(u'\n').replace(QStringLiteral("\n\n\n"), QStringLiteral("\n\n"));
        }
        out = paragraphs.join(QStringLiteral("\n\n"));
    }
    if (fix(Weakness::Shallow) || (wantsExample && rng.chance(0.8))) {
        const TextFeatures now = analyzeText(query, out);
        if (now.words < 60) {
            QStringList items;
            for (const QString &p : t.points.mid(0, 4))
                items.push_back(u"- " + sub(p, topic));
            out += u"\n\n" + items.join(u'\n');
        }
        if (!now.hasExample && !t.examples.isEmpty())
            out += u"\n\n" + sub(t.examples.first(), topic);
    }
    if (wantsFollowUp && !analyzeText(query, out).invitesFollowUp && !t.closings.isEmpty())
        out += u"\n\n" + sub(t.closings.first(), topic);
    return out.trimmed();
}

QString ExampleRewriter::respond(const llm::payload::RewriteExample &payload, int sample) const
{
    const QString answer = rewrite(payload.query, payload.category, payload.answer, payload.scores, sample);
    QStringList low;
    for (const model::CriterionScore &s : payload.scores) {
        const double score = s.score.value_or(0);
        if (score > 0 && score < 5)
            low.push_back(s.criterion);
    }
    const QString note = low.isEmpty()
        ? QStringLiteral("The critique found no real problem; I only polish the wording.")
        : u"I revise the answer to address the critique on " % low.join(QStringLiteral(", ")) %
            u": removing what was criticised and adding what was missing, while keeping what worked.";
    return note % u"\n\n<answer>\n" % answer % u"\n</answer>";
}

} // namespace drpo::sim
