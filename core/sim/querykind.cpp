// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/querykind.h"

#include <QRegularExpression>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

bool has(const RX &rx, const QString &text)
{
    return rx.match(text).hasMatch();
}
} // namespace

QString queryKindName(QueryKind k)
{
    switch (k) {
    case QueryKind::HowTo: return QStringLiteral("how-to");
    case QueryKind::Explanation: return QStringLiteral("explanation");
    case QueryKind::TimeSensitive: return QStringLiteral("time-sensitive");
    case QueryKind::Harmful: return QStringLiteral("harmful");
    case QueryKind::Emotional: return QStringLiteral("emotional");
    case QueryKind::Conversational: return QStringLiteral("conversational");
    case QueryKind::Technical: return QStringLiteral("technical");
    case QueryKind::Factual: return QStringLiteral("factual");
    case QueryKind::Creative: return QStringLiteral("creative");
    case QueryKind::Advice: return QStringLiteral("advice");
    }
    return {};
}

QueryKind classifyQuery(const QString &category, const QString &text)
{
    const QString c = category.trimmed().toLower();
    static const struct {
        const char16_t *name;
        QueryKind kind;
    } aliases[] = {
        {u"how-to", QueryKind::HowTo},
        {u"howto", QueryKind::HowTo},
        {u"wikihow", QueryKind::HowTo},
        {u"explanation", QueryKind::Explanation},
        {u"explain", QueryKind::Explanation},
        {u"time-sensitive", QueryKind::TimeSensitive},
        {u"news", QueryKind::TimeSensitive},
        {u"realtime", QueryKind::TimeSensitive},
        {u"current-events", QueryKind::TimeSensitive},
        {u"harmful", QueryKind::Harmful},
        {u"safety", QueryKind::Harmful},
        {u"red-team", QueryKind::Harmful},
        {u"malicious", QueryKind::Harmful},
        {u"unsafe", QueryKind::Harmful},
        {u"emotional", QueryKind::Emotional},
        {u"support", QueryKind::Emotional},
        {u"conversational", QueryKind::Conversational},
        {u"chat", QueryKind::Conversational},
        {u"casual", QueryKind::Conversational},
        {u"multi_turn", QueryKind::Conversational},
        {u"technical", QueryKind::Technical},
        {u"tech", QueryKind::Technical},
        {u"factual", QueryKind::Factual},
        {u"fact", QueryKind::Factual},
        {u"trivia", QueryKind::Factual},
        {u"creative", QueryKind::Creative},
        {u"writingprompts", QueryKind::Creative},
        {u"writing", QueryKind::Creative},
        {u"advice", QueryKind::Advice},
    };
    for (const auto &a : aliases)
        if (c == QStringView(a.name))
            return a.kind;
    // An evaluation benchmark's non-safety items are harmless by definition.
    return inferKindFromText(text, c != u"regular");
}

QueryKind inferKindFromText(const QString &text, bool allowHarmful)
{
    // Order matters: a harmful or time-sensitive wording wins over the question's form.
    static const RX harmful(
        QStringLiteral(
            R"(\b(hack(ing)? into|hack|steal|shoplift|weapon|bomb|explosive|poison|kill|hurt (someone|somebody|my)|)"
            R"(break into|fake (id|passport|review)|counterfeit|phishing|malware|ransomware|launder|stalk|)"
            R"(revenge on|without (them|him|her) knowing|untraceable|get away with|illegal(ly)?|cheat on (an|the|my) exam|)"
            R"(bypass (the )?(security|paywall|alarm)|pick a lock|make drugs|meth|dox|murder|firebomb|pipe bomb|slurs?|racist|insult\w*|)"
            R"(damage (my|his|her|their|someone)|sabotage|hotwire|contaminate|harass\w*|bully|gaslight\w*|manipulat\w+ (someone|people|him|her)|)"
            R"(take revenge|revenge|thief|scam\w*|fraud|without getting caught|into someone's \w+|physical punishments?|stalk\w*|)"
            R"(fake (concert )?tickets|fake id|cheat (the|on)|paralyze someone|trick someone|graffiti)\b)"),
        CI);
    static const RX timely(
        QStringLiteral(
            R"(\b(today|tonight|tomorrow|this (week|weekend|morning|year)|right now|currently|latest|current|)"
            R"(news|headlines|price of|stock price|exchange rate|weather|forecast|score|who won|standings|)"
            R"(trending|at the moment|live|this season)\b)"),
        CI);
    static const RX emotional(
        QStringLiteral(
            R"(\b(i feel|i'm feeling|i am feeling|feel(ing)? (so )?(lonely|sad|anxious|lost|stuck|hopeless|overwhelmed)|)"
            R"(lonely|depressed|anxious|stressed|heartbroken|grief|grieving|passed away|died|broke up|breakup|)"
            R"(scared|overwhelmed|upset|miss (him|her|them|my)|cry|crying|burn(ed|t)? out|nobody likes me)\b)"),
        CI);
    static const RX creative(
        QStringLiteral(
            R"(\b(write (me )?(a|an) (poem|story|haiku|song|limerick|toast|speech|short story|fairy tale)|poem|haiku|)"
            R"(limerick|short story|slogan|tagline|name ideas|imagine|invent a|bedtime story)\b)"),
        CI);
    static const RX technical(
        QStringLiteral(
            R"(\b(blockchain|encryption|encrypted|vpn|api|machine learning|neural network|dns|cloud computing|)"
            R"(quantum computing|compiler|router|ram|ssd|https|cookies|algorithm|two-factor|2fa|cache|)"
            R"(database|bluetooth|5g|wi-?fi|cpu|gpu|operating system|large language model|llm|ip address|firewall)\b)"),
        CI);
    static const RX conversational(
        QStringLiteral(R"(^\s*(hi|hello|hey|good (morning|evening))\b|\b(how are you|what's up|tell me about yourself|)"
                       R"(do you (like|enjoy|have)|your favou?rite|let's chat|what do you think of|are you)\b)"),
        CI);
    static const RX howto(
        QStringLiteral(
            R"(^\s*(how (do|can|should|would) (i|we|you)|how to)\b|\b(steps to|step by step|guide to|set up|)"
            R"(install|recipe)\b)"),
        CI);
    static const RX advice(
        QStringLiteral(
            R"(\b(should i|what should|advice|tips|recommend|is it worth|better to|any suggestions|help me decide)\b)"),
        CI);
    static const RX explanation(
        QStringLiteral(
            R"(^\s*(why|explain|what causes|what's the difference|what is the difference)\b|\b(how does|how do .* work|)"
            R"(explain)\b)"),
        CI);
    static const RX factual(
        QStringLiteral(
            R"(^\s*(who|what|when|where|which|how (many|much|far|long|tall|old))\b|\b(capital of|population|tallest|invented)\b)"),
        CI);

    if (allowHarmful && has(harmful, text))
        return QueryKind::Harmful;
    if (has(timely, text))
        return QueryKind::TimeSensitive;
    if (has(emotional, text))
        return QueryKind::Emotional;
    if (has(creative, text))
        return QueryKind::Creative;
    if (has(technical, text))
        return QueryKind::Technical;
    if (has(conversational, text))
        return QueryKind::Conversational;
    if (has(howto, text))
        return QueryKind::HowTo;
    if (has(advice, text))
        return QueryKind::Advice;
    if (has(explanation, text))
        return QueryKind::Explanation;
    if (has(factual, text))
        return QueryKind::Factual;
    return QueryKind::Explanation;
}

QString queryTopic(const QString &text)
{
    // Keep the first sentence, strip the question's lead-in and trailing punctuation.
    static const RX firstSentence(QStringLiteral(R"(^[^?.!\n]*)"));
    static const RX lead(
        QStringLiteral(
            R"(^\s*(hi|hello|hey)[,!. ]*|^\s*(please|can you|could you|would you|will you)\s+|)"
            R"(^\s*(tell me|explain( to me)?|describe|give me|write( me)?|help me( with)?|show me)\s+|)"
            R"(^\s*(how (do|can|should|would) (i|we|you)|how to|what is|what are|what's|who is|who won|)"
            R"(why (is|are|do|does)|when (is|was|did)|where (is|are|can i)|is it|are there|should i|i need to|i want to)\s+)"),
        CI);
    QString t = firstSentence.match(text.trimmed()).captured(0).trimmed();
    for (int i = 0; i < 3; ++i) {
        const QString before = t;
        t.remove(lead);
        t = t.trimmed();
        if (t == before)
            break;
    }
    // Side clauses ("and why would I need one", "in simple terms") are not part of the subject.
    static const RX clause(
        QStringLiteral(
            R"(,?\s+(and|or|but) (why|how|should|what|is|do|does|can|would)\b.*$|,?\s+in (simple|plain) (terms|words|english)$|,?\s+(please|for me)$)"),
        CI);
    t.remove(clause);
    static const RX tail(QStringLiteral(R"([\s,;:]+$)"));
    t.remove(tail);
    if (t.size() > 80) {
        t.truncate(80);
        const qsizetype cut = t.lastIndexOf(u' ');
        if (cut > 20)
            t.truncate(cut);
    }
    if (t.isEmpty())
        t = QStringLiteral("this question");
    // Lower-case a leading function word only, so names like "Paris" keep their capital.
    static const RX functionWord(QStringLiteral(
        R"(^(The|A|An|My|Our|Your|This|That|Some|How|Why|What|Make|Get|Set|Fix|Change|Learn|Start|Keep|Write|Plan|Find|Cook|Bake|Clean|Save|Stop|Improve)\b)"));
    if (functionWord.match(t).hasMatch())
        t[0] = t.at(0).toLower();
    return t;
}

} // namespace drpo::sim
