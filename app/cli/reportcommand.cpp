// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "clicommon.h"
#include "eval/experimentfile.h"
#include "eval/experimentreport.h"
#include "eval/reportwriter.h"
#include "eval/resultsfile.h"
#include "io/atomicfile.h"

#include <QCommandLineParser>
#include <QFile>

namespace drpo::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Writes the report of an evaluation: md (Markdown), html (self-contained, charts embedded), csv (one row "
        "per system and item), json (the figures) or just-eval (one system's answers as *.to_eval.json)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("results"),
        QStringLiteral("The results file of drpo evaluate or drpo ablate."), QStringLiteral("RESULTS.json"));
    p.addOption({QStringLiteral("format"), QStringLiteral("md, html, csv, json or just-eval (default md)."),
        QStringLiteral("FORMAT"), QStringLiteral("md")});
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("Write here (atomically) instead of stdout."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("system"), QStringLiteral("just-eval: the system whose answers to write."),
        QStringLiteral("NAME")});
    p.addOption({QStringLiteral("na"),
        QStringLiteral("Recompute with N/A as-5 or exclude (default: as the evaluation was run)."),
        QStringLiteral("POLICY")});
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(
            QStringLiteral("give one results file: drpo report RESULTS.json --format html --out report.html"), 2);
    const std::optional<eval::ReportFormat> format = eval::reportFormatFromName(p.value(QStringLiteral("format")));
    if (!format)
        return fail(QStringLiteral("--format expects md, html, csv, json or just-eval, not \"%1\"")
                        .arg(p.value(QStringLiteral("format"))),
            2);
    std::optional<eval::NaPolicy> na;
    if (p.isSet(QStringLiteral("na"))) {
        na = eval::naPolicyFromName(p.value(QStringLiteral("na")));
        if (!na)
            return fail(QStringLiteral("--na expects as-5 or exclude"), 2);
    }
    const QString file = p.positionalArguments().first();
    io::FileError fe;
    QString error;
    std::optional<QByteArray> bytes;
    if (eval::fileFormat(file, &fe) == u"drpo-experiment") {
        // An experiment of drpo ablate: the paper's table layouts and the K curve.
        std::optional<eval::Experiment> experiment = eval::loadExperiment(file, &fe);
        if (!experiment)
            return fail(fe.toString());
        if (na) {
            experiment->evalSettings.naPolicy = *na;
            for (eval::ExperimentCell &c : experiment->cells)
                c.evaluation.settings.naPolicy = *na;
        }
        bytes = eval::renderExperimentReport(*experiment, *format, &error);
    } else {
        std::optional<eval::EvalResults> results = eval::loadResults(file, &fe);
        if (!results)
            return fail(fe.toString());
        if (na)
            results->settings.naPolicy = *na;
        const eval::Analysis analysis = eval::analyze(*results);
        eval::ReportOptions options;
        options.system = p.value(QStringLiteral("system"));
        bytes = eval::renderReport(*results, analysis, *format, options, &error);
    }
    if (!bytes)
        return fail(error);
    if (p.isSet(QStringLiteral("out"))) {
        if (!io::writeFileAtomic(p.value(QStringLiteral("out")), *bytes, &error))
            return fail(error);
        err() << "Report written to " << p.value(QStringLiteral("out")) << Qt::endl;
        return 0;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to stdout"));
    stdoutFile.write(*bytes);
    return 0;
}

} // namespace drpo::cli
