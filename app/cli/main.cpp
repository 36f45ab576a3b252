// SPDX-License-Identifier: GPL-3.0-or-later
#include "ablatecommand.h"
#include "askcommand.h"
#include "clicommon.h"
#include "evaluatecommand.h"
#include "exportcommand.h"
#include "inspectcommand.h"
#include "io/appidentity.h"
#include "modelscommand.h"
#include "optimizecommand.h"
#include "projectcommand.h"
#include "reportcommand.h"
#include "servecommand.h"

#include <QCoreApplication>
#include <QTranslator>

namespace {

const char *kUsage = R"(Usage: drpo <command> [options]

Align a language model without training it: DRPO searches for the system prompt and the
in-context examples that make a base model answer best, scored by an LLM judge.

Commands:
  optimize   run a DRPO optimization (stage 1: examples, stage 2: system prompt)
  ask        answer a query with an alignment profile
  serve      serve profiles as an OpenAI-compatible endpoint (/v1/chat/completions)
  export     export a profile as an Ollama Modelfile, OpenAI messages or Markdown
  evaluate   score systems (model + alignment method) on a benchmark, just-eval style:
             the aspect table, intervals, paired differences; resumable
  ablate     the paper's ablations as a grid (search, criteria per stage, components,
             K at inference): one run per setting, each evaluated; resumable
  report     write an evaluation's (or an experiment's) results as Markdown, HTML, CSV, JSON or just-eval outputs
  inspect    print the best path of a run record
  project    build a project from your own files (project new), validate one (project check)
  models     check the configured model endpoints (drpo models test), list presets,
             forecast the calls and cost of a run

Run "drpo <command> --help" for the options of a command.
Try the offline demo (simulated models, no account, no network):
  drpo optimize --demo --out run.json
  drpo evaluate --demo --out results.json && drpo report results.json --format html --out report.html
)";

} // namespace

int main(int argc, char **argv)
{
    // drpo serve's thread handles every socket: Qt's own event loop costs about a quarter
    // less CPU per request than GLib's (bench/serve). The CLI has no use for GLib's.
    if (argc > 1 && qstrcmp(argv[1], "serve") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    drpo::io::AppIdentity::apply();
    // The CLI speaks English; its catalogue holds the plural forms ("1 call", "2 calls").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/drpo_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        drpo::cli::out() << kUsage;
        return command.isEmpty() ? 1 : 0;
    }
    if (command == u"--version") {
        using drpo::io::AppIdentity;
        drpo::cli::out() << "drpo " << AppIdentity::version() << " (" << AppIdentity::displayName() << ", "
                         << AppIdentity::buildType() << " build, licence " << AppIdentity::licence() << ")" << Qt::endl;
        return 0;
    }
    args.removeAt(1); // the sub-command sees "drpo <options>"
    if (command == u"optimize")
        return drpo::cli::runOptimize(args);
    if (command == u"ask")
        return drpo::cli::runAsk(args);
    if (command == u"serve")
        return drpo::cli::runServe(args);
    if (command == u"export")
        return drpo::cli::runExport(args);
    if (command == u"evaluate")
        return drpo::cli::runEvaluate(args);
    if (command == u"ablate")
        return drpo::cli::runAblate(args);
    if (command == u"report")
        return drpo::cli::runReport(args);
    if (command == u"inspect")
        return drpo::cli::runInspect(args);
    if (command == u"project")
        return drpo::cli::runProject(args);
    if (command == u"models")
        return drpo::cli::runModels(args);
    return drpo::cli::fail(QStringLiteral("unknown command \"%1\" (try drpo --help)").arg(command), 2);
}
