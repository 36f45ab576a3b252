// SPDX-License-Identifier: GPL-3.0-or-later
// Planted secrets: with API keys in the environment, the CLI and the workstation (headless)
// run whole demos, and runs against a server that uses the key and even echoes it back in its
// error messages; then every file they wrote (runs, projects, profiles, exports, caches,
// settings, backups, logs) and everything they printed is searched for the keys.
#include "fakellmserver.h"

#include "io/projectfile.h"

#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace drpo::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Distinctive, so a hit is never a coincidence.
const QMap<QString, QString> kSecrets{
    {u"OPENAI_API_KEY"_s, u"sk-PLANTED-openai-7f3a9c1e5b2d4f6a8c0e"_s},
    {u"ANTHROPIC_API_KEY"_s, u"sk-ant-PLANTED-anthropic-1b2c3d4e5f60"_s},
    {u"OPENROUTER_API_KEY"_s, u"sk-or-PLANTED-openrouter-9e8d7c6b5a40"_s},
    {u"DRPO_PLANTED_KEY"_s, u"sk-PLANTED-custom-00c0ffee00d15ea5e"_s},
};

struct Output {
    int code = -1;
    QByteArray printed; // stdout and stderr
};

class Sandbox {
public:
    Sandbox()
    {
        for (const char *sub : {"config", "cache", "data", "state", "work"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    }
    QString path(const QString &sub) const { return m_dir.filePath(sub); }
    QString root() const { return m_dir.path(); }

    Output run(const QString &program, const QStringList &args, int timeoutMs = 120'000) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = kSecrets.cbegin(); it != kSecrets.cend(); ++it)
            env.insert(it.key(), it.value());
        // Everything the programs keep for the user lands in the sandbox, where it is searched.
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_STATE_HOME"_s, path(u"state"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(path(u"work"_s));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        p.waitForFinished();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
    }

private:
    QTemporaryDir m_dir;
};

// Each secret, raw and in the encodings a careless writer might use.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    return {raw, raw.toBase64(), raw.toPercentEncoding(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
}

// "file: KEY" for every file under root holding a secret; *count gets the files searched.
QStringList leaks(const QString &root, int *count)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*count;
        const QByteArray bytes = f.readAll();
        for (auto s = kSecrets.cbegin(); s != kSecrets.cend(); ++s)
            for (const QByteArray &form : forms(s.value()))
                if (bytes.contains(form))
                    found << f.fileName() + u": "_s + s.key();
    }
    return found;
}

QStringList leaksIn(const QByteArray &printed, const QString &what)
{
    QStringList found;
    for (auto s = kSecrets.cbegin(); s != kSecrets.cend(); ++s)
        if (printed.contains(s.value().toUtf8()))
            found << what + u": "_s + s.key();
    return found;
}

// The demo project with every chat role on the fake server, keyed by DRPO_PLANTED_KEY.
model::Project serverProject(const FakeLlmServer &server)
{
    io::FileError fe;
    model::Project p = *io::loadDemoProject(&fe);
    p.simulated = false;
    for (model::Role r : model::kAllRoles) {
        model::RoleConfig &c = p.models.role(r);
        c.kind = u"openai"_s;
        c.baseUrls = {server.baseUrl()};
        c.model = u"fake-model"_s;
        c.keyEnv = u"DRPO_PLANTED_KEY"_s;
        c.concurrency = 4;
    }
    p.models.provider.cache = model::CacheMode::On; // the default cache file, in the sandbox
    p.settings.depth = 2;
    p.settings.stage1Rounds = 1;
    return p;
}

// Errors that carry the key back, as some servers do ("Incorrect API key provided: sk-…").
void plantEchoes(FakeLlmServer &server)
{
    const QByteArray key = kSecrets.value(u"DRPO_PLANTED_KEY"_s).toUtf8();
    server.injectFault(
        FakeFault::httpStatus(500, R"({"error":{"message":"upstream failed for key )" + key + "\"}}"), 3);
    server.injectFault(FakeFault::httpStatus(429, "rate limited: " + key, "0.05"), 2);
}

} // namespace

class TstPlantedSecret : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("DRPO_CLI")), "DRPO_CLI must name drpo"); }

    void cli_demoAndServerRuns_noFileAndNoOutputHoldsAKey()
    {
        const QString cli = qEnvironmentVariable("DRPO_CLI");
        Sandbox box;
        FakeLlmServer server;
        QVERIFY(server.start());
        plantEchoes(server);
        QStringList found;
        auto step = [&](const QStringList &args, bool mustSucceed = true) {
            const Output o = box.run(cli, args);
            if (mustSucceed)
                QVERIFY2(o.code == 0, qPrintable(args.join(u' ') + u"\n"_s + QString::fromUtf8(o.printed)));
            found += leaksIn(o.printed, args.value(0) + u" output"_s);
        };
        const QString work = box.path(u"work"_s);
        step({u"optimize"_s, u"--demo"_s, u"--depth"_s, u"3"_s, u"--out"_s, work + u"/demo-run.json"_s,
            u"--profile-out"_s, work + u"/demo-profile.json"_s});
        step({u"ask"_s, u"--profile"_s, work + u"/demo-profile.json"_s, u"--demo"_s, u"Is it raining in Oslo?"_s});
        step({u"inspect"_s, work + u"/demo-run.json"_s, u"--prompt"_s});
        step({u"models"_s, u"test"_s});

        // Keys in use: a project on the fake server, run, resumed, asked, forecast.
        QString why;
        QVERIFY2(io::saveProject(work + u"/server.drpo"_s, serverProject(server), &why), qPrintable(why));
        step({u"project"_s, u"check"_s, work + u"/server.drpo"_s});
        step({u"optimize"_s, work + u"/server.drpo"_s, u"--out"_s, work + u"/server-run.json"_s, u"--profile-out"_s,
            work + u"/server-profile.json"_s});
        step({u"ask"_s, u"--profile"_s, work + u"/server-profile.json"_s, u"--base-url"_s, server.baseUrl(),
                 u"--base-model"_s, u"fake-model"_s, u"--base-key-env"_s, u"DRPO_PLANTED_KEY"_s, u"Hello?"_s},
            false);
        step({u"models"_s, u"test"_s, u"--judge-url"_s, server.baseUrl(), u"--judge-model"_s, u"fake-model"_s,
            u"--judge-key-env"_s, u"DRPO_PLANTED_KEY"_s});
        step({u"models"_s, u"forecast"_s, u"--judge-kind"_s, u"openai"_s, u"--judge-model"_s, u"gpt-4o"_s});
        step({u"project"_s, u"new"_s, work + u"/new.drpo"_s, u"--queries"_s, work + u"/server-run.json"_s}, false);

        // The key did travel, to the server only.
        bool sent = false;
        for (const FakeRequest &r : server.requests())
            sent = sent || r.headers.value("authorization").contains(kSecrets.value(u"DRPO_PLANTED_KEY"_s).toUtf8());
        QVERIFY2(sent, "the planted key was never sent: the test would prove nothing");
        int files = 0;
        found += leaks(box.root(), &files);
        QVERIFY2(files >= 6, qPrintable(QString::number(files))); // runs, profiles, project, cache
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void studio_headlessDemoAndServerRun_noFileHoldsAKey()
    {
        const QString studio = qEnvironmentVariable("DRPO_STUDIO");
        if (studio.isEmpty() || !QFile::exists(studio))
            QSKIP("the workstation is not built (DRPO_BUILD_GUI=OFF)");
        Sandbox box;
        FakeLlmServer server;
        QVERIFY(server.start());
        plantEchoes(server);
        const Output demo = box.run(studio,
            {u"--demo"_s, u"--autostart"_s, u"--quit-after-ms"_s, u"6000"_s, u"--screenshot"_s,
                box.path(u"work/shot.png"_s)});
        QVERIFY2(demo.code == 0, demo.printed.constData());
        const QString project = box.path(u"work/server.drpo"_s);
        QString why;
        QVERIFY2(io::saveProject(project, serverProject(server), &why), qPrintable(why));
        const Output run = box.run(studio, {project, u"--autostart"_s, u"--quit-after-ms"_s, u"8000"_s});
        QVERIFY2(run.code == 0, run.printed.constData());
        QVERIFY2(server.requestCount() > 0, "the workstation never called the server");
        QStringList found = leaksIn(demo.printed, u"demo output"_s) + leaksIn(run.printed, u"run output"_s);
        int files = 0;
        found += leaks(box.root(), &files);
        QVERIFY2(files >= 3, qPrintable(QString::number(files)));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstPlantedSecret)
#include "tst_plantedsecret.moc"
