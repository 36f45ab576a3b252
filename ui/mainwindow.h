// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/theme.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace drpo::ui {

class BeamTreePanel;
class ComparePanel;
class CriteriaPanel;
class EvalSession;
class EvaluationPanel;
class ExperimentPanel;
class ExperimentSession;
class InspectorPanel;
class LogPanel;
class PanelLayout;
class ProjectDocument;
class ProjectSession;
class QuerySetPanel;
class RewardChartsPanel;
class RunControlBar;
class RunSession;
class RunStatusWidget;
class StoryNarrator;
class StoryPanel;
class UserPrompter;
class WelcomePage;

// The workstation window: welcome page or beam tree in the middle, dockable panels around
// it, run control toolbar, status bar. The project and its run live in a ProjectSession;
// the window shows them and turns the user's gestures into its commands.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *project() const { return m_project; }
    ProjectDocument *document() const;
    RunSession *session() const;
    RunControlBar *runControls() const { return m_runBar; }
    InspectorPanel *inspector() const { return m_inspector; }
    ComparePanel *comparePanel() const { return m_compare; }
    StoryPanel *storyPanel() const { return m_story; }
    BeamTreePanel *beamTree() const { return m_tree; }
    QDockWidget *dock(const QString &objectName) const;
    EvalSession *evaluation() const { return m_eval; }
    EvaluationPanel *evaluationPanel() const { return m_evaluation; }
    QAction *evaluateAction() const { return m_evaluateAction; }
    ExperimentSession *experiment() const { return m_experiment; }
    ExperimentPanel *experimentPanel() const { return m_experiments; }
    // Shows the Evaluation workspace (the beam search's tab stays one click away): its
    // comparison of systems, or its experiments.
    void showEvaluation();
    void showExperiments();
    // "Evaluate the result": the demo comparison on the finished run, in the Evaluation
    // workspace, told in the Story panel when it ends. False when no run has finished.
    bool evaluateResult();

    bool openDemo();
    bool openFile(const QString &path);
    void newProject();
    bool startRun();
    // Gets back the run found interrupted (killed, crashed) with its project, and resumes it.
    bool recoverInterruptedRun();
    bool resumeLastRun();
    // Writes the automatic backup of unsaved changes now (a timer does it every minute).
    void autosave();
    // Human edit of a node's prompt (while paused); false when not possible now.
    bool submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void showCompare(const QString &left, const QString &right);
    void resetLayout();
    // What a restart passes to reopen the same thing: the project file, or --demo.
    QStringList restartArguments() const;
    // Applies and remembers the light, dark or desktop palette.
    void setTheme(Theme::Mode mode);
    // Who answers the window's questions: dialogs (the default), or another prompter
    // (tests). null restores the dialogs.
    void setPrompter(UserPrompter *prompter);
    // Headless runs and tests: no dialog (questions declined, warnings to the status bar),
    // and the user's saved layout is left alone.
    void setInteractive(bool interactive);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    void buildEvaluation();
    void tellEvaluation(bool complete);
    void updateEvaluateAction();
    void buildMenus();
    void connectSession();
    void updateTitle();
    void updateActions();
    void showProject();
    void refillRecentMenu(const QStringList &files);
    void openInteractive();
    void editPrompt(const QString &nodeId);
    void branchFrom(const QString &nodeId);
    void nodeMenu(const QString &nodeId, const QPoint &globalPos);
    void editModels();
    void showAbout();
    void setLanguage(const QString &code);
    void restartApplication();
    void warn(const QString &title, const QString &text);

    std::unique_ptr<UserPrompter> m_dialogs;
    std::unique_ptr<UserPrompter> m_quiet;
    UserPrompter *m_prompter;
    ProjectSession *m_project;
    std::unique_ptr<PanelLayout> m_layout;
    StoryNarrator *m_narrator;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    BeamTreePanel *m_tree;
    QTabWidget *m_workspaces = nullptr;     // the beam search and the evaluation
    QTabWidget *m_evaluationTabs = nullptr; // comparing systems, experiments
    EvalSession *m_eval = nullptr;
    EvaluationPanel *m_evaluation = nullptr;
    ExperimentSession *m_experiment = nullptr;
    ExperimentPanel *m_experiments = nullptr;
    QAction *m_evaluateAction = nullptr;
    QuerySetPanel *m_queries = nullptr;
    CriteriaPanel *m_criteria = nullptr;
    RewardChartsPanel *m_charts = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ComparePanel *m_compare = nullptr;
    StoryPanel *m_story = nullptr;
    LogPanel *m_log = nullptr;
    RunControlBar *m_runBar;
    RunStatusWidget *m_status;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_resumeLastAction = nullptr;
    QString m_followedBest; // the best node the inspector was last moved to on its own
    bool m_interactive = true;
    bool m_skipSavePrompt = false;
};

} // namespace drpo::ui
