// SPDX-License-Identifier: GPL-3.0-or-later
// The model flags of the drpo command line reach ModelSettings: the embedder role and the
// provider settings, overriding a project's values only when given.
#include "modelflags.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

namespace {
// Parses `args` (after the program name) and applies them on top of `models`.
bool apply(const QStringList &args, model::ModelSettings &models, QString *error)
{
    QCommandLineParser p;
    cli::addModelOptions(p);
    if (!p.parse(QStringList{u"drpo"_s} + args)) {
        *error = p.errorText();
        return false;
    }
    return cli::applyModelOptions(p, models, error);
}
} // namespace

class TestModelFlags : public QObject {
    Q_OBJECT
private slots:
    void noFlags_projectValuesKept()
    {
        model::ModelSettings m;
        m.embedder.kind = u"sim"_s;
        m.provider.budgetUsd = 4;
        m.provider.timeoutMs = 9000;
        m.provider.cache = model::CacheMode::Off;
        const model::ModelSettings before = m;
        QString error;
        QVERIFY2(apply({}, m, &error), qPrintable(error));
        QCOMPARE(m, before);
    }

    void embedderFlags_presetUrlModelAndKey_reachSettings()
    {
        model::ModelSettings m;
        QString error;
        QVERIFY2(apply({u"--embedder-kind"_s, u"ollama"_s, u"--embedder-model"_s, u"nomic-embed-text"_s}, m, &error),
            qPrintable(error));
        QVERIFY(m.hasEmbedder());
        QCOMPARE(m.embedder.kind, u"openai"_s);
        QCOMPARE(m.embedder.baseUrls, QStringList{u"http://127.0.0.1:11434/v1"_s});
        QCOMPARE(m.embedder.model, u"nomic-embed-text"_s);
        QVERIFY(m.base.isSim()); // the other roles are untouched

        model::ModelSettings u;
        QVERIFY2(apply({u"--embedder-url"_s, u"http://127.0.0.1:8080/v1"_s, u"--embedder-model"_s, u"e5"_s,
                           u"--embedder-key-env"_s, u"MY_EMBED_KEY"_s, u"--concurrency"_s, u"3"_s},
                     u, &error),
            qPrintable(error));
        QCOMPARE(u.embedder.kind, u"openai"_s); // a URL alone means OpenAI-compatible
        QCOMPARE(u.embedder.keyEnv, u"MY_EMBED_KEY"_s);
        QCOMPARE(u.embedder.concurrency, 3);
        QCOMPARE(u.configuredRoles().size(), 5);

        model::ModelSettings s;
        QVERIFY(apply({u"--embedder-kind"_s, u"sim"_s}, s, &error));
        QVERIFY(s.embedder.isSim() && s.hasEmbedder());
        QVERIFY(apply({u"--embedder-kind"_s, u"none"_s}, s, &error));
        QVERIFY(!s.hasEmbedder());
    }

    void embedderFlags_invalid_failWithReason()
    {
        QString error;
        model::ModelSettings m;
        QVERIFY(!apply({u"--embedder-kind"_s, u"anthropic"_s}, m, &error));
        QVERIFY2(error.contains(u"Anthropic"), qPrintable(error));
        QVERIFY(!apply({u"--embedder-model"_s, u"e5"_s}, m, &error)); // which endpoint?
        QVERIFY2(error.contains(u"--embedder-kind"), qPrintable(error));
        QVERIFY(!apply({u"--embedder-kind"_s, u"openai"_s}, m, &error)); // no model
        QVERIFY2(error.contains(u"--embedder-model"), qPrintable(error));
        QVERIFY(!apply({u"--base-kind"_s, u"none"_s}, m, &error)); // only the embedder may be off
        QVERIFY(!m.hasEmbedder());
    }

    void providerFlags_overrideProjectValues()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(u"c/responses.sqlite"_s);
        model::ModelSettings m;
        m.provider.budgetUsd = 1;
        QString error;
        QVERIFY2(apply({u"--budget"_s, u"2.5"_s, u"--timeout-ms"_s, u"5000"_s, u"--allow-insecure-http"_s,
                           u"--stream"_s, u"--cache"_s, cache},
                     m, &error),
            qPrintable(error));
        QCOMPARE(m.provider.budgetUsd, 2.5);
        QCOMPARE(m.provider.timeoutMs, 5000);
        QVERIFY(m.provider.allowInsecureHttp);
        QVERIFY(m.provider.stream);
        QCOMPARE(m.provider.cache, model::CacheMode::On);
        QCOMPARE(m.provider.cachePath, cache);
        QVERIFY(m.usesCache()); // on even for the simulated models, since it was asked for
        QVERIFY(QFile::exists(cache));

        QVERIFY(apply({u"--no-cache"_s}, m, &error));
        QCOMPARE(m.provider.cache, model::CacheMode::Off);
        QCOMPARE(m.provider.budgetUsd, 2.5); // not given again: kept

        QVERIFY(!apply({u"--timeout-ms"_s, u"5"_s}, m, &error));
        QVERIFY(error.contains(u"--timeout-ms"));
        QVERIFY(!apply({u"--budget"_s, u"-1"_s}, m, &error));
        QVERIFY(error.contains(u"--budget"));
    }
};

QTEST_GUILESS_MAIN(TestModelFlags)
#include "tst_modelflags.moc"
