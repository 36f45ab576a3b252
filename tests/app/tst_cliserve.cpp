// SPDX-License-Identifier: GPL-3.0-or-later
// drpo serve and drpo export as a user runs them: a real process, a Qt client, the fake
// OpenAI server as the base model; the same upstream request as drpo ask; keys never written.
#include "fakellmserver.h"
#include "io/profilefile.h"
#include "reward/requestbuilder.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &args, int timeoutMs = 60'000)
{
    QProcess p;
    p.start(qEnvironmentVariable("DRPO_CLI"), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

model::AlignmentProfile profile(bool simulated)
{
    model::AlignmentProfile p;
    p.systemPrompt = u"You are careful.\n- Never claim to browse the web.\n- Use short lists."_s;
    p.k = 2;
    p.simulated = simulated;
    p.baseModel = simulated ? u"sim-base"_s : u"fake-model"_s;
    const QList<std::pair<QString, QString>> shots{{u"How do I boil an egg?"_s, u"Boil it for 8 minutes."_s},
        {u"What is the weather in Oslo today?"_s, u"I cannot check live weather."_s},
        {u"Write a poem about the sea"_s, u"Waves \"\"\" roll in."_s},
        {u"How long should I boil pasta?"_s, u"About 10 minutes."_s}};
    for (const auto &[q, a] : shots) {
        model::Example e;
        e.id = q.left(6);
        e.query = q;
        e.answer = a;
        p.examples.push_back(e);
    }
    return p;
}

QString saveProfile(const QTemporaryDir &dir, const QString &name, const model::AlignmentProfile &p)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!io::saveProfile(path, p, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

// A running `drpo serve`, its URL read from its first line on stderr.
class ServeProcess {
public:
    explicit ServeProcess(
        const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("DRPO_CLI"), QStringList{u"serve"_s, u"--port"_s, u"0"_s} + args);
        static const QRegularExpression urlLine(u"drpo serve: (http://\\S+/v1)"_s);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            if (const auto m = urlLine.match(m_err); m.hasMatch()) {
                url = m.captured(1);
                return;
            }
        }
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // SIGTERM, then the exit code.
    int stop()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString output() const { return m_out + m_err; }

    QString url;

private:
    QProcess m_process;
    QString m_err;
    QString m_out;
};

struct Reply {
    int status = 0;
    QByteArray body;
};

Reply post(const QString &url, const QJsonObject &body, const QByteArray &key = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + key);
    QNetworkReply *reply = body.isEmpty() ? nam.get(r) : nam.post(r, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return out;
}

QJsonObject chat(const QString &model, const QString &text)
{
    return QJsonObject{
        {u"model"_s, model}, {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
}

} // namespace

class TestCliServe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name the drpo binary");
    }

    void export_threeFormats_fileAndStdout()
    {
        QTemporaryDir dir;
        const QString p = saveProfile(dir, u"p.json"_s, profile(false));
        const QString modelfile = dir.filePath(u"Modelfile"_s);
        Result r = runCli({u"export"_s, u"--profile"_s, p, u"--format"_s, u"ollama"_s, u"--out"_s, modelfile});
        QCOMPARE(r.code, 0);
        QFile f(modelfile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"\nFROM fake-model\n"_s));
        QVERIFY(text.contains(u"SYSTEM \"\"\"You are careful."_s));
        QCOMPARE(text.count(u"MESSAGE user"_s), 2); // K examples, fixed
        QVERIFY(text.contains(u"static"_s));

        r = runCli({u"export"_s, u"--profile"_s, p, u"--format"_s, u"openai-messages"_s, u"--examples"_s, u"all"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray msgs = o.value(u"messages"_s).toArray();
        QCOMPARE(msgs.size(), 1 + 2 * 4 + 1);
        QCOMPARE(msgs.first().toObject().value(u"content"_s).toString(), profile(false).systemPrompt);
        QCOMPARE(msgs.last().toObject().value(u"content"_s).toString(), u"{query}"_s);

        r = runCli({u"export"_s, u"--profile"_s, p, u"--format"_s, u"markdown"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"## System prompt"_s));
        QVERIFY(r.out.contains(u"### 4. How long should I boil pasta?"_s));

        r = runCli({u"export"_s, u"--profile"_s, p, u"--format"_s, u"pdf"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"ollama, openai-messages, markdown"_s));
        r = runCli({u"export"_s, u"--profile"_s, dir.filePath(u"missing.json"_s), u"--format"_s, u"markdown"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"missing.json"_s));
    }

    void serve_demo_answersThenStopsOnSigterm()
    {
        QTemporaryDir dir;
        const QString p = saveProfile(dir, u"demo-profile.json"_s, profile(true));
        ServeProcess serve({u"--profile"_s, p, u"--demo"_s});
        QVERIFY2(!serve.url.isEmpty(), qPrintable(serve.output()));
        QCOMPARE(post(serve.url.chopped(3) + u"/health"_s, {}).status, 200);
        const Reply models = post(serve.url + u"/models"_s, {});
        QVERIFY(models.body.contains("\"demo-profile\""));
        const Reply r = post(serve.url + u"/chat/completions"_s, chat(u"demo-profile"_s, u"Is it raining in Oslo?"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(!QJsonDocument::fromJson(r.body).object().value(u"choices"_s).toArray().isEmpty());
        QCOMPARE(serve.stop(), 0);
        QVERIFY(serve.output().contains(u"200 POST /v1/chat/completions model=demo-profile"_s));
        QVERIFY(serve.output().contains(u"drpo serve: stopped"_s));
    }

    void serve_sameUpstreamRequestAsAsk_chatAndCompletionProfiles()
    {
        test::FakeLlmServer upstream;
        QVERIFY(upstream.start());
        QTemporaryDir dir;
        model::AlignmentProfile completion = profile(false);
        completion.assemblyTemplate = reward::RequestBuilder::defaultAssemblyTemplate();
        const QString chatProfile = saveProfile(dir, u"chat.json"_s, profile(false));
        const QString completionProfile = saveProfile(dir, u"completion.json"_s, completion);
        const QStringList base{u"--base-url"_s, upstream.baseUrl(), u"--base-model"_s, u"fake-model"_s};
        const QString query = u"How many minutes should I boil an egg?"_s;

        for (const QString &p : {chatProfile, completionProfile}) {
            upstream.clearRequests();
            // No cache: it outlives the test in test-home, and a later run on the same port
            // would be answered from it without calling the upstream (flaky: 0 requests).
            const Result ask =
                runCli(QStringList{u"ask"_s, u"--profile"_s, p, u"--no-cache"_s} + base + QStringList{query});
            QCOMPARE(ask.code, 0);
            QCOMPARE(upstream.requestCount(), 1);
            const test::FakeRequest asked = upstream.requests().first();

            upstream.clearRequests();
            ServeProcess serve(QStringList{u"--profile"_s, u"aligned="_s + p} + base);
            QVERIFY2(!serve.url.isEmpty(), qPrintable(serve.output()));
            const Reply r = post(serve.url + (p == chatProfile ? u"/chat/completions"_s : u"/completions"_s),
                p == chatProfile ? chat(u"aligned"_s, query)
                                 : QJsonObject{{u"model"_s, u"aligned"_s}, {u"prompt"_s, query}});
            QCOMPARE(r.status, 200);
            QCOMPARE(upstream.requestCount(), 1);
            const test::FakeRequest served = upstream.requests().first();
            QCOMPARE(served.path, asked.path);
            QCOMPARE(served.json.value(u"messages"_s), asked.json.value(u"messages"_s));
            QCOMPARE(served.json.value(u"prompt"_s), asked.json.value(u"prompt"_s));
            QCOMPARE(served.json.value(u"stop"_s), asked.json.value(u"stop"_s));
            QVERIFY(served.text().contains(u"How do I boil an egg?"_s)); // the retrieved example
            QCOMPARE(serve.stop(), 0);
        }
    }

    void serve_bearerKey_requiredAndNeverWritten()
    {
        test::FakeLlmServer upstream;
        QVERIFY(upstream.start());
        QTemporaryDir dir;
        const QString p = saveProfile(dir, u"p.json"_s, profile(false));
        const QByteArray clientKey = "client-KEY-do-not-write-8c1e";
        const QByteArray upstreamKey = "upstream-KEY-do-not-write-77aa";
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DRPO_TEST_CLIENT_KEY"_s, QString::fromLatin1(clientKey));
        env.insert(u"DRPO_TEST_UPSTREAM_KEY"_s, QString::fromLatin1(upstreamKey));
        const QString cache = dir.filePath(u"cache.sqlite"_s);
        ServeProcess serve({u"--profile"_s, p, u"--api-key-env"_s, u"DRPO_TEST_CLIENT_KEY"_s, u"--base-url"_s,
                               upstream.baseUrl(), u"--base-model"_s, u"fake-model"_s, u"--base-key-env"_s,
                               u"DRPO_TEST_UPSTREAM_KEY"_s, u"--cache"_s, cache},
            env);
        QVERIFY2(!serve.url.isEmpty(), qPrintable(serve.output()));
        QCOMPARE(post(serve.url + u"/chat/completions"_s, chat(u"p"_s, u"hi"_s)).status, 401);
        QCOMPARE(post(serve.url + u"/chat/completions"_s, chat(u"p"_s, u"hi"_s), "wrong").status, 401);
        const Reply ok = post(serve.url + u"/chat/completions"_s, chat(u"p"_s, u"a private question"_s), clientKey);
        QCOMPARE(ok.status, 200);
        QCOMPARE(upstream.requests().first().headers.value("authorization"), "Bearer " + upstreamKey);
        QCOMPARE(serve.stop(), 0);
        // Neither key in anything the server printed or wrote (the cache file included),
        // and no request body in the log without --log-bodies.
        const QString printed = serve.output();
        QVERIFY(!printed.contains(QString::fromLatin1(clientKey)));
        QVERIFY(!printed.contains(QString::fromLatin1(upstreamKey)));
        QVERIFY(!printed.contains(u"a private question"_s));
        QStringList scanned;
        for (const QString &root : {dir.path(), qEnvironmentVariable("XDG_CACHE_HOME"),
                 qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME")}) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(clientKey) && !bytes.contains(upstreamKey), qPrintable(f.fileName()));
                scanned << f.fileName();
            }
        }
        QVERIFY(scanned.contains(cache));
    }

    void serve_unsafeOrIncompleteSetups_refusedWithTheReason()
    {
        QTemporaryDir dir;
        const QString sim = saveProfile(dir, u"sim.json"_s, profile(true));
        const QString real = saveProfile(dir, u"real.json"_s, profile(false));
        Result r = runCli({u"serve"_s, u"--profile"_s, sim, u"--demo"_s, u"--host"_s, u"0.0.0.0"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--allow-remote"_s), qPrintable(r.err));
        r = runCli({u"serve"_s, u"--profile"_s, sim, u"--demo"_s, u"--host"_s, u"0.0.0.0"_s, u"--allow-remote"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--api-key-env"_s), qPrintable(r.err));
        r = runCli({u"serve"_s, u"--profile"_s, sim, u"--demo"_s, u"--api-key-env"_s, u"DRPO_SURELY_UNSET_VAR"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"DRPO_SURELY_UNSET_VAR"_s));
        r = runCli({u"serve"_s, u"--profile"_s, real});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--base-url"_s));
        r = runCli({u"serve"_s, u"--profile"_s, u"a="_s + sim, u"--profile"_s, u"a="_s + sim, u"--demo"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"different names"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cliserve.moc"
