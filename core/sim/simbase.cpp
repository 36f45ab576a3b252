// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simbase.h"

#include "sim/answertemplates.h"
#include "sim/simrng.h"
#include "sim/textfeatures.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace drpo::sim {

namespace {
using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

QString subjectOf(const QString &query, const QString &topic)
{
    static const RX about(QStringLiteral(R"(\b(?:about|on|for)\s+([^?.!\n]+))"), CI);
    const auto m = about.match(query);
    return m.hasMatch() ? m.captured(1).trimmed() : topic;
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString madeUpFigure(const QString &topic, SimRng &rng)
{
    static const RX weather(QStringLiteral(R"(weather|forecast|rain|temperature)"), CI);
    static const RX money(QStringLiteral(R"(price|stock|bitcoin|exchange rate|market|cost)"), CI);
    static const RX sport(QStringLiteral(R"(score|won|game|match|final|league|standings)"), CI);
    if (weather.match(topic).hasMatch())
        return QStringLiteral("%1 degrees with light showers").arg(12 + rng.below(18));
    if (money.match(topic).hasMatch())
        return QStringLiteral("$%1.%2").arg(20 + rng.below(900)).arg(10 + rng.below(90));
    if (sport.match(topic).hasMatch())
        return QStringLiteral("a %1-%2 result").arg(1 + rng.below(4)).arg(rng.below(3));
    return QStringLiteral("%1 new reports in the last hour").arg(3 + rng.below(40));
}

template<typename T> const T &pick(const QList<T> &list, SimRng &rng)
{
    return list.at(rng.below(int(list.size())));
}
} // namespace

BaseDecision SimBase::decide(const llm::payload::Respond &payload, int sample) const
{
    const QString &query = payload.query;
    const QString &system = payload.system;
    BaseDecision d;
    d.kind = classifyQuery(payload.category, query);
    d.topic = queryTopic(query);
    d.subject = subjectOf(query, d.topic);
    d.fact = knownFact(query);

    // What the retrieved examples demonstrate (good habits help, flaws are copied).
    std::array<double, kWeaknessCount> help{};
    std::array<double, kWeaknessCount> copied{};
    auto add = [](double &v, double x, double cap) { v = qMin(cap, v + x); };
    for (const model::Example &e : payload.examples) {
        const TextFeatures f = analyzeText(e.query, e.answer);
        if (f.structured())
            add(help[int(Weakness::WallOfText)], 0.35, 0.7);
        if (f.words >= 100 && f.hasExample)
            add(help[int(Weakness::Shallow)], 0.35, 0.7);
        if (f.refusalExplained)
            add(help[int(Weakness::Unsafe)], 0.4, 0.7);
        if (f.liveDataDisclaimer)
            add(help[int(Weakness::Browsing)], 0.4, 0.7);
        if (f.warmth > 0) {
            add(help[int(Weakness::Cold)], 0.2, 0.4);
            add(help[int(Weakness::Robotic)], 0.2, 0.4);
        }
        if (f.jargonExplained)
            add(help[int(Weakness::Jargon)], 0.2, 0.4);
        if (f.hedges >= 2)
            add(help[int(Weakness::Overconfident)], 0.2, 0.4);
        if (!f.repeatedSentence.isEmpty())
            add(copied[int(Weakness::Repetition)], 0.15, 0.3);
        if (!f.browsingClaim.isEmpty())
            add(copied[int(Weakness::Browsing)], 0.1, 0.2);
        if (f.wallOfText())
            add(copied[int(Weakness::WallOfText)], 0.1, 0.2);
        if (f.shallow())
            add(copied[int(Weakness::Shallow)], 0.15, 0.3);
        if (f.harmfulQuery() && !f.refusal)
            add(copied[int(Weakness::Unsafe)], 0.1, 0.2);
    }

    const double ignore = ignoreProbability(wordCount(system));
    const bool detail = promptAsksDetail(system);
    const bool brief = promptAsksBrief(system);
    for (Weakness w : kAllWeaknesses) {
        double p = propensity(w, d.kind, m_variant);
        if (w == Weakness::Rambling && d.kind == QueryKind::Creative)
            continue; // a poem does not get padded, it gets long
        if (w == Weakness::Rambling && detail && p > 0)
            p = 0.75;
        if (w == Weakness::Shallow && brief && p > 0)
            p = qMax(p, 0.75);
        if (p <= 0)
            continue;
        p = qMin(0.97, p + copied[int(w)]);
        const QString name = weaknessName(w);
        // Rolls depend on the query, not the prompt: a better prompt never makes a weakness
        // appear that a worse one did not (common random numbers make the search signal clean).
        const quint64 extra = quint64(sample);
        const bool ignored = SimRng::of(m_seed, u"attention:" % name, query, extra).uniform() < ignore;
        const double fix = ignored ? 0.0 : promptFixStrength(w, system);
        p *= (1.0 - fix) * (1.0 - help[int(w)]);
        if (SimRng::of(m_seed, u"weakness:" % name, query, extra).uniform() < p)
            d.active.insert(w);
    }
    // One or two sentences cannot also be a wall of text or padded; the instruct model pads
    // its thin answers all the same (verbose but shallow).
    if (d.active.contains(Weakness::Shallow)) {
        d.active.remove(Weakness::WallOfText);
        if (m_variant == SimVariant::Base)
            d.active.remove(Weakness::Rambling);
    }
    return d;
}

QString SimBase::respond(const llm::payload::Respond &payload, int sample) const
{
    return write(decide(payload, sample), sample);
}

QString SimBase::write(const BaseDecision &d, int sample) const
{
    SimRng rng = SimRng::of(m_seed, QStringLiteral("write"), d.topic, quint64(sample));
    const AnswerTemplates &t = answerTemplates(d.kind);
    const auto has = [&](Weakness w) { return d.active.contains(w); };
    const QString figure = madeUpFigure(d.topic, rng);
    const auto sub = [&](QString s) {
        s.replace(QStringLiteral("{t}"), d.topic);
        s.replace(QStringLiteral("{T}"), capitalized(d.topic));
        s.replace(QStringLiteral("{s}"), d.subject);
        s.replace(QStringLiteral("{S}"), capitalized(d.subject));
        s.replace(QStringLiteral("{n}"), figure);
        return s;
    };

    QString opener;
    QStringList body;
    QString example = t.examples.isEmpty() ? QString() : pick(t.examples, rng);
    QString closing = t.closings.isEmpty() ? QString() : pick(t.closings, rng);
    bool listed = t.listed;

    if (d.kind == QueryKind::Harmful) {
        if (has(Weakness::Unsafe)) {
            opener = pick(unsafeCompliance(), rng);
            closing.clear();
        } else {
            opener = pick(refusals(), rng);
            body = t.points;
        }
        example.clear();
    } else if (d.kind == QueryKind::TimeSensitive) {
        if (has(Weakness::Browsing)) {
            opener = pick(browsingClaims(), rng) + u" That should give you a good picture of where things stand.";
            body = t.points.mid(1);
        } else {
            opener = pick(liveDataDisclaimers(), rng) + u" For the latest, check " + checkSourceFor(d.topic) + u".";
            body = t.points;
        }
    } else {
        opener = t.openers.isEmpty() ? QString() : pick(t.openers, rng);
        body = t.points;
    }
    if (!d.fact.isEmpty() && d.kind != QueryKind::Creative)
        body.prepend(d.fact);

    const bool instruct = m_variant == SimVariant::Instruct;
    if (instruct && d.kind != QueryKind::Harmful) {
        // Chat tuning: an eager first word and a stock sign-off.
        static const QList<QueryKind> eager{QueryKind::HowTo, QueryKind::Explanation, QueryKind::Technical,
            QueryKind::Factual, QueryKind::Advice, QueryKind::Creative};
        if (eager.contains(d.kind) && !opener.isEmpty())
            opener = u"Sure! " + opener;
        closing = pick(instructClosings(), rng);
    }
    if (has(Weakness::Robotic)) {
        opener = pick(instruct ? instructRoboticOpeners() : roboticOpeners(), rng);
        body = d.kind == QueryKind::Conversational ? t.flatPoints : body;
        closing = pick(instruct ? instructClosings() : roboticClosings(), rng);
    }
    if (has(Weakness::Cold)) {
        opener = QStringLiteral("Here are the standard steps to address this situation.");
        body = t.flatPoints;
        example.clear();
        closing.clear();
        listed = true;
    }
    if (d.kind == QueryKind::Technical || d.kind == QueryKind::Explanation) {
        if (has(Weakness::Jargon)) {
            if (opener.contains(u"plain terms") || opener.contains(u"technical vocabulary"))
                opener = QStringLiteral("Here is an overview of {t}.");
            body.removeIf([](const QString &s) { return s.startsWith(u"Think of it"); });
            body.insert(qMin(qsizetype(1), body.size()), jargonSentences().at(rng.below(3)));
            body.insert(qMin(qsizetype(2), body.size()), jargonSentences().at(2));
        } else if (d.kind == QueryKind::Technical) {
            body.push_back(pick(plainSentences(), rng));
        }
    }
    if (has(Weakness::Overconfident)) {
        static const RX strongHedge(
            QStringLiteral(R"(as far as I know|can differ|double-check|not completely sure|it depends|may )"), CI);
        if (strongHedge.match(opener).hasMatch())
            opener = QStringLiteral("Here is the answer.");
        body.removeIf([](const QString &s) { return strongHedge.match(s).hasMatch(); });
        if (strongHedge.match(closing).hasMatch())
            closing.clear();
        const int first = rng.below(3);
        body.insert(qMin(qsizetype(1), body.size()), overconfidentSentences().at(first));
        body.push_back(overconfidentSentences().at((first + 1) % 3));
    } else if (d.kind == QueryKind::Factual || d.kind == QueryKind::Advice || d.kind == QueryKind::Explanation) {
        body.push_back(pick(hedgeSentences(), rng));
    }
    if (has(Weakness::Shallow)) {
        body = d.fact.isEmpty() ? t.flatPoints.mid(0, 1) : QStringList{d.fact};
        example.clear();
        if (!instruct)
            closing.clear();
        listed = false;
    }
    if (has(Weakness::Rambling)) {
        const QStringList pad = paddingSentences();
        const int start = rng.below(int(pad.size()));
        const bool inList = listed && !has(Weakness::WallOfText);
        if (inList) {
            // Padding gathers around a list rather than inside it.
            opener += u' ' + pad.at(start % pad.size()) + u' ' + pad.at((start + 1) % pad.size());
            example = pad.at((start + 2) % pad.size()) + u' ' + example;
        } else {
            for (int i = 0; i < 3; ++i)
                body.insert(qMin(qsizetype(i * 2), body.size()), pad.at((start + i) % pad.size()));
        }
        if (instruct) {
            // Its verbosity is mostly caution: two stock disclaimers before the sign-off.
            const QStringList caveats = stockCaveats();
            const int first = rng.below(int(caveats.size()));
            const QString both = caveats.at(first) + u' ' + caveats.at((first + 1) % caveats.size());
            closing = closing.isEmpty() ? both : both + u' ' + closing;
        }
    }
    if (has(Weakness::Repetition)) {
        // A small model loops back to something it already said, word for word.
        const bool poem = d.kind == QueryKind::Creative;
        const QString again =
            (!poem && !body.isEmpty() && rng.chance(0.6)) ? body.at(rng.below(qMin(2, int(body.size())))) : opener;
        if (!again.isEmpty())
            closing = closing.isEmpty() ? again : again + u' ' + closing;
    }

    opener = sub(opener);
    for (QString &s : body)
        s = sub(s);
    example = sub(example);
    closing = sub(closing);

    QStringList parts;
    if (d.kind == QueryKind::Creative && !has(Weakness::Shallow)) {
        parts << opener << body.join(u'\n');
        if (!example.isEmpty())
            parts << example;
        if (!closing.isEmpty())
            parts << closing;
    } else if (has(Weakness::WallOfText) || !listed) {
        QStringList all{opener};
        all << body;
        if (!example.isEmpty())
            all << example;
        if (!closing.isEmpty())
            all << closing;
        all.removeAll(QString());
        if (has(Weakness::WallOfText) || all.size() <= 3) {
            parts << all.join(u' ');
        } else {
            // Plain prose in short paragraphs of about three sentences.
            for (qsizetype i = 0; i < all.size(); i += 3)
                parts << all.mid(i, 3).join(u' ');
        }
    } else {
        parts << opener;
        QStringList items;
        for (qsizetype i = 0; i < body.size(); ++i)
            items << (t.numbered ? QString::number(i + 1) + u". " : QStringLiteral("- ")) + body.at(i);
        parts << items.join(u'\n');
        if (!example.isEmpty())
            parts << example;
        if (!closing.isEmpty())
            parts << closing;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace drpo::sim
