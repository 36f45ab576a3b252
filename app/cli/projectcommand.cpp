// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcommand.h"

#include "clicommon.h"
#include "io/criteriaimporter.h"
#include "io/exampleimporter.h"
#include "io/projectfile.h"
#include "io/queryimporter.h"
#include "llm/providerfactory.h"
#include "sim/defaultcriteria.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <cmath>

namespace drpo::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// What `project check` found: problems stop a run, warnings do not.
struct Findings {
    QStringList problems;
    QStringList warnings;
};

Findings checkProject(const model::Project &p)
{
    Findings f;
    const model::QuerySet &qs = p.queries;
    for (const QString &id : qs.validationIds)
        if (!qs.find(id))
            f.warnings << QStringLiteral("the validation id \"%1\" names no query").arg(id);
    if (qs.queries.isEmpty())
        f.problems << QStringLiteral("the project has no queries (drpo project new --queries FILE)");
    else if (qs.training().isEmpty() && p.settings.stages != model::Stages::Icl)
        f.problems << QStringLiteral("every query is held out for validation: stage 2 needs training queries");
    if (const QString bad = p.settings.validate(); !bad.isEmpty())
        f.problems << QStringLiteral("settings: %1").arg(bad);
    if (p.settings.validationSize > 0 && qs.validationIds.isEmpty() && p.settings.validationSize >= qs.queries.size())
        f.warnings << QStringLiteral("settings hold out %1 validation queries but there are only %2 queries")
                          .arg(p.settings.validationSize)
                          .arg(qs.queries.size());

    QHash<QString, int> names;
    for (const model::Criterion &c : p.criteria.criteria) {
        if (c.name.trimmed().isEmpty())
            f.problems << QStringLiteral("a criterion has no name");
        else if (names.contains(c.name.toLower()))
            f.problems << QStringLiteral("the criterion \"%1\" appears twice").arg(c.name);
        names.insert(c.name.toLower(), 1);
        if (c.description.trimmed().isEmpty())
            f.warnings << QStringLiteral("the criterion \"%1\" has no description").arg(c.name);
    }
    for (const QString &n : p.criteria.pinned + p.criteria.banned)
        if (!p.criteria.find(n))
            f.warnings << QStringLiteral("the pinned or banned criterion \"%1\" is not in the library").arg(n);
    if (p.criteria.selectable().isEmpty())
        f.problems << QStringLiteral("every criterion is disabled or banned: enable at least one");

    QHash<QString, int> exampleIds;
    for (const model::Example &e : p.seedExamples) {
        if (exampleIds.contains(e.id))
            f.problems << QStringLiteral("the example id \"%1\" is used twice").arg(e.id);
        exampleIds.insert(e.id, 1);
        if (e.query.trimmed().isEmpty() || e.answer.trimmed().isEmpty())
            f.problems << QStringLiteral("the example \"%1\" has an empty query or answer").arg(e.id);
    }
    if (p.seedExamples.isEmpty() && p.settings.stages != model::Stages::Prompt)
        f.warnings << QStringLiteral("no seed examples: stage 1 has nothing to improve and stage 2 retrieves none");

    for (model::Role r : p.models.configuredRoles()) {
        const model::RoleConfig &c = p.models.role(r);
        if (c.isSim())
            continue;
        if (c.baseUrls.isEmpty())
            f.problems << QStringLiteral("the %1 role has no base URL").arg(model::roleName(r));
        for (const QString &url : c.baseUrls)
            if (const QString why = llm::checkBaseUrl(url, p.models.provider.allowInsecureHttp); !why.isEmpty())
                f.problems << QStringLiteral("the %1 role: %2").arg(model::roleName(r), why);
        if (c.model.trimmed().isEmpty())
            f.problems << QStringLiteral("the %1 role has no model name").arg(model::roleName(r));
    }
    return f;
}

QString roleSummary(const model::ModelSettings &models)
{
    QStringList parts;
    for (model::Role r : model::kModelRoles) {
        const model::RoleConfig &c = models.role(r);
        QString what = c.kind;
        if (!c.isSim() && c.isConfigured())
            what += u' ' + c.model + (c.baseUrls.isEmpty() ? QString() : u" at " + c.baseUrls.join(u", "_qs));
        parts << model::roleName(r) + u' ' + what;
    }
    return parts.join(QStringLiteral("; "));
}

void printSummary(const QString &path, const model::Project &p)
{
    QTextStream &o = out();
    o << "Project " << path << ": \"" << p.name << "\"" << (p.models.allSim() ? " (simulated demo models)" : "")
      << Qt::endl;
    QMap<QString, int> categories;
    for (const model::Query &q : p.queries.queries)
        ++categories[q.category.isEmpty() ? QStringLiteral("(none)") : q.category];
    QStringList cats;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        cats << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    o << "  queries:   " << p.queries.queries.size() << " (" << p.queries.training().size() << " training, "
      << p.queries.validation().size() << " validation)" << (cats.isEmpty() ? QString() : u"; " + cats.join(u", "_qs))
      << Qt::endl;
    int enabled = 0;
    for (const model::Criterion &c : p.criteria.criteria)
        enabled += c.enabled ? 1 : 0;
    o << "  criteria:  " << p.criteria.criteria.size() << " (" << enabled << " enabled, " << p.criteria.pinned.size()
      << " pinned, " << p.criteria.banned.size() << " banned)" << Qt::endl;
    o << "  examples:  " << p.seedExamples.size() << " seed examples" << Qt::endl;
    o << "  models:    " << roleSummary(p.models) << Qt::endl;
    const model::SearchSettings &s = p.settings;
    o << "  settings:  " << model::strategyName(s.strategy) << " W=" << s.beamWidth << " A=" << s.actions
      << " D=" << s.depth << " b=" << s.batchSize << " K=" << s.kOptimize << " seed=" << s.seed << ", criteria "
      << model::criteriaModeName(s.criteriaMode) << Qt::endl;
    QStringList runs;
    for (const model::RunRecord &r : p.runs)
        runs << model::runStateName(r.status);
    o << "  runs:      " << p.runs.size() << (runs.isEmpty() ? QString() : u" (" + runs.join(u", "_qs) + u')')
      << Qt::endl;
}

// Prints the findings; the exit code is 1 when a problem would stop a run.
int report(const QString &path, const model::Project &p)
{
    printSummary(path, p);
    const Findings f = checkProject(p);
    for (const QString &w : f.warnings)
        err() << "warning: " << path << ": " << w << Qt::endl;
    for (const QString &e : f.problems)
        err() << "error: " << path << ": " << e << Qt::endl;
    if (!f.problems.isEmpty()) {
        out() << "not ready: " << f.problems.size() << (f.problems.size() == 1 ? " problem" : " problems")
              << " to fix (listed on stderr)" << Qt::endl;
        return 1;
    }
    out() << "ok: ready to optimize (drpo optimize " << path << ")" << Qt::endl;
    return 0;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Validates a project file and summarises it: queries, criteria, examples, models, settings and runs. Exit "
        "code 0 when it is ready to optimize, 1 when something must be fixed first."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The *.drpo file."), QStringLiteral("FILE.drpo"));
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("give one project file, e.g. drpo project check my.drpo"), 2);
    const QString path = p.positionalArguments().first();
    io::FileError fe;
    const std::optional<model::Project> project = io::loadProject(path, &fe);
    if (!project)
        return fail(fe.toString());
    return report(path, *project);
}

// "0.2", "20%" or "20" (a percentage over 1): the share of queries held out, 0 to 0.9.
bool parseSplit(const QString &text, int *percent)
{
    QString t = text.trimmed();
    const bool isPercent = t.endsWith(u'%');
    if (isPercent)
        t.chop(1);
    bool ok = false;
    double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    if (isPercent || v > 1)
        v /= 100.0;
    if (v > 0.9)
        return false;
    *percent = int(std::lround(v * 100.0));
    return true;
}

int runNew(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Builds a project from your own files with the importers of the workstation: queries (JSON, JSONL, CSV, "
        "text, just-eval), seed examples (the reference format, JSON, JSONL, CSV) and criteria (JSON or CSV; the "
        "14 default criteria otherwise). Models start on the simulated demo; point them at real endpoints with "
        "drpo optimize's model flags."));
    p.addHelpOption();
    p.addPositionalArgument(
        QStringLiteral("out"), QStringLiteral("The project file to write."), QStringLiteral("OUT.drpo"));
    p.addOption({QStringLiteral("queries"), QStringLiteral("The training queries."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("examples"), QStringLiteral("Seed ICL examples (query and answer)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("criteria"), QStringLiteral("A criteria library instead of the default one."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("validation-split"),
        QStringLiteral("Share of the queries held out for validation, spread over the list: 0.2 or 20% (at most 0.9)."),
        QStringLiteral("F")});
    p.addOption({QStringLiteral("name"), QStringLiteral("The project's name (default: the file's name)."),
        QStringLiteral("NAME")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT if it exists.")});
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(
            QStringLiteral("give the project file to write, e.g. drpo project new my.drpo --queries q.jsonl"), 2);
    if (!p.isSet(QStringLiteral("queries")))
        return fail(QStringLiteral("--queries FILE is required (the queries to train on)"), 2);
    const QString outPath = p.positionalArguments().first();
    const QFileInfo outInfo(outPath);
    if (outInfo.isDir())
        return fail(QStringLiteral("%1 is a folder; give a file name such as %1/project.drpo").arg(outPath), 2);
    if (outInfo.exists() && !p.isSet(QStringLiteral("force")))
        return fail(QStringLiteral("%1 already exists; pass --force to replace it").arg(outPath), 2);
    int percent = 0;
    if (p.isSet(QStringLiteral("validation-split")) &&
        !parseSplit(p.value(QStringLiteral("validation-split")), &percent))
        return fail(QStringLiteral("--validation-split must be a share from 0 to 0.9 (e.g. 0.2 or 20%), not \"%1\"")
                        .arg(p.value(QStringLiteral("validation-split"))),
            2);

    model::Project project;
    project.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : outInfo.completeBaseName();
    io::FileError fe;
    const std::optional<io::QueryImport> queries =
        io::importQueries(p.value(QStringLiteral("queries")), io::QueryFormat::Auto, &fe);
    if (!queries)
        return fail(fe.toString());
    for (const io::FileError &w : queries->warnings)
        err() << "warning: " << w.toString() << Qt::endl;
    project.queries = queries->set;
    if (p.isSet(QStringLiteral("validation-split")))
        project.queries.splitValidation(percent);
    if (p.isSet(QStringLiteral("examples"))) {
        const std::optional<QList<model::Example>> examples =
            io::importExamples(p.value(QStringLiteral("examples")), &fe);
        if (!examples)
            return fail(fe.toString());
        project.seedExamples = *examples;
    }
    if (p.isSet(QStringLiteral("criteria"))) {
        const std::optional<model::CriteriaLibrary> criteria =
            io::importCriteria(p.value(QStringLiteral("criteria")), &fe);
        if (!criteria)
            return fail(fe.toString());
        project.criteria = *criteria;
    } else {
        project.criteria = sim::defaultCriteria();
    }
    QString why;
    if (!io::saveProject(outPath, project, &why))
        return fail(why);
    out() << "Wrote " << outPath << Qt::endl;
    return report(outPath, project);
}

} // namespace

int runProject(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1); // the sub-command sees "drpo <options>"
    if (sub == u"new")
        return runNew(rest);
    if (sub == u"check")
        return runCheck(rest);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        out() << "Usage: drpo project new OUT.drpo --queries FILE [--examples FILE] [--criteria FILE] "
                 "[--validation-split F] [--name NAME] [--force]\n"
                 "       drpo project check FILE.drpo\n";
        return sub.isEmpty() ? 2 : 0;
    }
    return fail(QStringLiteral("unknown project command \"%1\" (new or check)").arg(sub), 2);
}

} // namespace drpo::cli
