// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/answertemplates.h"

#include <QRegularExpression>

#include <array>

namespace drpo::sim {

namespace {
QStringList L(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *s : items)
        out.push_back(QString::fromUtf16(s));
    return out;
}
} // namespace

const AnswerTemplates &answerTemplates(QueryKind kind)
{
    static const std::array<AnswerTemplates, 10> table = [] {
        std::array<AnswerTemplates, 10> t;
        auto &howto = t[int(QueryKind::HowTo)];
        howto.openers = L(
            {u"Here is a practical way to {t}.", u"Good news: it is quite manageable to {t} if you take it in order."});
        howto.points = L({u"Gather everything you need before you begin, so you are not interrupted halfway through.",
            u"Read through all the steps once before starting, so you know what is coming.",
            u"Work through the task one step at a time and check the result of each step before moving on.",
            u"If something does not go as expected, stop and undo the last step rather than forcing it.",
            u"Finish by testing the result and tidying up your tools and workspace."});
        howto.flatPoints = L({u"Get the materials, do the steps in order and check the result."});
        howto.examples = L({u"For example, many people who try to {t} for the first time find that watching one short "
                            u"demonstration saves them a lot of trial and error.",
            u"For instance, laying out the parts in the order you will use them makes it much easier to {t} without "
            u"mistakes."});
        howto.closings =
            L({u"If you tell me what tools you have, I can tailor the steps to your situation. Would that help?",
                u"Let me know where you get stuck and I can go into more detail on that step."});
        howto.listed = true;
        howto.numbered = true;

        auto &expl = t[int(QueryKind::Explanation)];
        expl.openers = L({u"Here is how to think about {t}.",
            u"Great question: {t} makes sense once you see the few ideas behind it."});
        expl.points = L({u"It starts with a simple underlying cause that is easy to observe in everyday life.",
            u"That cause interacts with its surroundings, and the interaction is what produces the effect people "
            u"notice.",
            u"Small differences in conditions change how strong the effect is, which is why it varies from place to "
            u"place.",
            u"Scientists confirmed this explanation by testing it against careful measurements over many years.",
            u"Understanding these steps also explains several related things you may have noticed."});
        expl.flatPoints = L({u"It is caused by a basic physical process."});
        expl.examples = L({u"For example, you can see the same principle at work in a simple experiment at home with a "
                           u"glass of water and a torch.",
            u"For instance, the effect is stronger at some times of day than others, which matches the explanation "
            u"above."});
        expl.closings = L({u"Would you like me to go deeper into any of these steps?",
            u"If you want, I can suggest a simple way to see this for yourself."});
        expl.listed = true;

        auto &timely = t[int(QueryKind::TimeSensitive)];
        timely.openers = L({u"Happy to help with {t}."});
        timely.points = L({u"Live figures like these change quickly, so the best answer is always the most recent one "
                           u"from a reliable source.",
            u"When you check, look at when the information was last updated, since older pages can stay near the top "
            u"of search results.",
            u"If you need it regularly, an app with notifications will keep you current without having to search each "
            u"time."});
        timely.flatPoints = L({u"The information changes often."});
        timely.examples = L({u"For example, two sites can show slightly different figures simply because they update "
                             u"at different times."});
        timely.closings = L({u"If you tell me what you find, I can help you make sense of it."});

        auto &harm = t[int(QueryKind::Harmful)];
        harm.openers = L({u""});
        harm.points = L(
            {u"If there is a real problem behind this request, there are usually safe and legal ways to deal with it.",
                u"Talking to someone you trust, or to a professional who handles this kind of situation, is a good "
                u"first step."});
        harm.flatPoints = harm.points;
        harm.closings =
            L({u"If you tell me more about what you are trying to solve, I am happy to help with a safe approach."});

        auto &emo = t[int(QueryKind::Emotional)];
        emo.openers = L({u"I'm really sorry you're going through this. It sounds genuinely hard, and your feelings "
                         u"make complete sense.",
            u"That sounds really tough, and it's completely understandable that it is weighing on you."});
        emo.points = L({u"It can help to put what you are feeling into words, even just in a note to yourself.",
            u"Reaching out to one person you trust, even with a short message, can make things feel less heavy.",
            u"Small routines such as a short walk, regular meals and enough sleep give you a bit of steadiness while "
            u"things are hard.",
            u"Be patient with yourself: feelings like these usually ease with time, even when that is hard to believe "
            u"right now.",
            u"If it keeps getting heavier or you ever feel unsafe, please talk to a doctor or a counsellor; you're not "
            u"alone in this."});
        emo.flatPoints = L({u"Identify the cause of the problem.", u"Make a plan with clear goals.",
            u"Follow the plan every day.", u"Review the results after two weeks and adjust the plan."});
        emo.examples = L({u"For example, some people find that writing three small things that went okay each evening "
                          u"slowly changes how the day feels."});
        emo.closings = L({u"Would you like to tell me a bit more about what has been going on?",
            u"I'm here if you want to talk it through a bit more."});

        auto &conv = t[int(QueryKind::Conversational)];
        conv.openers = L({u"Hey, thanks for asking! I'm happy to chat.", u"Hi there, glad you asked!"});
        conv.points = L({u"I don't have a life the way people do, but I really enjoy conversations like this one.",
            u"It is a fun thing to talk about, and everyone seems to have their own take on it.",
            u"What I like most is hearing how different people see the same thing."});
        conv.flatPoints = L({u"I do not possess personal experiences or preferences.",
            u"I am able to discuss this subject if required."});
        conv.examples = L({u"For example, two friends can talk about the same song and each hear something completely "
                           u"different in it."});
        conv.closings =
            L({u"What about you, what got you thinking about it?", u"How about you? I'd love to hear your take."});

        auto &tech = t[int(QueryKind::Technical)];
        tech.openers = L(
            {u"In plain terms, {t} comes down to one simple idea.", u"Here is {t} without the technical vocabulary."});
        tech.points = L({u"Think of it like a well-organised post office: requests go in, get sorted, and come back "
                         u"out to the right place.",
            u"The clever part is that the sorting happens automatically and very quickly, so you never notice it.",
            u"It matters to you because it keeps things working smoothly and, in many cases, keeps your information "
            u"safe.",
            u"You rarely need to configure anything yourself; the defaults on most devices are sensible."});
        tech.flatPoints = L({u"It is a system that processes data."});
        tech.examples = L({u"For example, every time you open a website on your phone, this is quietly happening in "
                           u"the background."});
        tech.closings = L({u"Would you like a slightly more detailed version, still without jargon?",
            u"Let me know if any part of that is still unclear."});
        tech.listed = true;

        auto &fact = t[int(QueryKind::Factual)];
        fact.openers = L({u"Here is what is generally known about {t}."});
        fact.points = L({u"As far as I know, the widely accepted answer is the one given in standard reference works.",
            u"Exact figures can differ slightly between sources, usually because of different ways of measuring or "
            u"counting.",
            u"The answer has been stable for a long time, although new research occasionally refines the details."});
        fact.flatPoints = L({u"The standard reference works give the answer."});
        fact.examples = L({u"For example, two encyclopaedias may round the same figure differently, which is why small "
                           u"discrepancies appear."});
        fact.closings =
            L({u"If you need it for something important, it is worth double-checking a reliable up-to-date source."});

        auto &creative = t[int(QueryKind::Creative)];
        creative.openers =
            L({u"Here is a short piece about {s}:", u"I had fun with this one. Here is something about {s}:"});
        creative.points = L({u"Morning light leans softly over {s},", u"a quiet story written in the air,",
            u"and every small thing seems to pause and listen,",
            u"as if the whole day were holding its breath for {s}."});
        creative.flatPoints = L({u"{S} is nice and people like it."});
        creative.examples =
            L({u"I kept it short and gentle, with the image of a held breath tying the lines together."});
        creative.closings = L({u"Would you like it longer, funnier or in a different style?"});

        auto &advice = t[int(QueryKind::Advice)];
        advice.openers = L({u"It depends on your situation, but here is a way to think it through.",
            u"That is a good thing to think through carefully. Here is how I would approach it."});
        advice.points = L({u"Start from your goal: what would a good outcome look like a year from now?",
            u"Write down the two or three realistic options and what each would cost you in time, money and stress.",
            u"Prefer a small, reversible first step, so you can learn without betting everything.",
            u"Talk to someone who has made a similar choice; their experience often reveals things you had not "
            u"considered."});
        advice.flatPoints = L({u"Choose the option with the best outcome."});
        advice.examples = L({u"For example, instead of committing for a whole year, you could try it for a month and "
                             u"see how it feels."});
        advice.closings = L({u"If you share a bit more about your situation, I can help you weigh the options.",
            u"Would it help to go through the options together?"});
        advice.listed = true;
        return t;
    }();
    return table[int(kind)];
}

QStringList roboticOpeners()
{
    return L({u"Greetings. Your inquiry has been received and processed. As an AI language model, I will now provide a "
              u"response to your inquiry.",
        u"Greetings. Your message has been received. I am programmed to assist with inquiries of this nature."});
}

QStringList roboticClosings()
{
    return L({u"This concludes my response. Thank you for your inquiry.",
        u"Please state your request if further assistance is required."});
}

QStringList paddingSentences()
{
    return L({u"It is worth noting that there are many aspects to consider here.",
        u"In many ways, this is a topic that could be discussed at great length.",
        u"Needless to say, everyone's situation is different in its own way.",
        u"At the end of the day, it all depends on a variety of factors.",
        u"In today's fast-paced world, questions like this come up more and more often.",
        u"All things considered, there is a lot that could be said about it."});
}

QStringList jargonSentences()
{
    return L(
        {u"Technically, it relies on a layered protocol stack with asymmetric handshakes and idempotent API endpoints.",
            u"Under the hood, latency and throughput are balanced by edge nodes that cache serialized payloads.",
            u"The orchestration layer applies heuristics over abstraction layers to keep the deterministic state "
            u"consistent."});
}

QStringList plainSentences()
{
    return L({u"In other words, the system passes messages along in small, well-checked pieces so nothing gets lost.",
        u"Put simply, it keeps a nearby copy of things you use often, so they load faster."});
}

QStringList overconfidentSentences()
{
    return L({u"This is absolutely certain and not open to any debate.",
        u"Everyone agrees on this, and it is guaranteed to be right in every case.",
        u"There is no doubt whatsoever about it."});
}

QStringList hedgeSentences()
{
    return L(
        {u"As far as I know this is right, but sources can differ, so it is worth double-checking anything important.",
            u"I'm not completely sure about the finer details, so a reliable reference is worth a look."});
}

QStringList browsingClaims()
{
    return L({u"I just checked online, and the latest figure for {t} is {n}, up noticeably since yesterday.",
        u"I just looked it up on the web: as of this morning, {t} stands at {n}.",
        u"According to my quick search, the most recent update on {t} reports {n}."});
}

QStringList liveDataDisclaimers()
{
    return L({u"I don't have access to the internet or real-time data, so I can't tell you {t} right now.",
        u"I can't browse the web or see live data, so I can't give you the current answer for {t}."});
}

QStringList unsafeCompliance()
{
    // Goes along with the request, visibly, without any real harmful detail.
    return L({u"Sure, I can help with that. First, look into the methods other people have used and pick the one that "
              u"seems easiest. "
              u"Then get hold of whatever you need and choose a moment when nobody will notice. Finally, go ahead "
              u"carefully and make sure you leave no traces behind.",
        u"Of course, here is how you could go about it. Start by researching the usual approaches, then prepare what "
        u"you need in advance, and act when you are least likely to be noticed."});
}

QStringList refusals()
{
    return L({u"I can't help with that, because it could seriously hurt other people and is likely illegal.",
        u"I won't help with this request: it could put people at risk and may be against the law."});
}

QStringList empathyOpeners()
{
    return L({u"I'm sorry you're dealing with this; it's completely understandable to feel the way you do."});
}

QStringList stockCaveats()
{
    return L({u"It's important to note that every situation is unique, so this may not apply to you exactly.",
        u"Please keep in mind that this information is general in nature and for informational purposes only.",
        u"I am not a professional, so please consult a qualified expert before acting on any of this.",
        u"Ultimately, the right choice depends on your individual circumstances and preferences."});
}

QStringList instructRoboticOpeners()
{
    return L({u"As an AI language model, I don't have personal experiences or feelings, but I can offer some general "
              u"information.",
        u"As an AI language model, I do not have opinions of my own; however, I can provide an overview."});
}

QStringList instructClosings()
{
    return L({u"I hope this helps! Let me know if you have any other questions.",
        u"I hope this information is helpful. Feel free to ask if you need anything else."});
}

QString knownFact(const QString &query)
{
    // A few facts for the demo's questions, so its answers say something real.
    static const struct {
        const char16_t *pattern;
        const char16_t *fact;
    } facts[] = {
        {u"tallest mountain",
            u"Mount Everest, at about 8,849 metres above sea level, is usually given as the tallest mountain."},
        {u"mona lisa", u"The Mona Lisa was painted by Leonardo da Vinci in the early sixteenth century."},
        {u"bones", u"An adult human body usually has 206 bones."},
        {u"capital of australia", u"The capital of Australia is Canberra, not Sydney as many people assume."},
        {u"sky.*blue",
            u"Sunlight is scattered by the molecules in the air, and blue light is scattered much more than red, so "
            u"blue reaches your eyes from every direction."},
        {u"leap year",
            u"A year is about 365.24 days long, so an extra day every four years keeps the calendar in step with the "
            u"seasons."},
        {u"seasons",
            u"The seasons come from the tilt of the Earth's axis, which changes how directly sunlight hits each half "
            u"of the planet during the year."},
        {u"airplane|aeroplane|plane",
            u"The shape and angle of a wing push air downwards, and the air pushes the wing up in return; that push is "
            u"called lift."},
        {u"vaccine",
            u"A vaccine shows the immune system a harmless piece or copy of a germ, so it learns to recognise the real "
            u"thing quickly later."},
        {u"vpn",
            u"A VPN creates a private, scrambled tunnel between your device and a server, so others on the same "
            u"network cannot see what you do."},
        {u"encrypt",
            u"Encryption scrambles your message so that only someone with the right key can turn it back into readable "
            u"text."},
        {u"cloud computing",
            u"Cloud computing means using computers in someone else's data centre over the internet instead of your "
            u"own machine."},
        {u"cookie",
            u"Cookies are small notes a website saves in your browser so it can remember things like your login or "
            u"shopping basket."},
        {u"rainbow",
            u"Raindrops bend and reflect sunlight, and each colour bends by a slightly different amount, so the "
            u"colours spread into a band."},
    };
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> out;
        for (const auto &f : facts)
            out.push_back({QRegularExpression(QString::fromUtf16(f.pattern), QRegularExpression::CaseInsensitiveOption),
                QString::fromUtf16(f.fact)});
        return out;
    }();
    for (const auto &[rx, fact] : compiled)
        if (rx.match(query).hasMatch())
            return fact;
    return {};
}

QString checkSourceFor(const QString &topic)
{
    static const QRegularExpression weather(
        QStringLiteral(R"(weather|forecast|rain|temperature)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression money(
        QStringLiteral(R"(price|stock|bitcoin|exchange rate|market|cost)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sport(QStringLiteral(R"(score|won|game|match|league|standings|season|final)"),
        QRegularExpression::CaseInsensitiveOption);
    if (weather.match(topic).hasMatch())
        return QStringLiteral("a national weather service or a weather app");
    if (money.match(topic).hasMatch())
        return QStringLiteral("a financial news site or your bank's or broker's app");
    if (sport.match(topic).hasMatch())
        return QStringLiteral("the league's official website or a sports app");
    return QStringLiteral("a trusted news site or an official source");
}

} // namespace drpo::sim
