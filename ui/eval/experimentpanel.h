// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace drpo::ui {

class ExperimentCellModel;
class ExperimentResultsView;
class ExperimentSession;
class ExperimentSetupView;
class ProjectDocument;
class UserPrompter;

// The Experiments tab of the Evaluation workspace: define a grid (the paper's ablations), read
// the forecast, run it with progress (pause, resume, stop), watch the cells fill in and read
// the tables and the K curve; open an earlier experiment (it resumes when unfinished) and
// export the report. The experiment itself lives in an ExperimentSession.
class ExperimentPanel : public QWidget {
    Q_OBJECT
public:
    enum class FileQuestion { NewExperiment, OpenExperiment, ExportReport };
    // Asks for a path (suggested: a file name or path); empty when the user cancels.
    using FileChooser = std::function<QString(FileQuestion question, const QString &suggested)>;

    ExperimentPanel(ExperimentSession *session, const ProjectDocument *document, QWidget *parent = nullptr);

    ExperimentSession *session() const { return m_session; }
    ExperimentSetupView *setup() const { return m_setup; }
    ExperimentCellModel *cells() const { return m_cellModel; }
    ExperimentResultsView *results() const { return m_results; }
    QPushButton *startButton() const { return m_startButton; }
    QLabel *problemLabel() const { return m_problem; }
    QString statusText() const;
    // Who answers warnings (dialogs, or a quiet prompter in headless runs and tests).
    void setPrompter(UserPrompter *prompter);
    // Who picks files (file dialogs by default; tests answer themselves).
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // Start: asks where the experiment goes, then runs the grid the boxes describe.
    bool startExperiment();
    bool startExperiment(const QString &path);
    // Opens an experiment file: shows it, and continues it when unfinished (it says which).
    bool openExperiment(const QString &path);
    bool exportReport(const QString &path); // md, html or csv by the suffix

private:
    void updateControls();
    void updateProgress();
    QString suggestedPath() const;
    QString choose(FileQuestion question, const QString &suggested);
    void warn(const QString &text);
    void note(const QString &text);

    ExperimentSession *m_session;
    const ProjectDocument *m_document;
    UserPrompter *m_prompter = nullptr;
    FileChooser m_chooser;
    ExperimentSetupView *m_setup;
    QLabel *m_problem;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_stopButton;
    QPushButton *m_openButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_file;
    ExperimentCellModel *m_cellModel;
    QTableView *m_cellView;
    ExperimentResultsView *m_results;
};

} // namespace drpo::ui
