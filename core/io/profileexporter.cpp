// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/profileexporter.h"

#include "align/retriever.h"
#include "io/iotext.h"
#include "reward/requestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace drpo::io {

namespace {

int staticCount(const model::AlignmentProfile &profile, const ProfileExporter::Options &options)
{
    return options.examples < 0 ? profile.k : options.examples;
}

bool isDefaultTemplate(const QString &tmpl)
{
    return tmpl.isEmpty() || tmpl == reward::RequestBuilder::defaultAssemblyTemplate();
}

// A Modelfile string ends at the first """: a text holding one is split up (and said so).
QString modelfileString(const QString &text, bool *altered)
{
    QString t = text;
    if (t.contains(QStringLiteral("\"\"\""))) {
        t.replace(QStringLiteral("\"\"\""), QStringLiteral("\" \" \""));
        *altered = true;
    }
    return QStringLiteral("\"\"\"") + t + QStringLiteral("\"\"\"");
}

// A code fence longer than any run of backticks in the text, so the text cannot close it.
QString fence(const QString &text)
{
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), u'`');
}

QString fenced(const QString &text, const QString &info = {})
{
    const QString f = fence(text);
    return f + info + u'\n' + text + (text.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + f + u'\n';
}

QString baseDescription(const model::AlignmentProfile &p)
{
    if (p.simulated)
        return IoText::tr("the simulated demo model (every figure of it is simulated)");
    return p.baseModel.isEmpty() ? IoText::tr("unknown") : p.baseModel;
}

} // namespace

QStringList ProfileExporter::formatNames()
{
    return {QStringLiteral("ollama"), QStringLiteral("openai-messages"), QStringLiteral("markdown")};
}

std::optional<ProfileExporter::Format> ProfileExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"ollama" || n == u"modelfile")
        return Format::Ollama;
    if (n == u"openai-messages" || n == u"openai" || n == u"messages")
        return Format::OpenAiMessages;
    if (n == u"markdown" || n == u"md")
        return Format::Markdown;
    return std::nullopt;
}

QString ProfileExporter::formatName(Format format)
{
    switch (format) {
    case Format::Ollama: return QStringLiteral("ollama");
    case Format::OpenAiMessages: return QStringLiteral("openai-messages");
    case Format::Markdown: return QStringLiteral("markdown");
    }
    return {};
}

QString ProfileExporter::fileSuffix(Format format)
{
    switch (format) {
    case Format::Ollama: return QStringLiteral("modelfile");
    case Format::OpenAiMessages: return QStringLiteral("json");
    case Format::Markdown: return QStringLiteral("md");
    }
    return {};
}

QList<int> ProfileExporter::representativeExamples(const model::AlignmentProfile &profile, int count)
{
    const int n = int(profile.examples.size());
    count = std::clamp(count, 0, n);
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (count == n)
        return order;
    const align::Retriever retriever(profile.examples);
    QList<int> hits(n, 0);
    const int k = qMax(1, profile.k);
    for (const model::Example &e : profile.examples)
        for (int i : retriever.bm25TopKIndices(e.query, k))
            ++hits[i];
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return hits[a] > hits[b]; });
    order.resize(count);
    std::sort(order.begin(), order.end()); // shown in library order
    return order;
}

QByteArray ProfileExporter::exportProfile(const model::AlignmentProfile &profile, const Options &options)
{
    switch (options.format) {
    case Format::Ollama: return ollama(profile, options);
    case Format::OpenAiMessages: return openAiMessages(profile, options);
    case Format::Markdown: return markdown(profile, options);
    }
    return {};
}

QByteArray ProfileExporter::ollama(const model::AlignmentProfile &profile, const Options &options)
{
    const QList<int> shots = representativeExamples(profile, staticCount(profile, options));
    QString from = options.fromModel.trimmed();
    QString out = QStringLiteral("# Ollama Modelfile exported by DRPO Studio from an alignment profile.\n"
                                 "# Found for: %1.\n")
                      .arg(baseDescription(profile));
    out += QStringLiteral("# Retrieval is static here: Ollama cannot pick examples per query, so these %1 of the "
                          "profile's %2 examples are fixed\n# (the ones most often retrieved). `drpo serve` picks "
                          "the %3 nearest examples for each query instead.\n")
               .arg(shots.size())
               .arg(profile.examples.size())
               .arg(profile.k);
    if (from.isEmpty()) {
        from = profile.simulated || profile.baseModel.isEmpty() ? QStringLiteral("llama3.2") : profile.baseModel;
        if (profile.simulated || profile.baseModel.isEmpty())
            out += QStringLiteral("# Replace FROM with the Ollama model you want to align (or export with --from).\n");
    }
    out += QStringLiteral("\nFROM %1\n\n").arg(from);
    bool altered = false;
    if (!profile.assemblyTemplate.isEmpty()) {
        if (isDefaultTemplate(profile.assemblyTemplate)) {
            // The completion assembly the profile was optimized with, as an Ollama template.
            out += QStringLiteral("# The profile was found for a base (completion) model: this template renders the "
                                  "conversation the way the optimization did.\n"
                                  "TEMPLATE \"\"\"{{ .System }}\n\n{{ range .Messages }}{{ if eq .Role \"user\" }}"
                                  "# Query:\n{{ .Content }}\n\n# Answer:\n<START>\n{{ else if eq .Role \"assistant\" }}"
                                  "{{ .Content }}\n<END>\n\n{{ end }}{{ end }}\"\"\"\n"
                                  "PARAMETER stop \"<END>\"\nPARAMETER stop \"# Query:\"\n\n");
        } else {
            out += QStringLiteral("# The profile uses its own completion template, which a Modelfile cannot express; "
                                  "the model's chat template is used instead.\n\n");
        }
    }
    out += QStringLiteral("SYSTEM ") + modelfileString(profile.systemPrompt, &altered) + u'\n';
    for (int i : shots) {
        const model::Example &e = profile.examples[i];
        out += QStringLiteral("\nMESSAGE user ") + modelfileString(e.query, &altered) + u'\n';
        out += QStringLiteral("MESSAGE assistant ") + modelfileString(e.answer, &altered) + u'\n';
    }
    if (altered)
        out += QStringLiteral("\n# Note: a text contained \"\"\", which ends a Modelfile string; it was written as "
                              "\" \" \".\n");
    return out.toUtf8();
}

QByteArray ProfileExporter::openAiMessages(const model::AlignmentProfile &profile, const Options &options)
{
    const QList<int> shots = representativeExamples(profile, staticCount(profile, options));
    QJsonArray messages{QJsonObject{
        {QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), profile.systemPrompt}}};
    QList<model::Example> fixed;
    for (int i : shots) {
        const model::Example &e = profile.examples[i];
        fixed << e;
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), e.query}});
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), e.answer}});
    }
    messages.append(QJsonObject{
        {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("{query}")}});
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("drpo-openai-messages")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("note"),
            IoText::tr(
                "Static retrieval: these %1 examples are fixed. Replace {query} with the user's message (and append "
                "earlier turns before it). drpo serve picks the %2 nearest of the profile's %3 examples for each "
                "query instead.")
                .arg(shots.size())
                .arg(profile.k)
                .arg(profile.examples.size())},
        {QStringLiteral("base_model"), profile.baseModel}, {QStringLiteral("simulated"), profile.simulated},
        {QStringLiteral("messages"), messages}};
    if (!profile.assemblyTemplate.isEmpty()) {
        // Base models take text: the same content assembled as the optimization did.
        o.insert(QStringLiteral("prompt"),
            reward::RequestBuilder::assembleCompletion(
                profile.assemblyTemplate, profile.systemPrompt, QStringLiteral("{query}"), fixed));
        o.insert(QStringLiteral("stop"), QJsonArray{QStringLiteral("<END>"), QStringLiteral("# Query:")});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray ProfileExporter::markdown(const model::AlignmentProfile &profile, const Options &options)
{
    QString out = QStringLiteral("# %1\n\n")
                      .arg(options.name.isEmpty() ? IoText::tr("Alignment profile")
                                                  : IoText::tr("Alignment profile: %1").arg(options.name));
    out += IoText::tr("- Base model: %1\n").arg(baseDescription(profile));
    out +=
        IoText::tr("- Examples retrieved per query (K): %1 of %2, by similarity of the query to the example queries\n")
            .arg(profile.k)
            .arg(profile.examples.size());
    out += profile.assemblyTemplate.isEmpty()
        ? IoText::tr("- Rendering: chat messages (system prompt, examples as turns, "
                     "then the conversation)\n")
        : IoText::tr("- Rendering: a completion template with stop sequences <END> and "
                     "\"# Query:\" (see the end)\n");
    out += QStringLiteral("\n## ") + IoText::tr("System prompt") + QStringLiteral("\n\n") +
        fenced(profile.systemPrompt, QStringLiteral("text"));
    out += QStringLiteral("\n## ") + IoText::tr("Examples (%1)").arg(profile.examples.size()) + u'\n';
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (qsizetype i = 0; i < profile.examples.size(); ++i) {
        const model::Example &e = profile.examples[i];
        QString title = e.query;
        title.replace(space, QStringLiteral(" "));
        title.replace(u'#', QStringLiteral("\\#"));
        if (title.size() > 80)
            title = title.left(77) + QStringLiteral("...");
        out += QStringLiteral("\n### %1. %2\n\n").arg(i + 1).arg(title);
        if (e.bestVersion >= 0 && e.bestVersion < e.history.size() && e.history[e.bestVersion].evaluation.reward)
            out += IoText::tr("Judged %1 / 5 after %n version(s).", nullptr, int(e.history.size()))
                       .arg(*e.history[e.bestVersion].evaluation.reward, 0, 'f', 2) +
                QStringLiteral("\n\n");
        out += QStringLiteral("**") + IoText::tr("Query") + QStringLiteral("**\n\n") +
            fenced(e.query, QStringLiteral("text"));
        out += QStringLiteral("\n**") + IoText::tr("Answer") + QStringLiteral("**\n\n") +
            fenced(e.answer, QStringLiteral("text"));
    }
    if (!profile.assemblyTemplate.isEmpty())
        out += QStringLiteral("\n## ") + IoText::tr("Completion template") + QStringLiteral("\n\n") +
            fenced(profile.assemblyTemplate, QStringLiteral("text"));
    return out.toUtf8();
}

} // namespace drpo::io
