// SPDX-License-Identifier: GPL-3.0-or-later
// Core strings reach the GUI's translations: errors of core/io and core/llm, the engine's log
// lines and phase names come out German once the German catalogue is installed, as in the
// studio. They are written in core with per-area contexts (io::IoText, ...); these tests fail
// when a context written in core differs from the one lupdate filed the translation under.
#include "engine/runcontroller.h"
#include "engine/runevents.h"
#include "io/projectfile.h"
#include "io/queryimporter.h"
#include "llm/providerfactory.h"
#include "model/roleconfig.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_german.load(u":/i18n/drpo_de.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }

    void importQueries_missingFile_errorIsGerman()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.jsonl"_s);
        io::FileError error;
        QVERIFY(!io::importQueries(path, io::QueryFormat::Auto, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.startsWith(u"die Datei konnte nicht geöffnet werden: "_s), qPrintable(error.message));
    }

    void importQueries_badJson_typeWordsAreGerman()
    {
        // A message assembled from two translated pieces (the sentence and the JSON type word).
        io::FileError error;
        QVERIFY(!io::importQueriesFromData(u"q.json"_s, "[42]", io::QueryFormat::Json, &error));
        QVERIFY2(error.message.contains(u"gefunden wurde eine Zahl"_s), qPrintable(error.message));
    }

    void providerFactory_unknownKind_errorIsGerman()
    {
        model::RoleConfig config;
        config.kind = u"nonsense"_s;
        config.model = u"m"_s;
        config.baseUrls = {u"http://127.0.0.1:9/v1"_s};
        QString error;
        QVERIFY(!llm::makeProvider(model::Role::Base, config, model::ModelSettings{}, 1, &error));
        QVERIFY2(error.contains(u"unbekannte Anbieterart „nonsense“"_s), qPrintable(error));
    }

    void measureText_pathMean_isGerman()
    {
        QCOMPARE(engine::measureText(model::BestMeasure::PathMean), u"Pfadmittel"_s);
    }

    void start_noTrainingQueries_errorIsGerman()
    {
        model::RunInput in = demoInput();
        in.queries.queries.clear();
        engine::RunController run;
        QString error;
        QVERIFY(!run.start(in, {}, &error));
        QCOMPARE(error, u"der Anfragensatz enthält keine Trainingsanfragen"_s);
    }

    void run_demo_logLinesAndPhasesAreGerman()
    {
        model::RunInput in = demoInput();
        in.settings.stages = model::Stages::Prompt;
        in.settings.depth = 1;
        in.settings.validationSize = 0;
        in.queries.validationIds.clear();
        engine::RunController run;
        QStringList logs;
        QStringList phases;
        bool finished = false;
        connect(&run, &engine::RunController::runEvent, this, [&](const engine::RunEvent &e) {
            if (const auto *l = e.get<engine::event::Log>())
                logs << l->entry.message;
            else if (const auto *s = e.get<engine::event::Stats>())
                phases << s->stats.phaseText;
            else if (e.is<engine::event::Finished>())
                finished = true;
        });
        QVERIFY(run.start(in));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QVERIFY2(logs.contains(u"Lauf mit den simulierten Demo-Modellen gestartet (es wird kein echtes Modell "
                               u"aufgerufen)."_s),
            qPrintable(logs.join(u'\n')));
        QVERIFY2(phases.contains(u"Stufe 2: Ebene 1"_s), qPrintable(phases.join(u'\n')));
        // The level summary, built with .arg() and the measure's own translation.
        bool levelLine = false;
        for (const QString &l : logs)
            levelLine = levelLine || (l.startsWith(u"Ebene 1 von "_s) && l.contains(u"es führt "_s));
        QVERIFY2(levelLine, qPrintable(logs.join(u'\n')));
    }

    void sources_translatedByLupdate_haveNoFileLocalTrHelper()
    {
        // A helper like `QString tr(const char *t) { return translate("Ctx", t); }` hides its
        // context from lupdate, which then files the calls under the enclosing class or
        // namespace: the strings look translated in the .ts files but never are at run time.
        const QRegularExpression helper(uR"(^\s*(static\s+)?QString\s+tr\s*\(\s*const\s+char|auto\s+tr\s*=\s*\[)"_s,
            QRegularExpression::MultilineOption);
        QStringList offenders;
        for (const char *folder : {"core", "ui", "app/studio"}) {
            QDirIterator it(test::sourceDir() + u'/' + QString::fromLatin1(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (helper.match(QString::fromUtf8(f.readAll())).hasMatch())
                    offenders << f.fileName();
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }

    void english_pluralForms_countAgrees()
    {
        // English has a catalogue of plural forms only: "(s)" never reaches the user.
        QCoreApplication::removeTranslator(&m_german);
        QTranslator english;
        QVERIFY(english.load(u":/i18n/drpo_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&english));
        const auto calls = [](int n) {
            return QCoreApplication::translate("drpo::ui::RunStatusWidget", "%n call(s)", nullptr, n);
        };
        QCOMPARE(calls(1), u"1 call"_s);
        QCOMPARE(calls(2), u"2 calls"_s);
        QCOMPARE(QCoreApplication::translate("drpo::ui::QuerySetPanel", "Delete %n query(s)", nullptr, 1),
            u"Delete 1 query"_s);
        QCOMPARE(QCoreApplication::translate("drpo::ui::QuerySetPanel", "Delete %n query(s)", nullptr, 3),
            u"Delete 3 queries"_s);
        // Messages without a number are left as written.
        QCOMPARE(QCoreApplication::translate("drpo::ui::RunStatusWidget", "not a message of ours"),
            u"not a message of ours"_s);
        QCoreApplication::removeTranslator(&english);
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

private:
    static model::RunInput demoInput()
    {
        io::FileError error;
        const std::optional<model::Project> p = io::loadDemoProject(&error);
        if (!p)
            qFatal("demo project: %s", qPrintable(error.toString()));
        return p->runInput();
    }

    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
