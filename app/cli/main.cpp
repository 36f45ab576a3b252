#include "askcommand.h"
#include "clicommon.h"
#include "inspectcommand.h"
#include "io/appidentity.h"
#include "modelscommand.h"
#include "optimizecommand.h"
#include "projectcommand.h"

#include <QCoreApplication>

namespace {

const char *kUsage = R"(Usage: drpo <command> [options]

Align a language model without training it: DRPO searches for the system prompt and the
in-context examples that make a base model answer best, scored by an LLM judge.

Commands:
  optimize   run a DRPO optimization (stage 1: examples, stage 2: system prompt)
  ask        answer a query with an alignment profile
  inspect    print the best path of a run record
  project    build a project from your own files (project new), validate one (project check)
  models     check the configured model endpoints (drpo models test), list presets,
             forecast the calls and cost of a run

Run "drpo <command> --help" for the options of a command.
Try the offline demo (simulated models, no account, no network):
  drpo optimize --demo --out run.json
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    drpo::io::AppIdentity::apply();

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
    if (command == u"inspect")
        return drpo::cli::runInspect(args);
    if (command == u"project")
        return drpo::cli::runProject(args);
    if (command == u"models")
        return drpo::cli::runModels(args);
    return drpo::cli::fail(QStringLiteral("unknown command \"%1\" (try drpo --help)").arg(command), 2);
}
