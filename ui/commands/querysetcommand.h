// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/query.h"

#include <QUndoCommand>

namespace drpo::ui {

class ProjectDocument;

// An undoable edit of the project's query set (add, edit, delete, import, split), kept as
// the set before and after: query sets are small, and one snapshot pair is always right.
class QuerySetCommand : public QUndoCommand {
public:
    QuerySetCommand(ProjectDocument *document, model::QuerySet after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    model::QuerySet m_before;
    model::QuerySet m_after;
};

} // namespace drpo::ui
