// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/querysetcommand.h"

#include "projectdocument.h"

namespace drpo::ui {

QuerySetCommand::QuerySetCommand(ProjectDocument *document, model::QuerySet after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->project().queries)
    , m_after(std::move(after))
{}

void QuerySetCommand::undo()
{
    m_document->setQueries(m_before);
}

void QuerySetCommand::redo()
{
    m_document->setQueries(m_after);
}

} // namespace drpo::ui
