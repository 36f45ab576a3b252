// MainWindow's crash recovery: finding a run that was interrupted (the program was killed,
// crashed or lost power) and getting it back with the project it belongs to.
#include "mainwindow.h"

#include "io/projectfile.h"
#include "io/runfile.h"
#include "projectdocument.h"
#include "runsession.h"
#include "settingvalue.h"
#include "sim/defaultcriteria.h"
#include "widgets/welcomepage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace drpo::ui {

namespace {
const SettingValue<QStringList> kRecentFiles(QStringLiteral("ui/recentFiles"));
constexpr int kRecentProjectsChecked = 3; // run files can be large: look at the latest few only

QString runFileOf(const QString &projectPath)
{
    const QFileInfo fi(projectPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".run.json");
}

// Running or Paused on disk while no program runs it: the program went away without
// stopping it. A run the user stopped, or that finished or failed, is not offered.
bool interrupted(const model::RunRecord &r)
{
    return r.status == model::RunStatus::Running || r.status == model::RunStatus::Paused;
}
} // namespace

QString MainWindow::appRunFile(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + (demo ? QStringLiteral("/demo.run.json") : QStringLiteral("/untitled.run.json"));
}

QString MainWindow::untitledBackupPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/untitled.drpo.autosave");
}

void MainWindow::findInterruptedRun()
{
    m_recovery = {};
    QList<Recovery> candidates = {
        {Recovery::Kind::Demo, appRunFile(true), {}, {}}, {Recovery::Kind::Untitled, appRunFile(false), {}, {}}};
    const QStringList recent = kRecentFiles.value();
    for (int i = 0; i < recent.size() && i < kRecentProjectsChecked; ++i)
        if (QFileInfo::exists(recent[i]))
            candidates.append({Recovery::Kind::Project, runFileOf(recent[i]), recent[i], {}});
    for (Recovery &c : candidates) {
        if (!QFileInfo::exists(c.runFile))
            continue;
        io::FileError error;
        std::optional<model::RunRecord> r = io::loadRunRecord(c.runFile, &error);
        if (!r || !interrupted(*r))
            continue;
        if (m_recovery.runFile.isEmpty() || r->updated > m_recovery.record.updated) {
            c.record = *r;
            m_recovery = c;
        }
    }
    // The automatic backup of a project that was never saved (a clean exit removes it).
    const QFileInfo backup(untitledBackupPath());
    if (backup.exists()) {
        const QString when = backup.lastModified().toUTC().toString(Qt::ISODate);
        if (m_recovery.runFile.isEmpty() || when > m_recovery.record.updated) {
            m_recovery = {Recovery::Kind::UnsavedProject, backup.filePath(), {}, {}};
            m_recovery.record.updated = when;
        }
    }
}

void MainWindow::offerRecovery()
{
    findInterruptedRun();
    if (m_recovery.runFile.isEmpty()) {
        m_welcome->setRecovery({});
        return;
    }
    const model::RunRecord &r = m_recovery.record;
    const QDateTime when = QDateTime::fromString(r.updated, Qt::ISODate).toLocalTime();
    const QString saved = when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : r.updated;
    const int level = r.levels.isEmpty() ? 0 : r.levels.last().level;
    QString what;
    switch (m_recovery.kind) {
    case Recovery::Kind::Demo: what = tr("A run of the offline demo was interrupted."); break;
    case Recovery::Kind::Untitled:
        what = tr("A run of a project that was never saved was interrupted. Its queries, criteria and settings "
                  "come back with it.");
        break;
    case Recovery::Kind::Project:
        what = tr("A run of %1 was interrupted.").arg(QFileInfo(m_recovery.projectPath).fileName());
        break;
    case Recovery::Kind::UnsavedProject:
        m_welcome->setRecovery(tr("A project that was never saved was open when DRPO Studio closed unexpectedly. "
                                  "Its automatic backup is from %1.")
                                   .arg(saved),
            tr("Get the project back"));
        return;
    }
    m_welcome->setRecovery(what + QLatin1Char(' ') +
        tr("It had reached level %1 of %2 when it was last saved (%3). Nothing done so far "
           "will be paid for again.")
            .arg(level)
            .arg(r.depthLimit > 0 ? r.depthLimit : r.input.settings.depth)
            .arg(saved));
}

bool MainWindow::recoverInterruptedRun()
{
    if (m_recovery.runFile.isEmpty())
        findInterruptedRun();
    if (m_recovery.runFile.isEmpty())
        return false;
    const Recovery found = m_recovery;
    switch (found.kind) {
    case Recovery::Kind::Demo:
    case Recovery::Kind::Project: {
        m_recovering = true; // no second question about the same run
        const bool opened = found.kind == Recovery::Kind::Demo ? openDemo() : openFile(found.projectPath);
        m_recovering = false;
        if (!opened)
            return false;
        break;
    }
    case Recovery::Kind::UnsavedProject: {
        if (!maybeSave())
            return false;
        io::FileError error;
        std::optional<model::Project> p = io::loadProject(found.runFile, &error);
        if (!p) {
            warn(tr("Recover project"), tr("The automatic backup could not be read.\n\n%1").arg(error.toString()));
            return false;
        }
        m_isDemo = false;
        m_hasLastRecord = false;
        m_session->setSimulated(p->models.allSim());
        m_session->clear();
        m_document->reset(*p, QString());
        m_document->setExamples(p->seedExamples); // recovered data is unsaved: mark it dirty
        m_recovering = true;
        loadLastRun(); // its run, if it had one, from the run file of unsaved projects
        m_recovering = false;
        m_recovery = {};
        m_welcome->setRecovery({});
        const bool unfinished = m_hasLastRecord && m_lastRecord.status != model::RunStatus::Finished &&
            m_lastRecord.status != model::RunStatus::Failed;
        return unfinished ? resumeLastRun() : true;
    }
    case Recovery::Kind::Untitled: {
        if (!maybeSave())
            return false;
        // The run record carries the whole input: the unsaved project is rebuilt from it.
        const model::RunInput &in = found.record.input;
        model::Project p;
        p.name = tr("Recovered project");
        p.queries = in.queries;
        p.criteria = in.criteria;
        p.seedExamples = in.seedExamples;
        p.models = in.models;
        p.settings = in.settings;
        m_isDemo = false;
        m_session->setSimulated(p.models.allSim());
        m_session->clear();
        m_document->reset(p, QString());
        m_document->putRun(found.record); // unsaved: the title shows it and closing asks
        break;
    }
    }
    // openFile() and openDemo() already loaded the newest record of that project.
    if (found.kind == Recovery::Kind::Untitled || !m_hasLastRecord) {
        m_lastRecord = found.record;
        m_hasLastRecord = true;
        m_session->setSimulated(m_lastRecord.input.models.allSim());
        m_session->loadRecord(m_lastRecord);
    }
    m_recovery = {};
    m_welcome->setRecovery({});
    updateActions();
    return resumeLastRun();
}

} // namespace drpo::ui
