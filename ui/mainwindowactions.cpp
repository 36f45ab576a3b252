// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's steering: editing a prompt, continuing from a node, comparing, the node menu
// and the models dialog.
#include "mainwindow.h"

#include "panels/inspectorpanel.h"
#include "projectdocument.h"
#include "projectsession.h"
#include "runsession.h"
#include "serve/serveactions.h"
#include "storynarrator.h"
#include "userprompter.h"
#include "widgets/aboutdialog.h"
#include "widgets/modelsdialog.h"
#include "widgets/prompteditdialog.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace drpo::ui {

bool MainWindow::submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    return m_project->submitPromptEdit(nodeId, prompt, note);
}

void MainWindow::editPrompt(const QString &nodeId)
{
    const model::Node *n = session()->record().node(nodeId);
    if (!n)
        return;
    if (session()->state() != engine::RunState::Paused) {
        warn(tr("Edit prompt"), tr("Pause the run first: prompts can be edited while the run is paused."));
        return;
    }
    PromptEditDialog dialog(n->id, n->prompt, this);
    if (dialog.exec() == QDialog::Accepted)
        submitPromptEdit(nodeId, dialog.prompt(), dialog.note());
}

void MainWindow::branchFrom(const QString &nodeId)
{
    if (session()->state() != engine::RunState::Paused) {
        warn(tr("Continue from here"), tr("Pause the run first."));
        return;
    }
    const model::Node *n = session()->record().node(nodeId);
    if (!n || !n->isScored()) {
        warn(tr("Continue from here"), tr("This prompt has not been scored yet; choose one that has a score."));
        return;
    }
    session()->branchFrom(nodeId);
    m_narrator->onBranched(*n);
    statusBar()->showMessage(tr("The search will continue from node %1 when you resume.").arg(nodeId), 8000);
}

void MainWindow::showCompare(const QString &left, const QString &right)
{
    session()->setCompare(left, right);
    if (QDockWidget *d = dock(QStringLiteral("compareDock"))) {
        d->show();
        d->raise();
    }
}

void MainWindow::nodeMenu(const QString &nodeId, const QPoint &globalPos)
{
    const model::Node *n = session()->record().node(nodeId);
    if (!n)
        return;
    QMenu menu(this);
    const bool paused = session()->state() == engine::RunState::Paused;
    menu.addAction(tr("Edit prompt\u2026"), this, [this, nodeId] { editPrompt(nodeId); })->setEnabled(paused);
    menu.addAction(tr("Continue the search from here"), this, [this, nodeId] { branchFrom(nodeId); })
        ->setEnabled(paused);
    if (!n->parentId.isEmpty())
        menu.addAction(tr("Compare with parent"), this, [this, p = n->parentId, nodeId] { showCompare(p, nodeId); });
    const QString best = session()->best().nodeId;
    if (!best.isEmpty() && best != nodeId)
        menu.addAction(tr("Compare with best"), this, [this, nodeId, best] { showCompare(nodeId, best); });
    menu.addSeparator(); // serve or export this node's prompt with the run's examples (issue 10)
    serveactions::addNodeActions(&menu, this, *session(), nodeId);
    menu.exec(globalPos);
}

void MainWindow::editModels()
{
    ModelsDialog dialog(document()->project().models, this);
    if (dialog.exec() == QDialog::Accepted)
        document()->setModels(dialog.settings());
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

} // namespace drpo::ui
