// SPDX-License-Identifier: GPL-3.0-or-later
#include "askcommand.h"

#include "clicommon.h"
#include "io/profilefile.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "modelflags.h"
#include "reward/callrunner.h"
#include "serve/profileresponder.h"

#include <QCommandLineParser>

namespace drpo::cli {

int runAsk(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Answers a query the aligned way: the profile's system prompt plus "
                                               "the K most similar optimized examples."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("query"), QStringLiteral("The question to answer."));
    p.addOption({QStringLiteral("profile"), QStringLiteral("Alignment profile (or a finished run record)."),
        QStringLiteral("PROFILE.json")});
    p.addOption({QStringLiteral("demo"), QStringLiteral("Answer with the simulated demo base model.")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the simulated model."), QStringLiteral("N"),
        QStringLiteral("42")});
    p.addOption(
        {QStringLiteral("show-prompt"), QStringLiteral("Also print the system prompt and the retrieved examples.")});
    addModelOptions(p);
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (!p.isSet(QStringLiteral("profile")))
        return fail(QStringLiteral("--profile PROFILE.json is required"), 2);
    const QString query = p.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return fail(
            QStringLiteral("give the query to answer, e.g. drpo ask --profile p.json \"How do I boil an egg?\""), 2);
    QString error;
    const std::optional<model::AlignmentProfile> profile =
        io::loadProfileOrRun(p.value(QStringLiteral("profile")), &error);
    if (!profile)
        return fail(error);

    model::ModelSettings models; // every role defaults to the simulated world
    if (!applyModelOptions(p, models, &error))
        return fail(error, 2);
    if (p.isSet(QStringLiteral("demo")))
        models.base = model::ModelSettings().base; // the simulated base; an --embedder-* still applies
    if (models.base.isSim() && !profile->simulated && !p.isSet(QStringLiteral("demo")))
        return fail(QStringLiteral("this profile was found for \"%1\": give its endpoint with --base-kind, "
                                   "--base-url and --base-model, or use --demo to answer with the simulated model")
                        .arg(profile->baseModel));
    if (!models.base.isSim() && profile->simulated)
        err() << "note: this profile was found on the simulated demo models, not on " << models.base.model << Qt::endl;
    QList<model::Role> roles{model::Role::Base};
    if (models.hasEmbedder())
        roles << model::Role::Embedder;
    llm::SchedulerHost host;
    if (!host.setUp(models, roles, p.value(QStringLiteral("seed")).toULongLong(), &error))
        return fail(error);
    host.start();
    QMap<QString, model::Usage> usage;
    reward::CallRunner calls(*host, usage);

    // The same responder as drpo serve: same retrieval, same rendering.
    serve::ProfileResponder responder(*profile, models);
    QString warning;
    if (!responder.prepareEmbeddings(calls, &warning, &error))
        return fail(error);
    QList<double> queryVector;
    if (responder.usesEmbeddings()) {
        const llm::LlmResponse embedded = calls.run({responder.embedRequest(query)}).value(0);
        if (calls.mustStop())
            return fail(QStringLiteral("the embedder failed: %1").arg(calls.fatalError()));
        if (embedded.ok() && embedded.embeddings.size() == 1)
            queryVector = embedded.embeddings.first();
        else
            warning = QStringLiteral("the query was not embedded (%1); its examples are retrieved by BM25")
                          .arg(embedded.errorMessage);
    }
    if (!warning.isEmpty())
        err() << "warning: " << warning << Qt::endl;
    const QList<llm::Message> conversation{llm::Message{QStringLiteral("user"), query}};
    const QList<int> picked = responder.retrieve(query, queryVector);
    const QList<model::Example> shots = responder.examplesAt(picked);
    const llm::LlmRequest request = responder.render(conversation, picked, serve::Sampling());
    const llm::LlmResponse answer = calls.run({request}).value(0);

    if (p.isSet(QStringLiteral("show-prompt"))) {
        out() << "System prompt:\n"
              << profile->systemPrompt << "\n\nExamples used (" << shots.size() << ", by "
              << (responder.usesEmbeddings() && !queryVector.isEmpty() ? "embeddings" : "BM25") << "):\n";
        for (const model::Example &e : shots)
            out() << "  - " << e.query.left(100) << '\n';
        out() << "\nAnswer:\n";
    }
    if (!answer.ok())
        return fail(QStringLiteral("the base model failed: %1").arg(answer.errorMessage));
    out() << answer.text().trimmed() << Qt::endl;
    if (models.base.isSim())
        err() << "(answered by the simulated demo model)" << Qt::endl;
    return 0;
}

} // namespace drpo::cli
