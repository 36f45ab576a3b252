// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/criteriacommand.h"

#include "projectdocument.h"

namespace drpo::ui {

CriteriaCommand::CriteriaCommand(ProjectDocument *document, model::CriteriaLibrary after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->project().criteria)
    , m_after(std::move(after))
{
    m_after.revision = m_before.revision + 1;
}

void CriteriaCommand::undo()
{
    m_document->setCriteria(m_before);
}

void CriteriaCommand::redo()
{
    m_document->setCriteria(m_after);
}

} // namespace drpo::ui
