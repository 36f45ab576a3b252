// The demo resources (default criteria, demo project) and the story the simulated world tells:
// the root prompt scores clearly worse than a well-written alignment prompt.
#include "simtesthelpers.h"

#include "model/project.h"
#include "sim/defaultcriteria.h"
#include "sim/querykind.h"
#include "sim/simjudge.h"
#include "sim/simselector.h"

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
                *dump += QStringLiteral("=== %1 [%2] %3\n%4\n").arg(q.text, criteria.join(u','), QString::number(sum / qMax(1, count), 'f', 2), answer);
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
