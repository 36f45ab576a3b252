// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/serveactions.h"

#include "mainwindow.h"
#include "runsession.h"
#include "serve/profilebuilder.h"
#include "serve/servedialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QRegularExpression>

namespace drpo::ui::serveactions {

namespace {
// These are free functions, so lupdate needs a class to name their context.
struct ServeActionsText {
    Q_DECLARE_TR_FUNCTIONS(drpo::ui::ServeActions)
};
} // namespace

model::AlignmentProfile profileFor(
    const QString &prompt, const QList<model::Example> &runExamples, const model::RunInput &input)
{
    return serve::profileFor(prompt, runExamples.isEmpty() ? input.seedExamples : runExamples, input);
}

model::AlignmentProfile profileForNode(const RunSession &session, const QString &nodeId)
{
    const model::RunRecord &run = session.record();
    if (run.status == model::RunState::Finished && nodeId == session.best().nodeId &&
        !run.profile.systemPrompt.isEmpty())
        return run.profile;
    const model::Node *n = run.node(nodeId);
    return profileFor(n ? n->prompt : run.input.settings.rootPrompt, run.examples, run.input);
}

QString modelNameFor(const QString &nodeId, bool best)
{
    if (best)
        return QStringLiteral("drpo-best");
    QString id = nodeId;
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._:/-]+"));
    id.replace(bad, QStringLiteral("-"));
    return QStringLiteral("drpo-node-") + id;
}

void openServeDialog(
    QWidget *parent, const model::AlignmentProfile &profile, const model::RunInput &input, const QString &name)
{
    auto *dialog = new ServeDialog(profile, input.models, name, parent, input.settings.seed);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
}

void addProfileActions(QMenu *menu, QWidget *parent, const model::AlignmentProfile &profile,
    const model::RunInput &input, const QString &name)
{
    menu->addAction(ServeActionsText::tr("Serve this profile\u2026"), parent,
        [parent, profile, input, name] { openServeDialog(parent, profile, input, name); });
    QMenu *exports = menu->addMenu(ServeActionsText::tr("Export this profile"));
    const QList<std::pair<io::ProfileExporter::Format, QString>> formats{
        {io::ProfileExporter::Format::Ollama, ServeActionsText::tr("Ollama Modelfile\u2026")},
        {io::ProfileExporter::Format::OpenAiMessages, ServeActionsText::tr("OpenAI messages template (JSON)\u2026")},
        {io::ProfileExporter::Format::Markdown, ServeActionsText::tr("Markdown\u2026")}};
    for (const auto &[format, label] : formats)
        exports->addAction(label, parent, [parent, profile, name, format = format] {
            ServeDialog::exportInteractive(parent, profile, name, format);
        });
}

void addNodeActions(QMenu *menu, QWidget *parent, const RunSession &session, const QString &nodeId)
{
    addProfileActions(menu, parent, profileForNode(session, nodeId), session.record().input,
        modelNameFor(nodeId, nodeId == session.best().nodeId));
}

QAction *makeServeBestAction(MainWindow *window)
{
    auto *action = new QAction(ServeActionsText::tr("&Serve the best profile\u2026"), window);
    RunSession *session = window->session();
    auto update = [action, session] { action->setEnabled(!session->best().nodeId.isEmpty()); };
    QObject::connect(session, &RunSession::bestChanged, action, update);
    QObject::connect(session, &RunSession::recordLoaded, action, update);
    QObject::connect(session, &RunSession::cleared, action, update);
    update();
    QObject::connect(action, &QAction::triggered, window, [window] {
        const RunSession *s = window->session();
        const QString best = s->best().nodeId;
        if (best.isEmpty())
            return;
        openServeDialog(window, profileForNode(*s, best), s->record().input, modelNameFor(best, true));
    });
    return action;
}

} // namespace drpo::ui::serveactions
