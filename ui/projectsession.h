// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "model/runrecord.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace drpo::ui {

class ProjectDocument;
class RunSession;
class UserPrompter;

// The open project and its run, without widgets: new, open, demo, save, automatic backup,
// recent files, where the run file and backups live, resuming the last run and getting
// back a run that was interrupted. Questions to the user go through a UserPrompter, so the
// window, headless runs and tests drive it alike.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    // A run found Running or Paused on disk while no program runs it, and where its project is.
    struct Recovery {
        enum class Kind { None, Demo, Untitled, Project, UnsavedProject };
        Kind kind = Kind::None;
        QString file;        // the run file (UnsavedProject: the project's backup)
        QString projectPath; // Kind::Project
        QString updated;     // ISO time of the last save
        int level = 0;
        int depthLimit = 0;
    };

    ProjectSession(UserPrompter *prompter, QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectDocument *document() const { return m_document; }
    RunSession *run() const { return m_run; }
    void setPrompter(UserPrompter *prompter) { m_prompter = prompter; }
    bool isDemo() const { return m_isDemo; }

    bool openDemo();
    bool openFile(const QString &path);
    void newProject();
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Writes the automatic backup of unsaved changes now (the timer does it every minute).
    void autosave();
    // A clean exit: stops the run (its record stays resumable) and removes the backups the
    // user chose to discard.
    void shutDown();

    QStringList recentFiles() const;
    QString runFilePath() const;
    // Where the Evaluation workspace writes its evaluation of this project's run: beside the
    // run file ("project.eval.json" next to "project.run.json").
    QString evalResultsPath() const;
    static QString appRunFile(bool demo); // run files of the demo and of unsaved projects
    static QString untitledBackupPath();  // automatic backup of a project never saved

    // Runs.
    bool startRun(const model::SearchSettings &settings);
    bool canResumeLastRun() const;
    bool resumeLastRun();
    bool submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note);

    // Crash recovery.
    Recovery findInterruptedRun() const;
    const Recovery &recovery() const { return m_recovery; }
    // Looks for an interrupted run and tells the welcome page about it (recoveryChanged).
    void refreshRecovery();
    bool recoverInterruptedRun();

    // What a restart passes to reopen the same thing: the project file, or --demo (and
    // --resume-run when a run is in progress).
    QStringList restartArguments() const;

signals:
    void recentFilesChanged(const QStringList &files);
    // Text for the welcome page's offer (empty: nothing to recover) and its button.
    void recoveryChanged(const QString &text, const QString &buttonText);
    void demoOpened();

private:
    bool loadProject(const model::Project &project, const QString &path, bool demo);
    void addRecent(const QString &path);
    // Shows the project's last run: the newer of the project's copy and the run file.
    void loadLastRun(bool ask);
    void keepRunInDocument(const model::RunRecord &record);
    static QString autosavePath(const QString &path);

    UserPrompter *m_prompter;
    ProjectDocument *m_document;
    RunSession *m_run;
    QTimer m_autosave;
    Recovery m_recovery;
    bool m_isDemo = false;
    bool m_recovering = false; // opening a project to recover its run: no second question
};

} // namespace drpo::ui
