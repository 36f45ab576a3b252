#pragma once

#include "model/runrecord.h"
#include "widgets/theme.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace drpo::ui {

class BeamTreePanel;
class ComparePanel;
class CriteriaPanel;
class InspectorPanel;
class LogPanel;
class ProjectDocument;
class QuerySetPanel;
class RewardChartsPanel;
class RunControlBar;
class RunDriver;
class RunSession;
class RunStatusWidget;
class StoryNarrator;
class StoryPanel;
class WelcomePage;

// The workstation window: welcome page or beam tree in the middle, dockable panels around
// it, run control toolbar, status bar. Owns the document, the run session and the driver.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    RunSession *session() const { return m_session; }
    RunDriver *driver() const { return m_driver; }
    RunControlBar *runControls() const { return m_runBar; }
    InspectorPanel *inspector() const { return m_inspector; }
    ComparePanel *comparePanel() const { return m_compare; }
    StoryPanel *storyPanel() const { return m_story; }
    BeamTreePanel *beamTree() const { return m_tree; }
    QDockWidget *dock(const QString &objectName) const;

    bool openDemo();
    bool openFile(const QString &path);
    void newProject();
    bool startRun();
    // Gets back the run found interrupted (killed, crashed) with its project, and resumes it.
    bool recoverInterruptedRun();
    bool resumeLastRun();
    // Writes the automatic backup of unsaved changes now (the timer does it every minute).
    void autosave();
    // Human edit of a node's prompt (while paused); false when not possible now.
    bool submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void showCompare(const QString &left, const QString &right);
    void resetLayout();
    // What a restart passes to reopen the same thing: the project file, or --demo.
    QStringList restartArguments() const;
    // Applies and remembers the light, dark or desktop palette.
    void setTheme(Theme::Mode mode);
    // Leaves the window without prompts (headless runs, tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildMenus();
    void applyDefaultDockSizes();
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void updateTitle();
    void updateActions();
    void showProject();
    bool save();
    bool saveAs();
    bool maybeSave();
    void openInteractive();
    void addRecent(const QString &path);
    void refillRecentMenu();
    QString runFilePath() const;
    void loadLastRun();
    static QString appRunFile(bool demo); // run files of the demo and of unsaved projects
    static QString untitledBackupPath();  // automatic backup of a project never saved
    void findInterruptedRun();
    void offerRecovery();
    void editPrompt(const QString &nodeId);
    void branchFrom(const QString &nodeId);
    void nodeMenu(const QString &nodeId, const QPoint &globalPos);
    void editModels();
    void showAbout();
    void setLanguage(const QString &code);
    void restartApplication();
    void warn(const QString &title, const QString &text);

    ProjectDocument *m_document;
    RunSession *m_session;
    RunDriver *m_driver;
    StoryNarrator *m_narrator;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    BeamTreePanel *m_tree;
    QuerySetPanel *m_queries = nullptr;
    CriteriaPanel *m_criteria = nullptr;
    RewardChartsPanel *m_charts = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ComparePanel *m_compare = nullptr;
    StoryPanel *m_story = nullptr;
    LogPanel *m_log = nullptr;
    RunControlBar *m_runBar;
    RunStatusWidget *m_status;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
    QByteArray m_panelState; // the dock layout while the welcome page hides the panels
    bool m_welcomeShown = false;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_resumeLastAction = nullptr;
    QTimer m_autosave;
    model::RunRecord m_lastRecord;
    bool m_hasLastRecord = false;
    bool m_isDemo = false;
    bool m_interactive = true;
    bool m_recovering = false;
    bool m_skipSavePrompt = false;

    // A run that was left Running or Paused on disk, and where its project is.
    struct Recovery {
        enum class Kind { Demo, Untitled, Project, UnsavedProject };
        Kind kind = Kind::Demo;
        QString runFile;     // empty: nothing to recover (UnsavedProject: the backup file)
        QString projectPath; // Kind::Project
        model::RunRecord record;
    };
    Recovery m_recovery;
};

} // namespace drpo::ui
