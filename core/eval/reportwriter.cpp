// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/reportwriter.h"

#include "eval/evaltext.h"
#include "eval/resultsfile.h"

#include <QCoreApplication>

namespace drpo::eval {

namespace {} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"md" || n == u"markdown")
        return ReportFormat::Markdown;
    if (n == u"html" || n == u"htm")
        return ReportFormat::Html;
    if (n == u"csv")
        return ReportFormat::Csv;
    if (n == u"json")
        return ReportFormat::Json;
    if (n == u"just-eval" || n == u"justeval" || n == u"to_eval")
        return ReportFormat::JustEval;
    return std::nullopt;
}

std::optional<QByteArray> renderReport(const EvalResults &results, const Analysis &analysis, ReportFormat format,
    const ReportOptions &options, QString *error)
{
    switch (format) {
    case ReportFormat::Markdown: return markdownReport(results, analysis).toUtf8();
    case ReportFormat::Html: return htmlReport(results, analysis).toUtf8();
    case ReportFormat::Csv: return csvReport(results).toUtf8();
    case ReportFormat::Json: {
        // The figures alone: the results JSON without the per-item lists.
        model::Json j = resultsToJson(results, analysis);
        for (model::Json &s : j["systems"])
            s.erase("per_item");
        return QByteArray::fromStdString(j.dump(2, ' ', false, model::Json::error_handler_t::replace) + "\n");
    }
    case ReportFormat::JustEval: {
        const SystemResult *system = nullptr;
        if (!options.system.isEmpty()) {
            system = results.system(options.system);
            if (!system) {
                QStringList names;
                for (const SystemResult &s : results.systems)
                    names << s.spec.name;
                if (error)
                    *error = EvalText::tr("there is no system \"%1\" (the systems are: %2)")
                                 .arg(options.system, names.join(QStringLiteral("; ")));
                return std::nullopt;
            }
        } else {
            for (const SystemResult &s : results.systems)
                if (s.spec.generates()) {
                    if (system) {
                        if (error)
                            *error = EvalText::tr("the results hold several systems: say which one with --system NAME");
                        return std::nullopt;
                    }
                    system = &s;
                }
            if (!system) {
                if (error)
                    *error = EvalText::tr("no system here generated its answers; give one with --system NAME");
                return std::nullopt;
            }
        }
        return justEvalOutputs(results, *system);
    }
    }
    return std::nullopt;
}

} // namespace drpo::eval
