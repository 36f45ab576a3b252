// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace drpo::ui {

// The open project: its values, file path, dirty state and undo stack. Undoable edits go
// through QUndoCommands that call the setters; every change is broadcast as one typed event.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    enum class Change { Queries, Criteria, Examples, Models, Settings, Runs };
    Q_ENUM(Change)

    explicit ProjectDocument(QObject *parent = nullptr);

    const model::Project &project() const { return m_project; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isDirty() const;
    bool isOpen() const { return m_open; }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces the whole project (open, new, demo): clears undo history, marks clean.
    void reset(const model::Project &project, const QString &filePath);
    void close();
    bool save(const QString &filePath, QString *error);

    void setQueries(const model::QuerySet &queries);
    void setCriteria(const model::CriteriaLibrary &criteria);
    void setExamples(const QList<model::Example> &examples);
    void setModels(const model::ModelSettings &models);
    void setSettings(const model::SearchSettings &settings);
    // Inserts or replaces a run record (by id); not undoable.
    void putRun(const model::RunRecord &run);

signals:
    void changed(drpo::ui::ProjectDocument::Change change);
    void projectReset();
    void dirtyChanged(bool dirty);
    void filePathChanged(const QString &path);

private:
    void touch(Change change, bool undoable);

    model::Project m_project;
    QString m_filePath;
    bool m_open = false;
    bool m_extraDirty = false; // changes outside the undo stack (runs, settings)
    QUndoStack *m_undo;
};

} // namespace drpo::ui
