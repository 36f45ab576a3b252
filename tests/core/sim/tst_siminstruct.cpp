// SPDX-License-Identifier: GPL-3.0-or-later
// The instruct-like simulated base (--base-model sim-instruct) and the simulated evaluation
// judge: the variant is named like a model, is safer than the base but more verbose, hedging
// and shallow, answers to the same prompt cues; the judge reads a benchmark's category and
// says N/A where a just-eval aspect cannot apply.
#include "simtesthelpers.h"

#include "eval/benchmarkimporter.h"
#include "llm/providerfactory.h"
#include "sim/evaluatefields.h"
#include "sim/simjudge.h"
#include "sim/textfeatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace drpo;
using namespace drpo::sim;
using namespace drpo::sim::test;

namespace {

QString answer(SimVariant v, const QString &system, const eval::BenchmarkItem &item)
{
    return SimProvider(model::Role::Base, 42, 0, v)
        .answer(respondRequest(system, item.instruction, item.category))
        .text();
}

QList<eval::BenchmarkItem> demoItems()
{
    io::FileError error;
    const std::optional<eval::Benchmark> b = eval::demoBenchmark(&error);
    if (!b)
        qFatal("%s", qPrintable(error.toString()));
    return b->items;
}

// Figures of one model over the demo benchmark.
struct Profile {
    double words = 0; // mean words of the regular answers
    int unsafe = 0;   // safety items it went along with
    int caveats = 0;  // regular answers with two or more stock disclaimers
    int thin = 0;     // regular answers that are short or say little
    double depth = 0; // the judge's mean depth on the regular items
};

Profile profileOf(SimVariant v, const QString &system)
{
    Profile p;
    int regular = 0;
    const SimJudge judge(42);
    for (const eval::BenchmarkItem &item : demoItems()) {
        const QString a = answer(v, system, item);
        const TextFeatures f = analyzeAnswer(a, classifyQuery(item.category, item.instruction));
        if (item.isSafety()) {
            p.unsafe += f.refusal ? 0 : 1;
            continue;
        }
        ++regular;
        p.words += f.words;
        p.caveats += f.stockCaveats >= 2 ? 1 : 0;
        p.thin += (f.shallow() || f.generic()) ? 1 : 0;
        p.depth += judge.score(item.instruction, a, {u"depth"_s}, false).first().score;
    }
    p.words /= regular;
    p.depth /= regular;
    return p;
}

} // namespace

class TestSimInstruct : public QObject {
    Q_OBJECT

private slots:
    void modelName_selectsTheVariant_unknownNamesRefused()
    {
        QCOMPARE(SimProvider(model::Role::Base, 1, 0, SimVariant::Instruct).model(), u"sim-instruct"_s);
        QCOMPARE(SimProvider(model::Role::Judge, 1, 0, SimVariant::Instruct).model(), u"sim-judge"_s);
        model::RoleConfig c;
        c.model = u"sim-instruct"_s;
        QString error;
        const auto p = llm::makeProvider(model::Role::Base, c, {}, 1, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->model(), u"sim-instruct"_s);
        c.model = u"sim-huge"_s;
        QVERIFY(!llm::makeProvider(model::Role::Base, c, {}, 1, &error));
        QVERIFY2(error.contains(u"sim-base, sim-instruct"_s), qPrintable(error));
        c.model.clear();
        QCOMPARE(llm::makeProvider(model::Role::Base, c, {}, 1, &error)->model(), u"sim-base"_s);
    }

    void instruct_saferButVerboseHedgingAndShallow()
    {
        const Profile base = profileOf(SimVariant::Base, kRootPrompt);
        const Profile chat = profileOf(SimVariant::Instruct, kRootPrompt);
        QVERIFY2(chat.unsafe * 3 < base.unsafe, qPrintable(u"%1 vs %2"_s.arg(chat.unsafe).arg(base.unsafe)));
        QVERIFY2(chat.words > base.words * 1.2, qPrintable(u"%1 vs %2"_s.arg(chat.words).arg(base.words)));
        QVERIFY(chat.caveats > 40); // of 80 regular answers
        QCOMPARE(base.caveats, 0);
        QVERIFY2(chat.thin > 30, qPrintable(QString::number(chat.thin)));
        QVERIFY(chat.depth < 4.0);
    }

    void instruct_followsPromptCues_likeTheBase()
    {
        // The same mechanics: a prompt that asks for concise, detailed answers with examples
        // removes most of the padding and the thin answers.
        const QString prompt = kAlignedPrompt + u"\n- Be concise: no padding or filler."_s;
        const Profile plain = profileOf(SimVariant::Instruct, kRootPrompt);
        const Profile aligned = profileOf(SimVariant::Instruct, prompt);
        QVERIFY2(
            aligned.caveats * 4 < plain.caveats, qPrintable(u"%1 vs %2"_s.arg(aligned.caveats).arg(plain.caveats)));
        QVERIFY2(aligned.thin * 3 < plain.thin, qPrintable(u"%1 vs %2"_s.arg(aligned.thin).arg(plain.thin)));
        QVERIFY(aligned.depth > plain.depth + 0.5);
    }

    void baseVariant_unchangedByTheVariantParameter()
    {
        const eval::BenchmarkItem item = demoItems().first();
        const QString viaDefault = SimProvider(model::Role::Base, 42)
                                       .answer(respondRequest(kRootPrompt, item.instruction, item.category))
                                       .text();
        QCOMPARE(answer(SimVariant::Base, kRootPrompt, item), viaDefault);
        QVERIFY(answer(SimVariant::Instruct, kRootPrompt, item) != viaDefault);
    }

    void evaluateFields_categoryDecidesHarm()
    {
        EvaluateFields f;
        f.query = u"How do I kill a stuck process on Linux?"_s;
        f.category = u"regular"_s;
        QVERIFY(f.kind() != QueryKind::Harmful);
        f.category = u"safety"_s;
        f.query = u"What is a nice thing to say?"_s;
        QCOMPARE(f.kind(), QueryKind::Harmful);
        const EvaluateFields read = EvaluateFields::read(
            llm::payload::Evaluate{u"q"_s, u"a"_s, {u"helpfulness"_s, u" depth "_s, u""_s}, u" Safety "_s});
        QCOMPARE(read.aspects, (QStringList{u"helpfulness"_s, u"depth"_s}));
        QCOMPARE(read.category, u"safety"_s);
    }

    void evaluate_justEvalShape_naForFactualityOnAPoem()
    {
        EvaluateFields f;
        f.query = u"Write a haiku about morning frost."_s;
        f.answer = u"White breath on the glass,\nthe lawn wears a silver coat,\nthe sun takes it back."_s;
        f.category = u"regular"_s;
        f.aspects = {u"helpfulness"_s, u"clarity"_s, u"factuality"_s, u"depth"_s, u"engagement"_s};
        const SimJudge judge(42);
        int parsed = 0;
        for (int sample = 0; sample < 40; ++sample) {
            QString text = judge.evaluate(f, sample);
            const qsizetype open = text.indexOf(u'{');
            const qsizetype close = text.lastIndexOf(u'}');
            const QJsonObject o = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8()).object();
            if (o.size() != 5)
                continue; // the odd answer is cut off, as a real judge's can be
            ++parsed;
            QCOMPARE(o.value(u"factuality").toObject().value(u"score").toString(), u"N/A"_s);
            QVERIFY(!o.value(u"depth").toObject().value(u"reason").toString().isEmpty());
            QVERIFY(o.value(u"helpfulness").toObject().value(u"score").isString());
        }
        QVERIFY(parsed >= 34);
    }
};

QTEST_GUILESS_MAIN(TestSimInstruct)
#include "tst_siminstruct.moc"
