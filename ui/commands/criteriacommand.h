// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"

#include <QUndoCommand>

namespace drpo::ui {

class ProjectDocument;

// An undoable edit of the criteria library (edit, add, delete, enable, pin, ban). Each edit
// bumps the library revision so cached criteria selections are not reused after it.
class CriteriaCommand : public QUndoCommand {
public:
    CriteriaCommand(ProjectDocument *document, model::CriteriaLibrary after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    model::CriteriaLibrary m_before;
    model::CriteriaLibrary m_after;
};

} // namespace drpo::ui
