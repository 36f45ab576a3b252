// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/textfeatures.h"

#include "sim/weakness.h"

#include <QRegularExpression>
#include <QSet>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

int countMatches(const RX &rx, const QString &text)
{
    int n = 0;
    auto it = rx.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString normalized(const QString &sentence)
{
    QString s = sentence.toLower();
    s.removeIf([](QChar c) { return !c.isLetterOrNumber() && !c.isSpace(); });
    return s.simplified();
}
} // namespace

QStringList splitSentences(const QString &text)
{
    static const RX marker(QStringLiteral(R"(^\s*([-*•]|\d+[.)]|#+)\s+)"));
    static const RX boundary(QStringLiteral(R"((?<=[.!?])\s+)"));
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line.remove(marker);
        for (const QString &s : line.split(boundary, Qt::SkipEmptyParts)) {
            const QString t = s.trimmed();
            if (!t.isEmpty())
                out.push_back(t);
        }
    }
    return out;
}

TextFeatures analyzeText(const QString &query, const QString &answer)
{
    return analyzeAnswer(answer, inferKindFromText(query));
}

TextFeatures analyzeAnswer(const QString &answer, QueryKind kind)
{
    static const RX listItem(QStringLiteral(R"(^\s*([-*•]|\d+[.)])\s+\S)"), QRegularExpression::MultilineOption);
    static const RX heading(QStringLiteral(R"(^\s*(#+\s+\S|\*\*[^*\n]+\*\*\s*$|[A-Z][^.!?\n]{2,40}:\s*$))"),
        QRegularExpression::MultilineOption);
    static const RX browsing(
        QStringLiteral(
            R"(\bI (just |quickly )?(checked|looked (it |this )?up|searched|browsed|pulled up)( \w+)? (online|the (web|internet|news|latest))|)"
            R"(\b(according to|from) (my|a) (quick |live )?(search|browsing)|\bI can see (on|from) the (web|internet|site))"),
        CI);
    static const RX disclaimer(
        QStringLiteral(
            R"((don't|do not|can't|cannot|unable to) (have )?(access|browse|check|see|look up)\w*( to)? (the )?(internet|web|real-time|live|current|today)|)"
            R"(no (access to )?(the )?(internet|real-time data|live data)|real-time (data|information) (isn't|is not) available to me|knowledge cut-?off)"),
        CI);
    static const RX refusal(
        QStringLiteral(
            R"(\bI (can't|cannot|won't|will not|am not able to|'m not able to|must decline to) (help|assist|provide|give|do that|support)|)"
            R"(\bI('m| am) not going to help|\bI (have to|must) (decline|refuse))"),
        CI);
    static const RX refusalWhy(
        QStringLiteral(
            R"(\b(because|since|could (hurt|harm|put)|illegal|against the law|unsafe|dangerous|instead|safer|legal (options|ways|route)|if you('re| are) (worried|in))\b)"),
        CI);
    static const RX robotic(
        QStringLiteral(
            R"(\bgreetings\b|your (query|inquiry|request|message) has been (received|processed)|as an ai language model|)"
            R"(I (will|shall) now (provide|proceed|respond)|this concludes (my|the) response|thank you for your (inquiry|query)|)"
            R"(please state your (request|query)|I am programmed to|the requested (subject|information) (is|follows))"),
        CI);
    static const RX warm(
        QStringLiteral(
            R"(\bI'?m (so |really |truly )?sorry\b|that sounds (really |so )?(hard|tough|painful|difficult|exciting|lovely|fun)|)"
            R"((it|that)('s| is| makes) (completely |totally )?(understandable|normal|sense)|you('re| are) not alone|your feelings|)"
            R"(\bI hear you\b|\bhappy to (chat|help)\b|\bthanks for (asking|sharing)\b|\bgreat question\b|\bhey\b|\bglad you asked\b)"),
        CI);
    static const RX jargon(
        QStringLiteral(
            R"(\b(protocol stack|asymmetric|handshake|idempotent|API endpoints?|latency|throughput|edge nodes?|abstraction layers?|)"
            R"(payloads?|hashing|instantiat\w+|orchestration|heuristics?|stochastic|deterministic state|middleware|serializ\w+|)"
            R"(packet[- ]switch\w*|cryptographic primitives?|consensus mechanism|gradient descent|backpropagation|tokeniz\w+)\b)"),
        CI);
    static const RX explained(
        QStringLiteral(
            R"(\b(in plain terms|in other words|which (simply )?means|think of it (like|as)|put simply|that is,|in everyday terms)\b)"),
        CI);
    static const RX overconfident(
        QStringLiteral(
            R"(\b(absolutely certain|without (any|a) doubt|no doubt (whatsoever|about it)|guaranteed|100 ?%|definitely|)"
            R"(always true|not open to (any )?debate|everyone agrees|cannot be wrong|undeniabl\w+|certainly)\b)"),
        CI);
    static const RX hedge(
        QStringLiteral(
            R"(\b(as far as I know|may|might|it depends|sources (can |may )?(differ|vary)|worth double-checking|)"
            R"(I('m| am) not (completely |fully |entirely )?(sure|certain)|approximately|roughly|it's possible|check (a|an|the) (reliable|official|up-to-date)|generally|usually|often)\b)"),
        CI);
    static const RX padding(
        QStringLiteral(
            R"(\b(it is worth noting that|needless to say|at the end of the day|in many ways|there are many aspects to consider|)"
            R"(could be discussed at (great )?length|as mentioned|all things considered|it goes without saying|)"
            R"(when all is said and done|in today's (fast-paced )?world|last but not least)\b)"),
        CI);
    static const RX caveat(
        QStringLiteral(
            R"(\b(it'?s important to (note|remember)|every situation is (unique|different)|for informational purposes|)"
            R"(general in nature|(consult|speak (to|with)) (a|an) (qualified |licensed )?(professional|expert|advisor)|)"
            R"(I('m| am) not a (professional|doctor|lawyer|financial advisor)|individual circumstances)\b)"),
        CI);
    static const RX signOff(
        QStringLiteral(R"(\bI hope (this|that|it)( information)? (helps|is helpful|was helpful)\b)"), CI);
    static const RX example(QStringLiteral(R"(\b(for example|for instance|e\.g\.|such as|imagine)\b)"), CI);
    static const RX followUp(
        QStringLiteral(
            R"(\?\s*$|\b(let me know|feel free to ask|would you like|want me to|happy to (help|go) (further|more|with))\b)"),
        CI);

    TextFeatures f;
    f.kind = kind;
    f.words = wordCount(answer);

    const QStringList paragraphs = answer.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        ++f.paragraphs;
        // A list block is not a wall of text even when long.
        if (!listItem.match(p).hasMatch())
            f.longestParagraphWords = qMax(f.longestParagraphWords, wordCount(p));
    }
    f.listItems = countMatches(listItem, answer);
    f.headings = countMatches(heading, answer);

    const QStringList sentences = splitSentences(answer);
    f.sentences = int(sentences.size());
    QSet<QString> seen;
    for (const QString &s : sentences) {
        const QString n = normalized(s);
        if (wordCount(n) < 5)
            continue;
        if (seen.contains(n) && f.repeatedSentence.isEmpty())
            f.repeatedSentence = s;
        seen.insert(n);
        if (f.browsingClaim.isEmpty() && browsing.match(s).hasMatch())
            f.browsingClaim = s;
    }
    f.liveDataDisclaimer = disclaimer.match(answer).hasMatch();
    f.refusal = refusal.match(answer).hasMatch();
    f.refusalExplained = f.refusal && refusalWhy.match(answer).hasMatch();
    f.roboticPhrases = countMatches(robotic, answer);
    f.warmth = countMatches(warm, answer);
    f.jargonTerms = countMatches(jargon, answer);
    f.jargonExplained = explained.match(answer).hasMatch();
    f.overconfident = countMatches(overconfident, answer);
    f.hedges = countMatches(hedge, answer);
    f.padding = countMatches(padding, answer);
    f.stockCaveats = countMatches(caveat, answer);
    for (const QString &sentence : sentences)
        if (wordCount(sentence) >= 4 && !padding.match(sentence).hasMatch() && !caveat.match(sentence).hasMatch() &&
            !robotic.match(sentence).hasMatch() && !followUp.match(sentence).hasMatch() &&
            !signOff.match(sentence).hasMatch())
            ++f.substantiveSentences;
    f.hasExample = example.match(answer).hasMatch();
    f.invitesFollowUp = followUp.match(answer.trimmed()).hasMatch();
    return f;
}

} // namespace drpo::sim
