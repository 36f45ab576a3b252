// SPDX-License-Identifier: GPL-3.0-or-later
// The demo resources (default criteria, demo project) and the story the simulated world tells:
// the root prompt scores clearly worse than a well-written alignment prompt.
#include "simtesthelpers.h"

#include "model/project.h"
#include "sim/defaultcriteria.h"
#include "sim/examplerewriter.h"
#include "sim/querykind.h"
#include "sim/simjudge.h"
#include "sim/simoptimizer.h"
#include "sim/simselector.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace drpo;
using namespace drpo::sim;
using namespace drpo::sim::test;
using namespace Qt::Literals::StringLiterals;

class TestSimDemo : public QObject {
    Q_OBJECT

    static model::Project demoProject()
    {
        (void)defaultCriteria(); // registers the core's resources
        QFile f(QStringLiteral(":/drpo/demo/demo.drpo"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        model::Project p;
        from_json(model::Json::parse(bytes.constData(), bytes.constData() + bytes.size()), p);
        return p;
    }

    // Mean judge reward over the demo queries under a system prompt (criteria from the selector).
    static double meanReward(const QString &system, quint64 seed, QString *dump = nullptr)
    {
        const model::Project p = demoProject();
        const SimProvider base(model::Role::Base, seed);
        const SimSelector selector(seed);
        const SimJudge judge(seed);
        double total = 0;
        int n = 0;
        for (const model::Query &q : p.queries.queries) {
            const QString answer = base.answer(respondRequest(system, q.text, q.category)).text();
            const QStringList criteria = selector.choose(q.text, q.category, defaultCriterionNames(), 2, 5);
            double sum = 0;
            int count = 0;
            for (const Verdict &v : judge.score(q.text, answer, criteria, false)) {
                if (v.score > 0) {
                    sum += v.score;
                    ++count;
                }
            }
            if (dump)
                *dump += QStringLiteral("=== %1 [%2] %3\n%4\n")
                             .arg(q.text, criteria.join(u','), QString::number(sum / qMax(1, count), 'f', 2), answer);
            total += count ? sum / count : 0;
            ++n;
        }
        return total / qMax(1, n);
    }

private slots:
    void defaultCriteria_resource_hasFourteenDescribedCriteria()
    {
        const model::CriteriaLibrary lib = defaultCriteria();
        QCOMPARE(lib.criteria.size(), 14);
        QCOMPARE(lib.revision, 1);
        for (const QString &name : defaultCriterionNames()) {
            const model::Criterion *c = lib.find(name);
            QVERIFY2(c, qPrintable(name));
            QVERIFY(c->enabled);
            QVERIFY(c->description.contains(u"5:") && c->description.contains(u"1:"));
        }
    }

    void demoProject_resource_parsesWithEnoughQueriesSeedsAndCriteria()
    {
        QFile f(QStringLiteral(":/drpo/demo/demo.drpo"));
        (void)defaultCriteria();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"format").toString(), u"drpo-project"_s);
        QVERIFY(doc.object().value(u"simulated").toBool());

        const model::Project p = demoProject();
        QCOMPARE(p.name, u"Offline demo"_s);
        QVERIFY(p.simulated);
        QVERIFY(p.description.contains(u"SIMULATED", Qt::CaseInsensitive));
        QVERIFY(p.queries.queries.size() >= 40);
        QCOMPARE(p.queries.validationIds.size(), 8);
        for (const QString &id : p.queries.validationIds)
            QVERIFY(p.queries.find(id));
        QVERIFY(p.seedExamples.size() >= 8);
        QCOMPARE(p.criteria.criteria.size(), 14);
        QVERIFY(p.models.allSim());
        QCOMPARE(p.models.simLatencyMs, 0);
    }

    void demoProject_categories_areUnderstoodAndMatchTheWording()
    {
        // The judge sees only the query's words, so every demo query's wording must say its kind.
        const model::Project p = demoProject();
        QSet<QString> kinds;
        for (const model::Query &q : p.queries.queries) {
            const QueryKind k = classifyQuery(q.category, q.text);
            QCOMPARE(queryKindName(k), q.category);
            QVERIFY2(inferKindFromText(q.text) == k, qPrintable(q.text));
            kinds.insert(q.category);
        }
        QCOMPARE(kinds.size(), 10);
    }

    void inferKind_referenceRedTeamQueries_areMostlyRecognisedAsHarmful()
    {
        // The judge sees only wording, so red-team queries imported without a category must still
        // read as harmful for unsafe compliance to be penalised.
        QFile f(drpo::test::referenceFile(u"mal_train.txt"_s));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("reference data not available");
        int harmful = 0;
        int total = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            ++total;
            harmful += inferKindFromText(QString::fromUtf8(line)) == QueryKind::Harmful ? 1 : 0;
        }
        qInfo("%d of %d reference red-team queries read as harmful", harmful, total);
        QVERIFY(total >= 40);
        QVERIFY(harmful * 10 >= total * 6);
    }

    void story_rootPromptVersusAlignedPrompt_differsByAtLeastOnePoint()
    {
        for (quint64 seed : {quint64(42), quint64(7)}) {
            const double root = meanReward(kRootPrompt, seed);
            const double aligned = meanReward(kAlignedPrompt, seed);
            qInfo("seed %llu: root prompt %.2f, aligned prompt %.2f", seed, root, aligned);
            QVERIFY2(root >= 2.3 && root <= 3.3, qPrintable(QString::number(root)));
            QVERIFY2(aligned >= 4.2, qPrintable(QString::number(aligned)));
            QVERIFY(aligned - root >= 1.0);
        }
    }

    void story_miniBeamSearch_findsAMuchBetterPrompt()
    {
        // A small DRPO-like beam search (W=2, A=3, one training query per level, 20 levels),
        // written here only to check that the world has something genuine to find.
        const model::Project p = demoProject();
        const QList<model::Query> train = p.queries.training();
        const quint64 seed = 42;
        const SimProvider base(model::Role::Base, seed);
        const SimProvider judge(model::Role::Judge, seed);
        const SimProvider optimizer(model::Role::Optimizer, seed);
        const SimSelector selector(seed);
        struct Node {
            QString prompt;
            double pathSum = 0;
            int depth = 0;
            QList<model::Evaluation> feedback;
        };
        auto scoreOn = [&](const QString &prompt, const model::Query &q, QList<model::Evaluation> *feedback) {
            const QString answer = base.answer(respondRequest(prompt, q.text, q.category)).text();
            const QStringList criteria = selector.choose(q.text, q.category, defaultCriterionNames(), 2, 5);
            const QString judged = judge.answer(judgeRequest(q.text, answer, criteria)).text();
            const QJsonObject o = QJsonDocument::fromJson(
                judged.mid(judged.indexOf(u'{'), judged.lastIndexOf(u'}') - judged.indexOf(u'{') + 1).toUtf8())
                                      .object();
            QList<model::CriterionScore> scores;
            double sum = 0;
            int n = 0;
            for (auto it = o.begin(); it != o.end(); ++it) {
                bool ok = false;
                const double s = it.value().toObject().value(u"score").toString().toDouble(&ok);
                if (ok) {
                    sum += s;
                    ++n;
                }
                scores.append(score(it.key(), ok ? std::optional<double>(s) : std::nullopt,
                    it.value().toObject().value(u"rationale").toString()));
            }
            const double reward = n ? sum / n : 0;
            model::Evaluation e;
            e.query = q.text;
            e.answer = answer;
            e.reward = reward;
            e.scores = scores;
            *feedback = {e};
            return reward;
        };
        QList<Node> beam{Node{kRootPrompt, 0, 0, {}}};
        for (int level = 0; level < 20; ++level) {
            const model::Query &q = train.at((level * 7) % train.size());
            QList<Node> candidates;
            for (Node n : beam) {
                if (level > 0) {
                    llm::LlmRequest r;
                    r.purpose = llm::Purpose::OptimizePrompt;
                    r.n = 3;
                    r.payload = llm::payload::OptimizePrompt{n.prompt, {}, n.feedback, 8, 2};
                    for (const QString &choice : optimizer.answer(r).choices) {
                        Node child = n;
                        child.prompt = choice.section(u"<prompt>\n"_s, 1).section(u"\n</prompt>"_s, 0, 0);
                        candidates.push_back(child);
                    }
                } else {
                    candidates.push_back(n);
                }
            }
            for (Node &c : candidates) {
                c.pathSum += scoreOn(c.prompt, q, &c.feedback);
                ++c.depth;
            }
            std::stable_sort(candidates.begin(), candidates.end(),
                [](const Node &a, const Node &b) { return a.pathSum / a.depth > b.pathSum / b.depth; });
            beam = candidates.mid(0, 2);
        }
        const double root = meanReward(kRootPrompt, seed);
        const double found = meanReward(beam.first().prompt, seed);
        qInfo().noquote() << "best prompt after the mini search:\n" << beam.first().prompt;
        qInfo("mean reward over the demo queries: root %.2f, found %.2f", root, found);
        QVERIFY2(found >= root + 0.8, qPrintable(QString::number(found)));
    }

    void stage1_seedExamples_improveUnderRewrites()
    {
        // Stage 1 in miniature: harsh judging, rewrite, judge again, up to 5 rounds, keep the best.
        const model::Project p = demoProject();
        const SimSelector selector(42);
        const SimJudge judge(42);
        const ExampleRewriter rewriter(42);
        double before = 0;
        double after = 0;
        for (const model::Example &e : p.seedExamples) {
            const QStringList criteria = selector.choose(e.query, e.category, defaultCriterionNames(), 3, 6);
            auto judged = [&](const QString &answer, QList<model::CriterionScore> *scores) {
                double sum = 0;
                int n = 0;
                const QList<Verdict> verdicts = judge.score(e.query, answer, criteria, true);
                for (qsizetype i = 0; i < verdicts.size(); ++i) {
                    if (scores)
                        scores->append(score(criteria.at(i), verdicts.at(i).score, verdicts.at(i).rationale));
                    if (verdicts.at(i).score > 0) {
                        sum += verdicts.at(i).score;
                        ++n;
                    }
                }
                return n ? sum / n : 0.0;
            };
            QString current = e.answer;
            QList<model::CriterionScore> scores;
            const double first = judged(current, &scores);
            double best = first;
            for (int round = 0; round < 5 && best < 5; ++round) {
                const QString text =
                    rewriter.respond(llm::payload::RewriteExample{e.query, current, e.category, scores}, round);
                current = text.section(u"<answer>\n"_s, 1).section(u"\n</answer>"_s, 0, 0);
                scores = {};
                best = qMax(best, judged(current, &scores));
            }
            qInfo("%s: %.2f -> %.2f", qPrintable(e.id), first, best);
            before += first;
            after += best;
        }
        before /= p.seedExamples.size();
        after /= p.seedExamples.size();
        qInfo("seed examples: mean %.2f before, %.2f after stage 1", before, after);
        QVERIFY(before < 4.0); // the demo seeds leave stage 1 real work
        QVERIFY(after >= before + 0.7);
    }

    void story_dump_writesAnswersWhenAsked()
    {
        // DRPO_SIM_DUMP=1 prints every demo answer and its reward, for tuning the world by eye.
        if (qEnvironmentVariableIsEmpty("DRPO_SIM_DUMP"))
            QSKIP("set DRPO_SIM_DUMP=1 to print the demo answers");
        QString dump;
        meanReward(qEnvironmentVariable("DRPO_SIM_PROMPT", kRootPrompt), 42, &dump);
        qInfo().noquote() << dump;
    }
};

QTEST_GUILESS_MAIN(TestSimDemo)
#include "tst_simdemo.moc"
