// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/nodemodel.h"

#include "textformat.h"

#include <algorithm>
#include <functional>

namespace drpo::ui {

NodeModel::NodeModel(QObject *parent)
    : NodeModel(nullptr, parent)
{}

NodeModel::NodeModel(QList<model::Node> *nodes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_nodes(nodes ? nodes : &m_own)
{}

void NodeModel::clear()
{
    setNodes({});
}

void NodeModel::setNodes(const QList<model::Node> &nodes)
{
    beginResetModel();
    *m_nodes = nodes;
    m_rows.clear();
    for (int i = 0; i < m_nodes->size(); ++i)
        m_rows.insert((*m_nodes)[i].id, i);
    endResetModel();
}

void NodeModel::putNode(const model::Node &node)
{
    const int row = rowOf(node.id);
    if (row >= 0) {
        (*m_nodes)[row] = node;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_nodes->size());
    beginInsertRows({}, at, at);
    m_nodes->append(node);
    m_rows.insert(node.id, at);
    endInsertRows();
}

const model::Node *NodeModel::node(const QString &id) const
{
    return nodeAt(rowOf(id));
}

const model::Node *NodeModel::nodeAt(int row) const
{
    return row >= 0 && row < m_nodes->size() ? &(*m_nodes)[row] : nullptr;
}

QList<const model::Node *> NodeModel::path(const QString &id) const
{
    QList<const model::Node *> out;
    const model::Node *n = node(id);
    while (n && out.size() <= m_nodes->size()) { // bounded: a parent cycle cannot hang the UI
        out.prepend(n);
        n = n->parentId.isEmpty() ? nullptr : node(n->parentId);
    }
    return out;
}

void NodeModel::removeNodes(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        if (const int row = rowOf(id); row >= 0)
            rows << row;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_nodes->removeAt(row);
        endRemoveRows();
    }
    if (rows.isEmpty())
        return;
    m_rows.clear();
    for (int i = 0; i < m_nodes->size(); ++i)
        m_rows.insert((*m_nodes)[i].id, i);
}

int NodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes->size());
}

int NodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeModel::data(const QModelIndex &index, int role) const
{
    const model::Node *n = index.isValid() ? nodeAt(index.row()) : nullptr;
    if (!n)
        return {};
    switch (role) {
    case NodeIdRole: return n->id;
    case ParentIdRole: return n->parentId;
    case LevelRole: return n->level;
    case RewardRole: return n->reward ? QVariant(*n->reward) : QVariant();
    case InBeamRole: return n->inBeam;
    case OriginRole: return int(n->origin);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return n->id;
        case LevelColumn: return n->level;
        case OriginColumn: return text::origin(n->origin);
        case RewardColumn: return text::reward(n->reward);
        case PathRewardColumn: return text::reward(n->pathReward);
        case BeamColumn: return n->inBeam ? tr("yes") : QString();
        case PromptColumn: return text::firstLine(n->prompt);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RewardColumn || index.column() == PathRewardColumn || index.column() == LevelColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant NodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == RewardColumn)
            return tr("The mean judge score of this prompt's answers to its level's queries.");
        if (section == PathRewardColumn)
            return tr("The mean of the rewards along the path from the starting prompt to this one.");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Node");
    case LevelColumn: return tr("Level");
    case OriginColumn: return tr("Origin");
    case RewardColumn: return tr("Reward");
    case PathRewardColumn: return tr("Path mean");
    case BeamColumn: return tr("In beam");
    case PromptColumn: return tr("Prompt");
    }
    return {};
}

} // namespace drpo::ui
