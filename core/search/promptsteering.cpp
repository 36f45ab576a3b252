// SPDX-License-Identifier: GPL-3.0-or-later
// The steering a user does between levels: a hand-edited prompt joins the beam, or one node
// becomes the whole beam. Both tell the GUI through the same events as the search itself.
#include "search/promptsearch.h"

#include "search/searchtext.h"

namespace drpo::search {

using model::Node;
using model::Origin;

std::optional<Node> PromptSearch::addHumanNode(
    const QString &parentId, const QString &prompt, const QString &note, QString *error)
{
    const Node *parent = m_record.node(parentId);
    if (!parent || m_record.levels.isEmpty()) {
        if (error)
            *error = SearchText::tr("there is no node %1 to edit").arg(parentId);
        return std::nullopt;
    }
    if (prompt.trimmed().isEmpty()) {
        if (error)
            *error = SearchText::tr("the edited prompt is empty");
        return std::nullopt;
    }
    model::LevelSummary &level = m_record.levels.last();
    Node h;
    h.id = newId();
    h.parentId = parentId;
    h.level = level.level;
    h.origin = Origin::Human;
    h.prompt = prompt;
    h.note = note.isEmpty() ? SearchText::tr("Edited by hand.") : note;
    emitEvent({engine::event::NodeAdded{h}});
    m_record.nodes.push_back(h);
    Node *added = &m_record.nodes.last();
    score({added}, queriesByIds(level.queryIds), false);
    if (m_calls.mustStop()) {
        m_record.nodes.removeLast();
        emitEvent({engine::event::NodesDropped{{h.id}}});
        if (error)
            *error = m_calls.cancelled() ? SearchText::tr("the run was stopped") : m_calls.fatalError();
        return std::nullopt;
    }
    added->inBeam = true;
    level.beamIds << added->id; // a human's edit always joins the beam
    const Node result = *added;
    emitEvent({engine::event::NodeUpdated{result}});
    updateBest();
    emitEvent({engine::event::LevelFinished{m_record.levels.last(), m_record.depthLimit}});
    return result;
}

bool PromptSearch::branchFrom(const QString &nodeId, QString *error)
{
    const Node *n = m_record.node(nodeId);
    if (!n || !n->isScored() || m_record.levels.isEmpty()) {
        if (error)
            *error = SearchText::tr("node %1 is not a scored node of this run").arg(nodeId);
        return false;
    }
    model::LevelSummary &level = m_record.levels.last();
    for (const QString &id : std::as_const(level.beamIds)) {
        if (Node *b = m_record.node(id); b && id != nodeId) {
            b->inBeam = false;
            emitEvent({engine::event::NodeUpdated{*b}});
        }
    }
    level.beamIds = {nodeId};
    Node *target = m_record.node(nodeId);
    target->inBeam = true;
    emitEvent({engine::event::NodeUpdated{*target}});
    updateBest();
    emitEvent({engine::event::LevelFinished{m_record.levels.last(), m_record.depthLimit}});
    return true;
}

} // namespace drpo::search
