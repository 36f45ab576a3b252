// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "clicommon.h"
#include "io/atomicfile.h"
#include "io/profileexporter.h"
#include "io/profilefile.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace drpo::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Exports an alignment profile: an Ollama Modelfile or an OpenAI-style messages template "
                       "(both with fixed examples: retrieval is static there), or Markdown to read."));
    p.addHelpOption();
    p.addOption({QStringLiteral("profile"), QStringLiteral("Alignment profile (or a finished run record)."),
        QStringLiteral("PROFILE.json")});
    p.addOption(
        {QStringLiteral("format"), QStringLiteral("ollama, openai-messages or markdown."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Write to this file (atomically) instead of stdout."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("examples"),
        QStringLiteral("How many examples the Modelfile or messages template fixes: a number or all (default: the "
                       "profile's K, the most representative ones)."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("from"),
        QStringLiteral("The Modelfile's FROM model (default: the profile's base model)."), QStringLiteral("MODEL")});
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (!p.isSet(QStringLiteral("profile")))
        return fail(QStringLiteral("--profile PROFILE.json is required"), 2);
    if (!p.isSet(QStringLiteral("format")))
        return fail(QStringLiteral("--format is required: %1").arg(io::ProfileExporter::formatNames().join(u", ")), 2);
    const std::optional<io::ProfileExporter::Format> format =
        io::ProfileExporter::formatFromName(p.value(QStringLiteral("format")));
    if (!format)
        return fail(QStringLiteral("unknown --format \"%1\" (expected %2)")
                        .arg(p.value(QStringLiteral("format")), io::ProfileExporter::formatNames().join(u", ")),
            2);
    io::ProfileExporter::Options options;
    options.format = *format;
    if (p.isSet(QStringLiteral("examples"))) {
        const QString v = p.value(QStringLiteral("examples"));
        bool ok = false;
        options.examples = v == u"all" ? 1 << 30 : v.toInt(&ok);
        if (v != u"all" && (!ok || options.examples < 0))
            return fail(QStringLiteral("--examples must be a number (0 or more) or all"), 2);
    }
    options.fromModel = p.value(QStringLiteral("from"));
    QString error;
    const QString path = p.value(QStringLiteral("profile"));
    const std::optional<model::AlignmentProfile> profile = io::loadProfileOrRun(path, &error);
    if (!profile)
        return fail(error);
    options.name = QFileInfo(path).completeBaseName();
    const QByteArray data = io::ProfileExporter::exportProfile(*profile, options);
    if (!p.isSet(QStringLiteral("out"))) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    if (!io::writeFileAtomic(p.value(QStringLiteral("out")), data, &error))
        return fail(error);
    err() << "wrote " << p.value(QStringLiteral("out")) << " (" << io::ProfileExporter::formatName(*format) << ")"
          << Qt::endl;
    return 0;
}

} // namespace drpo::cli
