// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/runfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fingerprint(const model::RunRecord &r)
{
    QByteArray out;
    for (const model::Node &n : r.nodes)
        out += n.id.toUtf8() + ' ' + n.parentId.toUtf8() + ' ' + n.prompt.toUtf8() + ' ' +
            QByteArray::number(n.reward.value_or(-1), 'f', 6) + '\n';
    out += r.bestNodeId.toUtf8() + ' ' + QByteArray::number(r.bestReward.value_or(-1), 'f', 6);
    return out;
}

} // namespace

// The CLI as a user drives it: optimize, SIGKILL mid-run, resume, inspect, ask, bad input.
class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void killThenResume_endsWithTheUninterruptedResult()
    {
        QTemporaryDir dir;
        const QStringList common{QStringLiteral("optimize"), QStringLiteral("--demo"), QStringLiteral("--depth"),
            QStringLiteral("8"), QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--quiet")};
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const Result whole = runCli(common + QStringList{QStringLiteral("--out"), a});
        QCOMPARE(whole.code, 0);
        QVERIFY(whole.out.contains(QStringLiteral("Best system prompt")));

        const QString b = dir.filePath(QStringLiteral("b.json"));
        QProcess victim;
        victim.start(qEnvironmentVariable("DRPO_CLI"),
            common + QStringList{QStringLiteral("--out"), b, QStringLiteral("--sim-latency-ms"), QStringLiteral("30")});
        QVERIFY(victim.waitForStarted());
        io::FileError fe;
        std::optional<model::RunRecord> partial;
        QTRY_VERIFY_WITH_TIMEOUT((partial = io::loadRunRecord(b, &fe)) && partial->levels.size() >= 3, 60000);
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished());
        partial = io::loadRunRecord(b, &fe);
        QVERIFY2(partial, qPrintable(fe.toString())); // the atomic rewrite never leaves a broken file
        QCOMPARE(partial->status, model::RunState::Running);
        QVERIFY(partial->levels.last().level < 8);

        const Result resumed =
            runCli({QStringLiteral("optimize"), QStringLiteral("--resume"), b, QStringLiteral("--quiet")});
        QCOMPARE(resumed.code, 0);
        const std::optional<model::RunRecord> ra = io::loadRunRecord(a, &fe);
        const std::optional<model::RunRecord> rb = io::loadRunRecord(b, &fe);
        QVERIFY(ra && rb);
        QCOMPARE(rb->status, model::RunState::Finished);
        QCOMPARE(fingerprint(*rb), fingerprint(*ra));
        QCOMPARE(rb->profile.systemPrompt, ra->profile.systemPrompt);

        const Result inspect = runCli({QStringLiteral("inspect"), b});
        QCOMPARE(inspect.code, 0);
        QVERIFY(inspect.out.contains(rb->bestNodeId));
        QVERIFY(inspect.out.contains(QStringLiteral("root")));

        const Result ask = runCli({QStringLiteral("ask"), QStringLiteral("--profile"), b, QStringLiteral("--demo"),
            QStringLiteral("What is the weather in Oslo right now?")});
        QCOMPARE(ask.code, 0);
        QVERIFY(ask.out.trimmed().size() > 20);
    }

    void embedderAndProviderFlags_reachTheRunAskAndModels()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run.json"));
        const Result r = runCli({QStringLiteral("optimize"), QStringLiteral("--demo"), QStringLiteral("--stage"),
            QStringLiteral("prompt"), QStringLiteral("--depth"), QStringLiteral("2"), QStringLiteral("--embedder-kind"),
            QStringLiteral("sim"), QStringLiteral("--budget"), QStringLiteral("5"), QStringLiteral("--timeout-ms"),
            QStringLiteral("5000"), QStringLiteral("--out"), run});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("ICL retrieval: cosine similarity of embeddings from sim")),
            qPrintable(r.err));
        io::FileError fe;
        const std::optional<model::RunRecord> record = io::loadRunRecord(run, &fe);
        QVERIFY2(record, qPrintable(fe.toString()));
        QCOMPARE(record->input.models.embedder.kind, QStringLiteral("sim"));
        QCOMPARE(record->input.models.provider.budgetUsd, 5.0);
        QCOMPARE(record->input.models.provider.timeoutMs, 5000);
        QVERIFY2(record->retrieval == u"embeddings (sim)", qPrintable(record->retrieval));
        QCOMPARE(record->usageByRole.value(QStringLiteral("embedder")).calls, 1);
        const Result inspect = runCli({QStringLiteral("inspect"), run});
        QVERIFY2(inspect.out.contains(QStringLiteral("ICL retrieval: embeddings (sim)")), qPrintable(inspect.out));

        // The resumed or re-asked run keeps the record's settings; ask retrieves by embeddings.
        const Result ask = runCli({QStringLiteral("ask"), QStringLiteral("--profile"), run, QStringLiteral("--demo"),
            QStringLiteral("--embedder-kind"), QStringLiteral("sim"), QStringLiteral("--show-prompt"),
            QStringLiteral("How do I change a flat bike tire?")});
        QCOMPARE(ask.code, 0);
        QVERIFY2(ask.out.contains(QStringLiteral("by embeddings")), qPrintable(ask.out));
        const Result lexical =
            runCli({QStringLiteral("ask"), QStringLiteral("--profile"), run, QStringLiteral("--demo"),
                QStringLiteral("--show-prompt"), QStringLiteral("How do I change a flat bike tire?")});
        QCOMPARE(lexical.code, 0);
        QVERIFY2(lexical.out.contains(QStringLiteral("by BM25")), qPrintable(lexical.out));

        const Result test = runCli({QStringLiteral("models"), QStringLiteral("test"), QStringLiteral("--embedder-kind"),
            QStringLiteral("sim")});
        QCOMPARE(test.code, 0);
        QVERIFY2(test.out.contains(QStringLiteral("embedder")), qPrintable(test.out));
        QVERIFY2(test.out.contains(QStringLiteral("budget: none")), qPrintable(test.out));
        const Result none = runCli({QStringLiteral("models"), QStringLiteral("test")});
        QVERIFY2(none.out.contains(QStringLiteral("none (ICL retrieval by BM25)")), qPrintable(none.out));

        const Result forecast = runCli({QStringLiteral("models"), QStringLiteral("forecast"),
            QStringLiteral("--embedder-kind"), QStringLiteral("sim"), QStringLiteral("--queries"),
            QStringLiteral("100"), QStringLiteral("--examples"), QStringLiteral("30")});
        QCOMPARE(forecast.code, 0);
        // 130 texts in batches of 64: 3 embeddings calls.
        QVERIFY2(
            forecast.out.contains(QRegularExpression(QStringLiteral("embedder\\s+3 calls"))), qPrintable(forecast.out));
    }

    void optimize_missingProject_namesTheFile()
    {
        const Result r = runCli({QStringLiteral("optimize"), QStringLiteral("/nonexistent/x.drpo")});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x.drpo")));
    }

    void optimize_malformedProject_namesLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.drpo"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"drpo-project\",\n  \"format_version\": 1,\n  \"queries\": {\"queries\": [}\n}\n");
        f.close();
        const Result r = runCli({QStringLiteral("optimize"), path});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("bad.drpo:4")), qPrintable(r.err));
    }

    void optimize_badFlag_explainsTheRange()
    {
        const Result r = runCli(
            {QStringLiteral("optimize"), QStringLiteral("--demo"), QStringLiteral("--beam"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--beam")));
    }

    void resume_finishedRun_isRefused()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(runCli({QStringLiteral("optimize"), QStringLiteral("--demo"), QStringLiteral("--stage"),
                            QStringLiteral("prompt"), QStringLiteral("--depth"), QStringLiteral("2"),
                            QStringLiteral("--quiet"), QStringLiteral("--out"), a})
                     .code,
            0);
        const Result r = runCli({QStringLiteral("optimize"), QStringLiteral("--resume"), a});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("already finished")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
