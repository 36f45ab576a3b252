// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's Evaluation workspace: the tab beside the beam search (comparing systems, and
// experiments), "Evaluate the result" and the story the evaluation tells when it ends.
#include "mainwindow.h"

#include "eval/evalsession.h"
#include "eval/evalstory.h"
#include "eval/evaluationpanel.h"
#include "eval/experimentpanel.h"
#include "eval/experimentsession.h"
#include "panels/beamtreepanel.h"
#include "projectsession.h"
#include "runsession.h"
#include "storynarrator.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTabWidget>

#include <memory>

namespace drpo::ui {

void MainWindow::buildEvaluation()
{
    m_eval = new EvalSession(this);
    m_evaluation = new EvaluationPanel(m_eval, session(), document(), this);
    m_evaluation->setPrompter(m_prompter);
    // Evaluations are written beside the project's run file as they run, and shown again (or
    // continued after a crash) when the project and its run are opened.
    m_evaluation->setResultsPathProvider([this] { return m_project->evalResultsPath(); });
    m_experiment = new ExperimentSession(this);
    m_experiments = new ExperimentPanel(m_experiment, document(), this);
    m_experiments->setPrompter(m_prompter);
    m_evaluationTabs = new QTabWidget(this);
    m_evaluationTabs->setObjectName(QStringLiteral("evaluationTabs"));
    m_evaluationTabs->addTab(m_evaluation, tr("Compare systems"));
    m_evaluationTabs->addTab(m_experiments, tr("Experiments"));
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_tree, tr("Beam search"));
    m_workspaces->addTab(m_evaluationTabs, tr("Evaluation"));

    m_evaluateAction = new QAction(tr("Evaluate the result"), this);
    m_evaluateAction->setObjectName(QStringLiteral("evaluateResultAction"));
    m_evaluateAction->setToolTip(tr("Compare the starting prompt, the best profile, URIAL-style and the instruct-like "
                                    "sim on the demo benchmark"));
    connect(m_evaluateAction, &QAction::triggered, this, &MainWindow::evaluateResult);
    connect(m_eval, &EvalSession::stateChanged, this, &MainWindow::updateEvaluateAction);
    connect(m_eval, &EvalSession::finished, this, &MainWindow::tellEvaluation);
    connect(session(), &RunSession::finished, this, [this](const model::RunRecord &record) {
        updateEvaluateAction();
        if (record.status == model::RunState::Finished)
            statusBar()->showMessage(tr("The search has finished. \u201c"
                                        "Evaluate the result\u201d shows how much the profile helps."),
                15000);
    });
    // A finished experiment is told once its figures (computed off the GUI thread) are in.
    auto tellExperiment = std::make_shared<bool>(false);
    connect(m_experiment, &ExperimentSession::finished, this,
        [tellExperiment](bool complete) { *tellExperiment = complete; });
    connect(m_experiment, &ExperimentSession::figuresChanged, this, [this, tellExperiment] {
        if (!*tellExperiment || m_experiment->isActive())
            return;
        const QString sentence = m_experiment->summary();
        if (sentence.isEmpty())
            return;
        *tellExperiment = false;
        m_narrator->tell(sentence, true);
    });
    // A new project or run: the old evaluation belongs to the old run.
    connect(session(), &RunSession::cleared, m_eval, &EvalSession::clear);
    connect(session(), &RunSession::recordLoaded, m_evaluation, &EvaluationPanel::restoreSaved);
}

void MainWindow::updateEvaluateAction()
{
    const bool finished =
        session()->hasRun() && session()->record().status == model::RunState::Finished && !session()->isActive();
    m_evaluateAction->setEnabled(finished && !m_eval->isActive());
}

void MainWindow::showEvaluation()
{
    m_workspaces->setCurrentWidget(m_evaluationTabs);
    m_evaluationTabs->setCurrentWidget(m_evaluation);
}

void MainWindow::showExperiments()
{
    m_workspaces->setCurrentWidget(m_evaluationTabs);
    m_evaluationTabs->setCurrentWidget(m_experiments);
}

bool MainWindow::evaluateResult()
{
    if (!m_evaluateAction->isEnabled())
        return false;
    showEvaluation();
    if (QDockWidget *story = dock(QStringLiteral("storyDock"))) {
        story->show();
        story->raise();
    }
    return m_evaluation->evaluateRunResult();
}

void MainWindow::tellEvaluation(bool complete)
{
    if (!complete)
        return; // a stopped evaluation has no verdict to tell
    for (const EvalStory::Sentence &s : EvalStory::tell(m_eval->results(), m_eval->analysis()))
        m_narrator->tell(s.text, s.headline);
}

} // namespace drpo::ui
