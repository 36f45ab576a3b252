// SPDX-License-Identifier: GPL-3.0-or-later
// drpo-studio: the composition root of the workstation.
#include "eval/evalsession.h"
#include "eval/experimentpanel.h"
#include "eval/experimentsession.h"
#include "io/appidentity.h"
#include "mainwindow.h"
#include "models/nodemodel.h"
#include "runsession.h"
#include "settingvalue.h"
#include "widgets/appicon.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QMap>

#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <algorithm>

using namespace drpo::ui;

namespace {

// Loads our catalogue and Qt's own for the chosen language. English ("en" or empty) has a
// catalogue of plural forms only ("1 call", "2 calls" for "%n call(s)").
void installTranslations(QApplication &app, const QString &language)
{
    if (language.isEmpty() || language == u"en") {
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/drpo_en.qm")))
            app.installTranslator(plurals);
        return;
    }
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/drpo_") + language + QStringLiteral(".qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    drpo::io::AppIdentity::apply();
    QApplication::setApplicationDisplayName(drpo::io::AppIdentity::displayName());
    // The installed desktop entry's name: lets Wayland compositors and docks match the window
    // to its menu entry and icon.
    QApplication::setDesktopFileName(drpo::io::AppIdentity::appId());
    QApplication::setWindowIcon(AppIcon::icon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Align a language model by prompt optimization (DRPO)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open the offline demo (simulated models)."));
    const QCommandLineOption autostart(
        QStringLiteral("autostart"), QApplication::translate("main", "Start the run at once."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the main window to PATH before quitting."),
        QStringLiteral("PATH"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"),
        QApplication::translate("main", "Quit after N milliseconds."), QStringLiteral("N"));
    const QCommandLineOption language(QStringLiteral("language"),
        QApplication::translate("main", "User interface language (en, de, zh_CN)."), QStringLiteral("CODE"));
    const QCommandLineOption panel(QStringLiteral("show-panel"),
        QApplication::translate("main", "Raise this panel (e.g. compareDock) before the screenshot."),
        QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main", "Colour theme for this session (system, light, dark)."),
        QStringLiteral("THEME"));
    const QCommandLineOption resumeRun(QStringLiteral("resume-run"),
        QApplication::translate("main", "Resume the project's last unfinished run at once."));
    const QCommandLineOption evaluate(QStringLiteral("evaluate"),
        QApplication::translate("main",
            "When the run has finished, evaluate the result and show the Evaluation workspace (with "
            "--screenshot: taken when the evaluation ends)."));
    const QCommandLineOption experiment(QStringLiteral("experiment"),
        QApplication::translate("main",
            "Open an experiment file in the Evaluation workspace's Experiments tab; an unfinished one "
            "continues (with --screenshot: taken when it ends)."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {demo, autostart, screenshot, quitAfter, language, panel, theme, resumeRun, evaluate, experiment});
    parser.addPositionalArgument(
        QStringLiteral("project"), QApplication::translate("main", "A .drpo project to open."));
    parser.process(app);

    const SettingValue<QString> languageSetting(QStringLiteral("ui/language"));
    installTranslations(app, parser.isSet(language) ? parser.value(language) : languageSetting.value());

    Theme::apply(parser.isSet(theme) ? Theme::fromKey(parser.value(theme)) : Theme::saved());

    MainWindow window;
    const bool headless = parser.isSet(quitAfter);
    window.setInteractive(!headless);
    window.show();

    bool opened = false;
    if (parser.isSet(demo))
        opened = window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        opened = window.openFile(QFileInfo(parser.positionalArguments().first()).absoluteFilePath());
    if (opened && headless) { // screenshots show the default layout, not this user's
        window.resize(1500, 920);
        window.resetLayout();
    }
    if (opened && parser.isSet(resumeRun))
        QTimer::singleShot(0, &window, [&window] { window.resumeLastRun(); });
    else if (opened && parser.isSet(autostart))
        QTimer::singleShot(0, &window, [&window] { window.startRun(); });

    // Headless (docs, checks): the Evaluation workspace gets the room the inspector and charts
    // take; the Story panel stays, since it tells the result.
    if (opened && headless && (parser.isSet(evaluate) || parser.isSet(experiment)))
        for (const char *name : {"inspectorDock", "compareDock", "chartsDock", "levelsDock", "logDock"})
            if (QDockWidget *d = window.dock(QString::fromLatin1(name)))
                d->hide();
    if (opened && parser.isSet(experiment)) {
        const QString file = QFileInfo(parser.value(experiment)).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, file] {
            window.showExperiments();
            window.experimentPanel()->openExperiment(file);
        });
    }
    if (opened && parser.isSet(evaluate)) {
        const auto evaluateNow = [&window] { window.evaluateResult(); };
        if (window.evaluateAction()->isEnabled())
            QTimer::singleShot(0, &window, evaluateNow);
        else
            QObject::connect(window.session(), &RunSession::finished, &window,
                [evaluateNow, &window] { QTimer::singleShot(0, &window, evaluateNow); });
    }

    // Lives until app.exec() returns: the headless finish below runs from timers long after
    // the block that sets it up has ended (a local there was read out of scope).
    bool done = false;
    if (headless) {
        const int ms = parser.value(quitAfter).toInt();
        const auto finish = [&] {
            if (done)
                return;
            done = true;
            if (parser.value(panel) == u"compareDock") {
                // Something worth comparing: the best and the worst scored optimizer nodes of
                // the deepest level that has two, so both answered the same query.
                const NodeModel *nodes = window.session()->nodes();
                QMap<int, QList<const drpo::model::Node *>> byLevel;
                for (const drpo::model::Node &n : nodes->nodes())
                    if (n.origin == drpo::model::Origin::Optimizer && n.reward)
                        byLevel[n.level].append(&n);
                const drpo::model::Node *best = nullptr, *worst = nullptr;
                for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it) {
                    const auto [lo, hi] = std::minmax_element(
                        it->cbegin(), it->cend(), [](auto *a, auto *b) { return *a->reward < *b->reward; });
                    if (*(*hi)->reward > *(*lo)->reward) { // prefer the deepest level whose prompts differ in score
                        best = *hi;
                        worst = *lo;
                    }
                }
                if (best && worst && best != worst)
                    window.showCompare(worst->id, best->id);
                if (QDockWidget *charts = window.dock(QStringLiteral("chartsDock")))
                    charts->hide();
            }
            if (parser.isSet(panel))
                if (QDockWidget *d = window.dock(parser.value(panel)))
                    d->raise();
            if (parser.isSet(screenshot)) {
                QApplication::processEvents();
                const QString path = parser.value(screenshot);
                QDir().mkpath(QFileInfo(path).absolutePath());
                if (!window.grab().save(path)) {
                    qWarning("could not save the screenshot");
                    QApplication::exit(1);
                    return;
                }
            }
            window.close();
            QApplication::exit(0);
        };
        QTimer::singleShot(std::max(0, ms), &window, finish);
        // With --evaluate the screenshot shows the results: taken once the evaluation ends
        // (after the charts have drawn), or at the time limit, whichever comes first.
        if (parser.isSet(evaluate))
            QObject::connect(window.evaluation(), &EvalSession::finished, &window,
                [&window, finish] { QTimer::singleShot(800, &window, finish); });
        // With --experiment: once it has ended and its tables are computed.
        if (parser.isSet(experiment))
            QObject::connect(window.experiment(), &ExperimentSession::figuresChanged, &window, [&window, finish] {
                if (!window.experiment()->isActive() && window.experiment()->figuresUpToDate())
                    QTimer::singleShot(800, &window, finish);
            });
    }
    return app.exec();
}
