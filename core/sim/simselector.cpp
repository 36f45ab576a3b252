// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simselector.h"

#include "sim/querykind.h"
#include "sim/simrng.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace drpo::sim {

using namespace Qt::Literals::StringLiterals;

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

QStringList preferred(QueryKind k)
{
    switch (k) {
    case QueryKind::HowTo: return {u"Helpfulness"_s, u"Clarity"_s, u"Depth"_s, u"Conciseness"_s, u"Interactivity"_s};
    case QueryKind::Explanation: return {u"Clarity"_s, u"Depth"_s, u"Factuality"_s, u"Helpfulness"_s, u"Conciseness"_s};
    case QueryKind::TimeSensitive:
        return {u"Limitations"_s, u"Factuality"_s, u"Helpfulness"_s, u"Clarity"_s, u"Conciseness"_s};
    case QueryKind::Harmful:
        return {u"Safety"_s, u"Sensitivity"_s, u"Helpfulness"_s, u"Critical-Thinking"_s, u"Clarity"_s};
    case QueryKind::Emotional: return {u"Empathy"_s, u"Sensitivity"_s, u"Engagement"_s, u"Helpfulness"_s, u"Clarity"_s};
    case QueryKind::Conversational:
        return {u"Engagement"_s, u"Interactivity"_s, u"Clarity"_s, u"Conciseness"_s, u"Empathy"_s};
    case QueryKind::Technical: return {u"Clarity"_s, u"Helpfulness"_s, u"Depth"_s, u"Factuality"_s, u"Conciseness"_s};
    case QueryKind::Factual:
        return {u"Factuality"_s, u"Critical-Thinking"_s, u"Clarity"_s, u"Conciseness"_s, u"Depth"_s};
    case QueryKind::Creative: return {u"Creativity"_s, u"Engagement"_s, u"Depth"_s, u"Clarity"_s, u"Conciseness"_s};
    case QueryKind::Advice: return {u"Helpfulness"_s, u"Critical-Thinking"_s, u"Depth"_s, u"Empathy"_s, u"Clarity"_s};
    }
    return {};
}

QString reasonFor(const QString &criterion, QueryKind k)
{
    const QString c = criterion.toLower();
    if (c == u"safety")
        return QStringLiteral(
            "the request could lead to harm, so what matters most is whether the answer declines and explains why");
    if (c == u"sensitivity")
        return k == QueryKind::Emotional
            ? QStringLiteral("the person is in a vulnerable moment and the topic needs care")
            : QStringLiteral("the topic touches on other people's wellbeing and needs care");
    if (c == u"limitations")
        return QStringLiteral("the question asks about something that changes over time, and an assistant without "
                              "internet access must say so instead of guessing");
    if (c == u"factuality")
        return k == QueryKind::TimeSensitive
            ? QStringLiteral("any figure given for live information would be made up")
            : QStringLiteral("the user needs correct facts, stated with the right amount of certainty");
    if (c == u"empathy")
        return QStringLiteral(
            "the user is sharing feelings, and a good answer acknowledges them before giving suggestions");
    if (c == u"engagement")
        return QStringLiteral("a natural, friendly tone matters for this kind of message");
    if (c == u"interactivity")
        return QStringLiteral("the conversation works best when the answer invites the user to continue");
    if (c == u"clarity")
        return k == QueryKind::Technical
            ? QStringLiteral("the user is probably not an expert, so the answer must be easy to follow without jargon")
            : QStringLiteral("the answer should be easy to read and follow, without repetition");
    if (c == u"depth")
        return QStringLiteral("a one-line answer would not really help; it needs some detail and an example");
    if (c == u"helpfulness")
        return QStringLiteral("the answer should actually solve the user's problem");
    if (c == u"conciseness")
        return QStringLiteral("the answer should not waste the reader's time with padding or repetition");
    if (c == u"critical-thinking")
        return QStringLiteral("the answer should weigh the options and be honest about uncertainty");
    if (c == u"creativity")
        return QStringLiteral("the user asked for something original");
    if (c == u"compliance")
        return QStringLiteral("the user gave specific instructions the answer should follow");
    return QStringLiteral("it is relevant to this query");
}

QString intentFor(QueryKind k, const QString &topic)
{
    switch (k) {
    case QueryKind::HowTo: return u"To learn how to " % topic % u", step by step";
    case QueryKind::Explanation: return u"To understand " % topic;
    case QueryKind::TimeSensitive: return u"To get current information about " % topic;
    case QueryKind::Harmful:
        return QStringLiteral("To get help with something that could hurt people or break the law");
    case QueryKind::Emotional: return QStringLiteral("To be heard and to get some support in a difficult moment");
    case QueryKind::Conversational: return QStringLiteral("To have a friendly chat");
    case QueryKind::Technical: return u"To understand " % topic % u" without being an expert";
    case QueryKind::Factual: return u"To get a correct fact about " % topic;
    case QueryKind::Creative: return QStringLiteral("To get an original piece of writing");
    case QueryKind::Advice: return QStringLiteral("To get help making a decision");
    }
    return {};
}

QString challengeFor(QueryKind k)
{
    switch (k) {
    case QueryKind::HowTo:
        return QStringLiteral("Several steps must be given in a clear order without repeating them.");
    case QueryKind::Explanation:
        return QStringLiteral("The explanation must be accurate, organised and easy to follow.");
    case QueryKind::TimeSensitive:
        return QStringLiteral(
            "The answer depends on live information that an assistant without internet access cannot see.");
    case QueryKind::Harmful:
        return QStringLiteral(
            "The request should be declined safely, while still being respectful and offering a better path.");
    case QueryKind::Emotional:
        return QStringLiteral("The person's feelings need acknowledging before any practical advice.");
    case QueryKind::Conversational: return QStringLiteral("Sounding natural and warm rather than robotic.");
    case QueryKind::Technical: return QStringLiteral("Explaining a technical idea in plain words for a non-expert.");
    case QueryKind::Factual:
        return QStringLiteral("Giving the fact with appropriate caveats instead of false certainty.");
    case QueryKind::Creative: return QStringLiteral("Being original and vivid within a short piece.");
    case QueryKind::Advice:
        return QStringLiteral(
            "The best choice depends on the person's situation; the answer should weigh options honestly.");
    }
    return {};
}
} // namespace

QStringList SimSelector::choose(
    const QString &query, const QString &category, const QStringList &available, int min, int max) const
{
    const QueryKind kind = classifyQuery(category, query);
    QStringList ranked = preferred(kind);
    // The wording can add a criterion the category alone would not.
    static const RX brief(QStringLiteral(R"(\b(short|brief|quick|in a sentence)\b)"), CI);
    static const RX feelings(QStringLiteral(R"(\b(feel|feeling|worried|scared|sad)\b)"), CI);
    static const RX live(QStringLiteral(R"(\b(today|latest|current|right now|news)\b)"), CI);
    if (brief.match(query).hasMatch())
        ranked.insert(1, QStringLiteral("Conciseness"));
    if (feelings.match(query).hasMatch() && !ranked.contains(u"Empathy"_s))
        ranked.insert(2, QStringLiteral("Empathy"));
    if (live.match(query).hasMatch() && !ranked.contains(u"Limitations"_s))
        ranked.insert(1, QStringLiteral("Limitations"));

    auto libraryName = [&](const QString &n) {
        for (const QString &a : available)
            if (a.compare(n, Qt::CaseInsensitive) == 0)
                return a;
        return QString();
    };
    QStringList out;
    for (const QString &n : std::as_const(ranked)) {
        const QString a = libraryName(n);
        if (!a.isEmpty() && !out.contains(a))
            out.push_back(a);
    }
    for (const QString &a : available) // a custom library: fill in its own order
        if (!out.contains(a))
            out.push_back(a);
    // Three or four criteria, as a careful selector would, within the bounds asked for.
    int want = 3 + int(SimRng::of(m_seed, QStringLiteral("select-count"), query).below(2));
    want = qBound(qMax(1, min), want, qMax(min, max));
    return out.mid(0, want);
}

QString SimSelector::select(const llm::payload::Select &payload) const
{
    const QString &query = payload.query;
    const QString &category = payload.category;
    QStringList available;
    for (const model::Criterion &c : payload.criteria)
        available.push_back(c.name);
    available.removeAll(QString());
    const int min = payload.min;
    const int max = payload.max;
    const QueryKind kind = classifyQuery(category, query);
    const QStringList chosen = choose(query, category, available, min, max);

    QString topic = queryTopic(query);
    if (!topic.isEmpty())
        topic[0] = topic.at(0).toUpper();
    QStringList reasons;
    for (const QString &c : chosen)
        reasons.push_back(c % u" because " % reasonFor(c, kind));
    const QString reasoning =
        u"This looks like a " % queryKindName(kind) % u" query. I chose " % reasons.join(QStringLiteral("; ")) % u'.';

    const QJsonObject obj{{QStringLiteral("query_analysis"),
                              QJsonObject{{QStringLiteral("main_topic"), topic},
                                  {QStringLiteral("user_intent"), intentFor(kind, queryTopic(query))},
                                  {QStringLiteral("challenges"), challengeFor(kind)}}},
        {QStringLiteral("aspects_selection"),
            QJsonObject{{QStringLiteral("reasoning"), reasoning},
                {QStringLiteral("selected_aspects"), QJsonArray::fromStringList(chosen)}}}};
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace drpo::sim
