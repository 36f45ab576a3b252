// MainWindow's project handling and steering (the window layout is in mainwindow.cpp).
#include "mainwindow.h"

#include "io/projectfile.h"
#include "io/runfile.h"
#include "models/nodemodel.h"
#include "panels/inspectorpanel.h"
#include "projectdocument.h"
#include "rundriver.h"
#include "runsession.h"
#include "settingvalue.h"
#include "sim/defaultcriteria.h"
#include "storynarrator.h"
#include "widgets/aboutdialog.h"
#include "widgets/modelsdialog.h"
#include "widgets/prompteditdialog.h"
#include "widgets/runcontrolbar.h"
#include "widgets/welcomepage.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace drpo::ui {

namespace {
const SettingValue<QStringList> kRecentFiles(QStringLiteral("ui/recentFiles"));
constexpr int kMaxRecent = 8;
// A level takes about three latencies (optimizer, answers, judge): about two seconds, so a
// person can read the story as it is told. 250 ms made a level flash by in under a second.
constexpr int kDemoLatencyMs = 700;

QString autosavePath(const QString &path)
{
    return path + QStringLiteral(".autosave");
}
} // namespace

bool MainWindow::openDemo()
{
    if (!maybeSave())
        return false;
    io::FileError error;
    std::optional<model::Project> demo = io::loadDemoProject(&error);
    if (!demo) {
        warn(tr("Offline demo"), tr("The demo project could not be loaded: %1").arg(error.toString()));
        return false;
    }
    demo->simulated = true;
    if (demo->models.simLatencyMs == 0)
        demo->models.simLatencyMs = kDemoLatencyMs;
    m_isDemo = true;
    m_hasLastRecord = false;
    m_session->setSimulated(true);
    m_session->clear();
    m_document->reset(*demo, QString());
    if (QDockWidget *story = dock(QStringLiteral("storyDock"))) {
        story->show();
        story->raise();
    }
    // An unfinished demo run (stopped, interrupted, or left by a restart) comes back with the
    // demo so Run → Resume continues it; a finished one is history and the demo starts clean.
    io::FileError runError;
    if (const auto last = io::loadRunRecord(runFilePath(), &runError);
        last && last->status != model::RunStatus::Finished && last->status != model::RunStatus::Failed)
        loadLastRun();
    return true;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    model::Project p;
    p.name = tr("Untitled");
    p.criteria = sim::defaultCriteria();
    m_isDemo = false;
    m_hasLastRecord = false;
    m_session->setSimulated(p.models.allSim());
    m_session->clear();
    m_document->reset(p, QString());
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString source = path;
    const QFileInfo autosaved(autosavePath(path));
    if (m_interactive && autosaved.exists() && autosaved.lastModified() > QFileInfo(path).lastModified()) {
        const auto answer = QMessageBox::question(this, tr("Recover changes"),
            tr("There is an automatic backup of %1 that is newer than the file "
               "(the program may have been closed unexpectedly). Open the backup?")
                .arg(QFileInfo(path).fileName()));
        if (answer == QMessageBox::Yes)
            source = autosaved.filePath();
    }
    io::FileError error;
    std::optional<model::Project> project = io::loadProject(source, &error);
    if (!project) {
        warn(tr("Open project"), tr("The project could not be opened.\n\n%1").arg(error.toString()));
        return false;
    }
    m_isDemo = false;
    m_session->setSimulated(project->models.allSim());
    m_session->clear();
    m_document->reset(*project, path);
    if (source != path)
        m_document->setExamples(project->seedExamples); // recovered data is unsaved: mark it dirty
    addRecent(path);
    loadLastRun();
    return true;
}

void MainWindow::openInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("DRPO projects (*.drpo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        warn(tr("Save project"), tr("The project could not be saved.\n\n%1").arg(error));
        return false;
    }
    QFile::remove(autosavePath(m_document->filePath()));
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save project as"), m_document->displayName(), tr("DRPO projects (*.drpo)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".drpo")))
        path += QStringLiteral(".drpo");
    QString error;
    if (!m_document->save(path, &error)) {
        warn(tr("Save project"), tr("The project could not be saved.\n\n%1").arg(error));
        return false;
    }
    m_isDemo = false;
    QFile::remove(untitledBackupPath());
    updateTitle();
    addRecent(path);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isDirty() || !m_interactive)
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::addRecent(const QString &path)
{
    QStringList files = kRecentFiles.value();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMaxRecent)
        files.removeLast();
    kRecentFiles.setValue(files);
    refillRecentMenu();
}

void MainWindow::refillRecentMenu()
{
    const QStringList files = kRecentFiles.value();
    m_recentMenu->clear();
    for (const QString &f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::autosave()
{
    // A backup next to the file, never the file itself: the user decides when to save. A
    // project never saved goes to the app's data folder. The demo's run has its own file.
    if (!m_document->isOpen() || !m_document->isDirty() || m_isDemo)
        return;
    const QString target =
        m_document->filePath().isEmpty() ? untitledBackupPath() : autosavePath(m_document->filePath());
    QString error;
    if (!io::saveProject(target, m_document->project(), &error))
        statusBar()->showMessage(tr("Automatic backup failed: %1").arg(error), 8000);
}

QString MainWindow::runFilePath() const
{
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo fi(m_document->filePath());
        return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".run.json");
    }
    return appRunFile(m_isDemo);
}

void MainWindow::loadLastRun()
{
    // The run file is rewritten after every level, so after a crash it is newer than the
    // copy in the project: take whichever of the two is more recent.
    m_hasLastRecord = false;
    const auto &runs = m_document->project().runs;
    if (!runs.isEmpty()) {
        m_lastRecord = runs.last();
        m_hasLastRecord = true;
    }
    io::FileError error;
    if (QFileInfo::exists(runFilePath())) {
        if (auto fromFile = io::loadRunRecord(runFilePath(), &error);
            fromFile && (!m_hasLastRecord || fromFile->updated > m_lastRecord.updated)) {
            m_lastRecord = *fromFile;
            m_hasLastRecord = true;
        }
    }
    if (m_hasLastRecord) {
        m_session->setSimulated(m_lastRecord.input.models.allSim());
        m_session->loadRecord(m_lastRecord);
        if (m_lastRecord.status != model::RunStatus::Finished && !m_recovering)
            statusBar()->showMessage(
                tr("The last run did not finish; Run \u2192 Resume the interrupted run continues it."), 15000);
    }
    updateActions();
    const bool interrupted = m_hasLastRecord &&
        (m_lastRecord.status == model::RunStatus::Running || m_lastRecord.status == model::RunStatus::Paused);
    if (interrupted && m_interactive && !m_recovering) {
        const int level = m_lastRecord.levels.isEmpty() ? 0 : m_lastRecord.levels.last().level;
        const auto answer = QMessageBox::question(this, tr("Interrupted run"),
            tr("The last run of this project was interrupted at level %1 (the program was closed unexpectedly). "
               "Resume it now? Work already done is not repeated.")
                .arg(level),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            resumeLastRun();
    }
}

bool MainWindow::resumeLastRun()
{
    if (!m_hasLastRecord)
        return false;
    QString error;
    if (!m_driver->resumeRun(m_lastRecord, runFilePath(), &error)) {
        warn(tr("Resume run"), tr("The run could not be resumed.\n\n%1").arg(error));
        return false;
    }
    return true;
}

bool MainWindow::startRun()
{
    if (!m_document->isOpen())
        return false;
    m_document->setSettings(m_runBar->settings(m_document->project().settings));
    const QString problem = m_document->project().settings.validate();
    if (!problem.isEmpty()) {
        warn(tr("Start run"), problem);
        return false;
    }
    QString error;
    if (!m_driver->start(m_document->project().runInput(), runFilePath(), &error)) {
        warn(tr("Start run"), tr("The run could not start.\n\n%1").arg(error));
        return false;
    }
    return true;
}

bool MainWindow::submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    if (m_session->state() != engine::RunState::Paused || !m_session->nodes()->node(nodeId) ||
        prompt.trimmed().isEmpty())
        return false;
    m_driver->submitEdit(nodeId, prompt, note);
    statusBar()->showMessage(tr("Your edit was sent; it is being judged."), 5000);
    return true;
}

void MainWindow::editPrompt(const QString &nodeId)
{
    const model::Node *n = m_session->nodes()->node(nodeId);
    if (!n)
        return;
    if (m_session->state() != engine::RunState::Paused) {
        warn(tr("Edit prompt"), tr("Pause the run first: prompts can be edited while the run is paused."));
        return;
    }
    PromptEditDialog dialog(n->id, n->prompt, this);
    if (dialog.exec() == QDialog::Accepted)
        submitPromptEdit(nodeId, dialog.prompt(), dialog.note());
}

void MainWindow::branchFrom(const QString &nodeId)
{
    if (m_session->state() != engine::RunState::Paused) {
        warn(tr("Continue from here"), tr("Pause the run first."));
        return;
    }
    const model::Node *n = m_session->nodes()->node(nodeId);
    if (!n || !n->isScored()) {
        warn(tr("Continue from here"), tr("This prompt has not been scored yet; choose one that has a score."));
        return;
    }
    m_driver->branchFrom(nodeId);
    m_narrator->onBranched(*n);
    statusBar()->showMessage(tr("The search will continue from node %1 when you resume.").arg(nodeId), 8000);
}

void MainWindow::showCompare(const QString &left, const QString &right)
{
    m_session->setCompare(left, right);
    if (QDockWidget *d = dock(QStringLiteral("compareDock"))) {
        d->show();
        d->raise();
    }
}

void MainWindow::nodeMenu(const QString &nodeId, const QPoint &globalPos)
{
    const model::Node *n = m_session->nodes()->node(nodeId);
    if (!n)
        return;
    QMenu menu(this);
    const bool paused = m_session->state() == engine::RunState::Paused;
    menu.addAction(tr("Edit prompt\u2026"), this, [this, nodeId] { editPrompt(nodeId); })->setEnabled(paused);
    menu.addAction(tr("Continue the search from here"), this, [this, nodeId] { branchFrom(nodeId); })
        ->setEnabled(paused);
    if (!n->parentId.isEmpty())
        menu.addAction(tr("Compare with parent"), this, [this, p = n->parentId, nodeId] { showCompare(p, nodeId); });
    const QString best = m_session->nodes()->bestNodeId();
    if (!best.isEmpty() && best != nodeId)
        menu.addAction(tr("Compare with best"), this, [this, nodeId, best] { showCompare(nodeId, best); });
    menu.exec(globalPos);
}

void MainWindow::editModels()
{
    ModelsDialog dialog(m_document->project().models, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setModels(dialog.settings());
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

} // namespace drpo::ui
