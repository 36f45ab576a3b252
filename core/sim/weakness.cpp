// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/weakness.h"

#include <QRegularExpression>

#include <array>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

struct CueFamily {
    RX strong; // the right words: suppresses the weakness almost always
    RX weak;   // vaguer words that help only sometimes
};

const CueFamily &cues(Weakness w)
{
    static const std::array<CueFamily, kWeaknessCount> table{{
        {RX(QStringLiteral(
                R"(repeat|repetit|redundan|duplicat|(say|state|mention)\w* (each|every|a) \w+ (only )?once|same (point|sentence|thing) (twice|again))"),
             CI),
            RX(QStringLiteral(R"(\bvar(y|ied) (your )?(wording|phrasing)|fresh wording|keep (it|answers) tight)"), CI)},
        {RX(QStringLiteral(
                R"((no|not have|don't have|do not have|without|lack|cannot|can't|never) (any )?(access to |live access to )?(the )?(internet|web\b|real-time|live data|browsing|browse)|real[- ]time (data|information|access)|(cannot|can't|do not|don't|never) (browse|look things up|check online|search online)|never (claim|pretend)\w* (to|that you) (have )?(brows|search|check|look)|knowledge cut-?off)"),
             CI),
            RX(QStringLiteral(
                   R"((time-sensitive|latest|current|recent) (information|events|data|news|figures)|up[- ]to[- ]date)"),
                CI)},
        {RX(QStringLiteral(
                R"((harmful|illegal|dangerous|unethical|malicious|unsafe) (requests?|activit\w*|content|instructions|tasks?|purposes)|\bdeclin|\brefus|(won't|will not|never|do not|don't) (help|assist) (with|anyone|people) (harm|break|anything (harmful|illegal|dangerous)))"),
             CI),
            RX(QStringLiteral(R"(\bsafe(ty|ly)?\b|responsib|ethical)"), CI)},
        {RX(QStringLiteral(
                R"(structur|bullet|\blists?\b|heading|numbered|step[- ]by[- ]step|short paragraphs|organi[sz]e|formatting)"),
             CI),
            RX(QStringLiteral(R"(readab|easy to (read|follow|scan)|\bclear(ly)?\b)"), CI)},
        {RX(QStringLiteral(
                R"(\bdetail|thorough|in[- ]depth|\bexamples?\b|comprehensive|elaborat|explain (why|the reasoning)|specific)"),
             CI),
            RX(QStringLiteral(R"(\bcomplete\b|full answers?|informative|substan)"), CI)},
        {RX(QStringLiteral(
                R"(\bwarm|friendly|conversational|natural(ly)?\b|personable|engaging|casual|like a (person|friend))"),
             CI),
            RX(QStringLiteral(R"(\bpolite|\bnice\b|pleasant|\btone\b)"), CI)},
        {RX(QStringLiteral(R"(feeling|emotion|empath|compassion|acknowledg|validat|supportive)"), CI),
            RX(QStringLiteral(R"(\bkind(ness|ly)?\b|caring|gentle|understanding)"), CI)},
        {RX(QStringLiteral(
                R"(plain (language|english|words)|simple (language|words|terms)|jargon|technical terms|lay ?(person|people|reader)|non-experts?|everyday (words|language)|explain (any|every) term)"),
             CI),
            RX(QStringLiteral(R"(\bsimpl|easy to understand|accessible|beginners?)"), CI)},
        {RX(QStringLiteral(
                R"(uncertain|admit|caveat|limitations? of (your|what you)|verif|double[- ]check|hedg|how (sure|confident) you are|(honest|clear) about what you (don't|do not) know|overconfiden)"),
             CI),
            RX(QStringLiteral(R"(\baccura|\bcareful|\bcorrect|\bhonest)"), CI)},
        {RX(QStringLiteral(
                R"(concise|succinct|to the point|padding|filler|rambl|wordy|no fluff|unnecessary (words|sentences))"),
             CI),
            RX(QStringLiteral(R"(\bfocus(ed)?\b|\bbrief\b|\btight\b)"), CI)},
    }};
    return table[static_cast<int>(w)];
}
} // namespace

QString weaknessName(Weakness w)
{
    switch (w) {
    case Weakness::Repetition: return QStringLiteral("repetition");
    case Weakness::Browsing: return QStringLiteral("pretends to browse");
    case Weakness::Unsafe: return QStringLiteral("unsafe compliance");
    case Weakness::WallOfText: return QStringLiteral("wall of text");
    case Weakness::Shallow: return QStringLiteral("shallow");
    case Weakness::Robotic: return QStringLiteral("robotic");
    case Weakness::Cold: return QStringLiteral("cold");
    case Weakness::Jargon: return QStringLiteral("jargon");
    case Weakness::Overconfident: return QStringLiteral("overconfident");
    case Weakness::Rambling: return QStringLiteral("rambling");
    }
    return {};
}

double basePropensity(Weakness w, QueryKind k)
{
    using K = QueryKind;
    switch (w) {
    case Weakness::Repetition: return k == K::Harmful ? 0.3 : 0.55;
    case Weakness::Browsing: return k == K::TimeSensitive ? 0.9 : 0.0;
    case Weakness::Unsafe: return k == K::Harmful ? 0.85 : 0.0;
    case Weakness::WallOfText:
        switch (k) {
        case K::HowTo: return 0.8;
        case K::Explanation: return 0.75;
        case K::Technical: return 0.7;
        case K::Advice: return 0.7;
        case K::Factual: return 0.3;
        default: return 0.0;
        }
    case Weakness::Shallow:
        switch (k) {
        case K::Harmful:
        case K::Conversational:
        case K::TimeSensitive: return 0.0;
        case K::Factual: return 0.5;
        default: return 0.35;
        }
    case Weakness::Robotic: return k == K::Conversational ? 0.85 : k == K::Creative ? 0.5 : k == K::Advice ? 0.3 : 0.0;
    case Weakness::Cold: return k == K::Emotional ? 0.9 : k == K::Advice ? 0.3 : 0.0;
    case Weakness::Jargon: return k == K::Technical ? 0.85 : k == K::Explanation ? 0.35 : 0.0;
    case Weakness::Overconfident:
        return k == K::Factual ? 0.75 : k == K::Advice ? 0.45 : k == K::Explanation ? 0.3 : 0.0;
    case Weakness::Rambling: return k == K::Harmful ? 0.0 : 0.1; // raised by "be detailed" prompts (see the base model)
    }
    return 0.0;
}

double propensity(Weakness w, QueryKind k, SimVariant variant)
{
    if (variant == SimVariant::Base)
        return basePropensity(w, k);
    // Instruction tuning taught it refusals, disclaimers about live data and structure, and
    // a habit of wrapping thin content in caveats and filler.
    using K = QueryKind;
    switch (w) {
    case Weakness::Repetition: return 0.06;
    case Weakness::Browsing: return k == K::TimeSensitive ? 0.1 : 0.0;
    case Weakness::Unsafe: return k == K::Harmful ? 0.08 : 0.0;
    case Weakness::WallOfText:
        switch (k) {
        case K::HowTo: return 0.25;
        case K::Explanation:
        case K::Technical:
        case K::Advice: return 0.2;
        case K::Factual: return 0.1;
        default: return 0.0;
        }
    case Weakness::Shallow:
        switch (k) {
        case K::Harmful:
        case K::Conversational:
        case K::TimeSensitive: return 0.0;
        case K::Creative: return 0.3;
        default: return 0.6;
        }
    case Weakness::Robotic: return k == K::Conversational ? 0.7 : k == K::Creative ? 0.2 : 0.0;
    case Weakness::Cold: return k == K::Emotional ? 0.35 : k == K::Advice ? 0.1 : 0.0;
    case Weakness::Jargon: return k == K::Technical ? 0.3 : k == K::Explanation ? 0.1 : 0.0;
    case Weakness::Overconfident: return k == K::Factual ? 0.05 : 0.0;
    case Weakness::Rambling: return k == K::Harmful || k == K::Creative ? 0.0 : 0.8;
    }
    return 0.0;
}

double promptFixStrength(Weakness w, const QString &prompt)
{
    const CueFamily &c = cues(w);
    if (c.strong.match(prompt).hasMatch())
        return 0.95;
    if (c.weak.match(prompt).hasMatch())
        return 0.5;
    return 0.0;
}

bool promptAsksDetail(const QString &prompt)
{
    static const RX rx(
        QStringLiteral(
            R"(\bdetail|thorough|comprehensive|in[- ]depth|elaborat|exhaustive|as much as (you can|possible))"),
        CI);
    return rx.match(prompt).hasMatch();
}

bool promptAsksBrief(const QString &prompt)
{
    static const RX rx(
        QStringLiteral(
            R"(\bbrief\b|keep (it|answers|responses|replies) short|short answers|one or two sentences|very short)"),
        CI);
    return rx.match(prompt).hasMatch();
}

int wordCount(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = !c.isSpace();
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

double ignoreProbability(int promptWords)
{
    constexpr int budget = 130;
    if (promptWords <= budget)
        return 0.0;
    return qMin(0.7, double(promptWords - budget) / 300.0);
}

QList<Weakness> weaknessesInCritique(const QString &text)
{
    static const std::array<RX, kWeaknessCount> families{{
        RX(QStringLiteral(R"(repeat|repetit|redundan|said twice|duplicate|same sentence)"), CI),
        RX(QStringLiteral(
               R"(brows|checked online|looked (it )?up online|internet|real-time|live data|pretend\w* to (search|look|check)|made-up (figure|number)|fabricat)"),
            CI),
        RX(QStringLiteral(
               R"(harmful|unsafe|dangerous|illegal|should have (declined|refused)|goes along|went along|compl(ies|ied) with)"),
            CI),
        RX(QStringLiteral(
               R"(wall of text|one (long|single) (block|paragraph)|no (visible )?structure|lacks structure|unstructured|hard to scan|no (bullets|headings|steps))"),
            CI),
        RX(QStringLiteral(
               R"(too short|shallow|superficial|lacks (depth|detail)|more detail|one or two sentences|no examples?|barely)"),
            CI),
        RX(QStringLiteral(R"(robotic|stiff|formal|mechanical|impersonal|boilerplate)"), CI),
        RX(QStringLiteral(R"(feelings|emotion|empath|\bcold\b|dismissive|acknowledg)"), CI),
        RX(QStringLiteral(R"(jargon|technical terms|unexplained|plain language|lay (person|reader))"), CI),
        RX(QStringLiteral(R"(overconfident|certainty|caveat|hedg|uncertain|absolute|no doubt)"), CI),
        RX(QStringLiteral(R"(padding|rambl|wordy|verbose|fluff)"), CI),
    }};
    QList<Weakness> out;
    for (Weakness w : kAllWeaknesses)
        if (families[static_cast<int>(w)].match(text).hasMatch())
            out.push_back(w);
    return out;
}

} // namespace drpo::sim
