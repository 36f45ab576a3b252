// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "io/projectfile.h"
#include "io/runfile.h"
#include "projectdocument.h"
#include "runsession.h"
#include "settingvalue.h"
#include "sim/defaultcriteria.h"
#include "userprompter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace drpo::ui {

namespace {
const SettingValue<QStringList> kRecentFiles(QStringLiteral("ui/recentFiles"));
constexpr int kMaxRecent = 8;
// A level takes about three latencies (optimizer, answers, judge): about two seconds, so a
// person can read the story as it is told. 250 ms made a level flash by in under a second.
constexpr int kDemoLatencyMs = 700;
constexpr int kAutosaveMs = 60 * 1000;
} // namespace

ProjectSession::ProjectSession(UserPrompter *prompter, QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_document(new ProjectDocument(this))
    , m_run(new RunSession(this))
{
    // The project keeps its runs: every saved record replaces the project's copy.
    connect(m_run, &RunSession::saved, this, &ProjectSession::keepRunInDocument);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectSession::autosave);
    m_autosave.start();
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::autosavePath(const QString &path)
{
    return path + QStringLiteral(".autosave");
}

QString ProjectSession::appRunFile(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + (demo ? QStringLiteral("/demo.run.json") : QStringLiteral("/untitled.run.json"));
}

QString ProjectSession::untitledBackupPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/untitled.drpo.autosave");
}

QString ProjectSession::runFilePath() const
{
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo fi(m_document->filePath());
        return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".run.json");
    }
    return appRunFile(m_isDemo);
}

QString ProjectSession::evalResultsPath() const
{
    QString path = runFilePath();
    if (path.endsWith(QStringLiteral(".run.json")))
        path.chop(int(qstrlen(".run.json")));
    return path + QStringLiteral(".eval.json");
}

void ProjectSession::keepRunInDocument(const model::RunRecord &record)
{
    if (m_document->isOpen())
        m_document->putRun(record);
}

bool ProjectSession::loadProject(const model::Project &project, const QString &path, bool demo)
{
    if (m_run->isActive() && !m_run->stopAndWait(15000)) {
        m_prompter->warn(tr("Open project"), tr("The run in progress did not stop; try again in a moment."));
        return false;
    }
    m_isDemo = demo;
    m_run->setSimulated(project.models.allSim());
    m_run->clear();
    m_document->reset(project, path);
    return true;
}

bool ProjectSession::openDemo()
{
    if (!maybeSave())
        return false;
    io::FileError error;
    std::optional<model::Project> demo = io::loadDemoProject(&error);
    if (!demo) {
        m_prompter->warn(tr("Offline demo"), tr("The demo project could not be loaded: %1").arg(error.toString()));
        return false;
    }
    demo->simulated = true;
    if (demo->models.simLatencyMs == 0)
        demo->models.simLatencyMs = kDemoLatencyMs;
    if (!loadProject(*demo, QString(), true))
        return false;
    emit demoOpened();
    // An unfinished demo run (stopped, interrupted, or left by a restart) comes back with the
    // demo so Run → Resume continues it; a finished one is history and the demo starts clean.
    io::FileError runError;
    if (const auto last = io::loadRunRecord(runFilePath(), &runError);
        last && last->status != model::RunState::Finished && last->status != model::RunState::Failed)
        loadLastRun(false);
    return true;
}

void ProjectSession::newProject()
{
    if (!maybeSave())
        return;
    model::Project p;
    p.name = tr("Untitled");
    p.criteria = sim::defaultCriteria();
    loadProject(p, QString(), false);
}

bool ProjectSession::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString source = path;
    const QFileInfo autosaved(autosavePath(path));
    if (autosaved.exists() && autosaved.lastModified() > QFileInfo(path).lastModified() &&
        m_prompter->askYesNo(tr("Recover changes"),
            tr("There is an automatic backup of %1 that is newer than the file "
               "(the program may have been closed unexpectedly). Open the backup?")
                .arg(QFileInfo(path).fileName())))
        source = autosaved.filePath();
    io::FileError error;
    std::optional<model::Project> project = io::loadProject(source, &error);
    if (!project) {
        m_prompter->warn(tr("Open project"), tr("The project could not be opened.\n\n%1").arg(error.toString()));
        return false;
    }
    if (!loadProject(*project, path, false))
        return false;
    if (source != path)
        m_document->setExamples(project->seedExamples); // recovered data is unsaved: mark it dirty
    addRecent(path);
    loadLastRun(true);
    return true;
}

bool ProjectSession::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        m_prompter->warn(tr("Save project"), tr("The project could not be saved.\n\n%1").arg(error));
        return false;
    }
    QFile::remove(autosavePath(m_document->filePath()));
    m_prompter->notify(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool ProjectSession::saveAs()
{
    QString path = m_prompter->askSavePath(m_document->displayName());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".drpo")))
        path += QStringLiteral(".drpo");
    QString error;
    if (!m_document->save(path, &error)) {
        m_prompter->warn(tr("Save project"), tr("The project could not be saved.\n\n%1").arg(error));
        return false;
    }
    m_isDemo = false;
    QFile::remove(untitledBackupPath());
    addRecent(path);
    return true;
}

bool ProjectSession::maybeSave()
{
    if (!m_document->isDirty())
        return true;
    switch (m_prompter->askSaveChanges(m_document->displayName())) {
    case UserPrompter::SaveChoice::Save: return save();
    case UserPrompter::SaveChoice::Discard: return true;
    case UserPrompter::SaveChoice::Cancel: return false;
    }
    return false;
}

void ProjectSession::autosave()
{
    // A backup next to the file, never the file itself: the user decides when to save. A
    // project never saved goes to the app's data folder. The demo's run has its own file.
    if (!m_document->isOpen() || !m_document->isDirty() || m_isDemo)
        return;
    const QString target =
        m_document->filePath().isEmpty() ? untitledBackupPath() : autosavePath(m_document->filePath());
    QString error;
    if (!io::saveProject(target, m_document->project(), &error))
        m_prompter->notify(tr("Automatic backup failed: %1").arg(error), 8000);
}

void ProjectSession::shutDown()
{
    // A clean exit: whatever was not saved was discarded on purpose, so no backup is offered later.
    if (m_document->isOpen())
        QFile::remove(m_document->filePath().isEmpty() ? untitledBackupPath() : autosavePath(m_document->filePath()));
    m_run->stopAndWait(15000);
}

QStringList ProjectSession::recentFiles() const
{
    return kRecentFiles.value();
}

void ProjectSession::addRecent(const QString &path)
{
    QStringList files = kRecentFiles.value();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMaxRecent)
        files.removeLast();
    kRecentFiles.setValue(files);
    emit recentFilesChanged(files);
}

void ProjectSession::loadLastRun(bool ask)
{
    // The run file is rewritten after every step, so after a crash it is newer than the
    // copy in the project: take whichever of the two is more recent.
    std::optional<model::RunRecord> last;
    if (!m_document->project().runs.isEmpty())
        last = m_document->project().runs.last();
    io::FileError error;
    if (QFileInfo::exists(runFilePath()))
        if (auto fromFile = io::loadRunRecord(runFilePath(), &error);
            fromFile && (!last || fromFile->updated > last->updated))
            last = fromFile;
    if (!last)
        return;
    m_run->setSimulated(last->input.models.allSim());
    m_run->loadRecord(*last);
    if (last->status == model::RunState::Finished || last->status == model::RunState::Failed)
        return;
    const bool interrupted = model::isActive(last->status);
    const int level = last->levels.isEmpty() ? 0 : last->levels.last().level;
    if (ask && interrupted && !m_recovering &&
        m_prompter->askYesNo(tr("Interrupted run"),
            tr("The last run of this project was interrupted at level %1 (the program was closed unexpectedly). "
               "Resume it now? Work already done is not repeated.")
                .arg(level))) {
        resumeLastRun();
        return;
    }
    if (!m_recovering)
        m_prompter->notify(
            tr("The last run did not finish; Run \u2192 Resume the interrupted run continues it."), 15000);
}

bool ProjectSession::canResumeLastRun() const
{
    return m_document->isOpen() && m_run->hasRun() && !m_run->isActive() &&
        m_run->record().status != model::RunState::Finished && m_run->record().status != model::RunState::Failed;
}

bool ProjectSession::resumeLastRun()
{
    if (!m_run->hasRun())
        return false;
    QString error;
    if (!m_run->resumeRun(m_run->record(), runFilePath(), &error)) {
        m_prompter->warn(tr("Resume run"), tr("The run could not be resumed.\n\n%1").arg(error));
        return false;
    }
    return true;
}

bool ProjectSession::startRun(const model::SearchSettings &settings)
{
    if (!m_document->isOpen())
        return false;
    m_document->setSettings(settings);
    const QString problem = m_document->project().settings.validate();
    if (!problem.isEmpty()) {
        m_prompter->warn(tr("Start run"), problem);
        return false;
    }
    QString error;
    if (!m_run->start(m_document->project().runInput(), runFilePath(), &error)) {
        m_prompter->warn(tr("Start run"), tr("The run could not start.\n\n%1").arg(error));
        return false;
    }
    return true;
}

bool ProjectSession::submitPromptEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    if (m_run->state() != model::RunState::Paused || !m_run->record().node(nodeId) || prompt.trimmed().isEmpty())
        return false;
    m_run->submitEdit(nodeId, prompt, note);
    m_prompter->notify(tr("Your edit was sent; it is being judged."), 5000);
    return true;
}

QStringList ProjectSession::restartArguments() const
{
    QStringList args;
    if (m_isDemo && m_document->filePath().isEmpty())
        args = {QStringLiteral("--demo")};
    else if (!m_document->filePath().isEmpty())
        args = {m_document->filePath()};
    // A run in progress is stopped for the restart (its record stays resumable) and resumed after it.
    if (!args.isEmpty() && m_run->isActive())
        args.append(QStringLiteral("--resume-run"));
    return args;
}

} // namespace drpo::ui
