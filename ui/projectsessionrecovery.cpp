// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSession's crash recovery: finding a run that was interrupted (the program was
// killed, crashed or lost power) and getting it back with the project it belongs to.
#include "projectsession.h"

#include "io/projectfile.h"
#include "io/runfile.h"
#include "projectdocument.h"
#include "runsession.h"
#include "userprompter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace drpo::ui {

namespace {
constexpr int kRecentProjectsChecked = 3; // run files can be large: look at the latest few only

QString runFileOf(const QString &projectPath)
{
    const QFileInfo fi(projectPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".run.json");
}
} // namespace

ProjectSession::Recovery ProjectSession::findInterruptedRun() const
{
    using Kind = Recovery::Kind;
    Recovery found;
    QList<Recovery> candidates = {
        {Kind::Demo, appRunFile(true), {}, {}, 0, 0}, {Kind::Untitled, appRunFile(false), {}, {}, 0, 0}};
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size() && i < kRecentProjectsChecked; ++i)
        if (QFileInfo::exists(recent[i]))
            candidates.append({Kind::Project, runFileOf(recent[i]), recent[i], {}, 0, 0});
    for (Recovery &c : candidates) {
        if (!QFileInfo::exists(c.file))
            continue;
        io::FileError error;
        const std::optional<model::RunRecord> r = io::loadRunRecord(c.file, &error);
        // Running or Paused on disk while no program runs it: the program went away without
        // stopping it. A run the user stopped, or that finished or failed, is not offered.
        if (!r || !model::isActive(r->status))
            continue;
        if (found.kind == Kind::None || r->updated > found.updated) {
            c.updated = r->updated;
            c.level = r->levels.isEmpty() ? 0 : r->levels.last().level;
            c.depthLimit = r->depthLimit > 0 ? r->depthLimit : r->input.settings.depth;
            found = c;
        }
    }
    // The automatic backup of a project that was never saved (a clean exit removes it).
    const QFileInfo backup(untitledBackupPath());
    if (backup.exists()) {
        const QString when = backup.lastModified().toUTC().toString(Qt::ISODate);
        if (found.kind == Kind::None || when > found.updated)
            found = {Kind::UnsavedProject, backup.filePath(), {}, when, 0, 0};
    }
    return found;
}

void ProjectSession::refreshRecovery()
{
    m_recovery = findInterruptedRun();
    const Recovery &r = m_recovery;
    if (r.kind == Recovery::Kind::None) {
        emit recoveryChanged({}, {});
        return;
    }
    const QDateTime when = QDateTime::fromString(r.updated, Qt::ISODate).toLocalTime();
    const QString saved = when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : r.updated;
    QString what;
    switch (r.kind) {
    case Recovery::Kind::None: return;
    case Recovery::Kind::Demo: what = tr("A run of the offline demo was interrupted."); break;
    case Recovery::Kind::Untitled:
        what = tr("A run of a project that was never saved was interrupted. Its queries, criteria and settings "
                  "come back with it.");
        break;
    case Recovery::Kind::Project:
        what = tr("A run of %1 was interrupted.").arg(QFileInfo(r.projectPath).fileName());
        break;
    case Recovery::Kind::UnsavedProject:
        emit recoveryChanged(tr("A project that was never saved was open when DRPO Studio closed unexpectedly. "
                                "Its automatic backup is from %1.")
                                 .arg(saved),
            tr("Get the project back"));
        return;
    }
    emit recoveryChanged(what + QLatin1Char(' ') +
            tr("It had reached level %1 of %2 when it was last saved (%3). Nothing done so far "
               "will be paid for again.")
                .arg(r.level)
                .arg(r.depthLimit)
                .arg(saved),
        {});
}

bool ProjectSession::recoverInterruptedRun()
{
    if (m_recovery.kind == Recovery::Kind::None)
        m_recovery = findInterruptedRun();
    const Recovery found = m_recovery;
    std::optional<model::RunRecord> record;
    switch (found.kind) {
    case Recovery::Kind::None: return false;
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
        std::optional<model::Project> p = io::loadProject(found.file, &error);
        if (!p) {
            m_prompter->warn(
                tr("Recover project"), tr("The automatic backup could not be read.\n\n%1").arg(error.toString()));
            return false;
        }
        if (!loadProject(*p, QString(), false))
            return false;
        m_document->setExamples(p->seedExamples); // recovered data is unsaved: mark it dirty
        m_recovering = true;
        loadLastRun(false); // its run, if it had one, from the run file of unsaved projects
        m_recovering = false;
        m_recovery = {};
        emit recoveryChanged({}, {});
        return canResumeLastRun() ? resumeLastRun() : true;
    }
    case Recovery::Kind::Untitled: {
        if (!maybeSave())
            return false;
        io::FileError error;
        record = io::loadRunRecord(found.file, &error);
        if (!record) {
            m_prompter->warn(tr("Recover run"), tr("The run file could not be read.\n\n%1").arg(error.toString()));
            return false;
        }
        // The run record carries the whole input: the unsaved project is rebuilt from it.
        const model::RunInput &in = record->input;
        model::Project p;
        p.name = tr("Recovered project");
        p.queries = in.queries;
        p.criteria = in.criteria;
        p.seedExamples = in.seedExamples;
        p.models = in.models;
        p.settings = in.settings;
        if (!loadProject(p, QString(), false))
            return false;
        m_document->putRun(*record); // unsaved: the title shows it and closing asks
        break;
    }
    }
    // openFile() and openDemo() already showed the newest record of that project.
    if (!m_run->hasRun()) {
        io::FileError error;
        if (!record)
            record = io::loadRunRecord(found.file, &error);
        if (!record) {
            m_prompter->warn(tr("Recover run"), tr("The run file could not be read.\n\n%1").arg(error.toString()));
            return false;
        }
        m_run->setSimulated(record->input.models.allSim());
        m_run->loadRecord(*record);
    }
    m_recovery = {};
    emit recoveryChanged({}, {});
    return resumeLastRun();
}

} // namespace drpo::ui
