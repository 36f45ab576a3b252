// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdocument.h"

#include "io/projectfile.h"

#include <QFileInfo>
#include <QUndoStack>

namespace drpo::ui {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { emit dirtyChanged(isDirty()); });
}

QString ProjectDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_project.name.isEmpty())
        return m_project.name;
    return tr("Untitled");
}

bool ProjectDocument::isDirty() const
{
    return m_open && (m_extraDirty || !m_undo->isClean());
}

void ProjectDocument::reset(const model::Project &project, const QString &filePath)
{
    m_project = project;
    m_open = true;
    m_undo->clear();
    m_undo->setClean();
    m_extraDirty = false;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit projectReset();
    emit dirtyChanged(false);
}

void ProjectDocument::close()
{
    reset(model::Project{}, QString());
    m_open = false;
    emit projectReset();
}

bool ProjectDocument::save(const QString &filePath, QString *error)
{
    if (!io::saveProject(filePath, m_project, error))
        return false;
    m_extraDirty = false;
    m_undo->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit dirtyChanged(false);
    return true;
}

void ProjectDocument::setQueries(const model::QuerySet &queries)
{
    m_project.queries = queries;
    touch(Change::Queries, true);
}

void ProjectDocument::setCriteria(const model::CriteriaLibrary &criteria)
{
    m_project.criteria = criteria;
    touch(Change::Criteria, true);
}

void ProjectDocument::setExamples(const QList<model::Example> &examples)
{
    m_project.seedExamples = examples;
    touch(Change::Examples, false);
}

void ProjectDocument::setModels(const model::ModelSettings &models)
{
    if (m_project.models == models)
        return;
    m_project.models = models;
    touch(Change::Models, false);
}

void ProjectDocument::setSettings(const model::SearchSettings &settings)
{
    if (m_project.settings == settings)
        return;
    m_project.settings = settings;
    touch(Change::Settings, false);
}

void ProjectDocument::putRun(const model::RunRecord &run)
{
    bool replaced = false;
    for (model::RunRecord &r : m_project.runs) {
        if (r.id == run.id) {
            r = run;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_project.runs.append(run);
    touch(Change::Runs, false);
}

void ProjectDocument::touch(Change change, bool undoable)
{
    const bool wasDirty = isDirty();
    if (!undoable)
        m_extraDirty = true;
    emit changed(change);
    // Undoable changes report dirtiness through the stack's cleanChanged signal.
    if (!undoable && !wasDirty)
        emit dirtyChanged(true);
}

} // namespace drpo::ui
