// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/node.h"

#include <QAbstractTableModel>
#include <QHash>

namespace drpo::ui {

// Table adapter over the search tree's nodes, in the order the engine published them.
// The beam tree view, inspector and compare panel all read nodes from here.
class NodeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LevelColumn,
        OriginColumn,
        RewardColumn,
        PathRewardColumn,
        BeamColumn,
        PromptColumn,
        ColumnCount
    };
    enum Roles { NodeIdRole = Qt::UserRole + 1, ParentIdRole, LevelRole, RewardRole, InBeamRole, OriginRole };

    explicit NodeModel(QObject *parent = nullptr);
    // An adapter over a list someone else owns (the run session's record): changes made
    // through this model are made to that list, with the model's notifications.
    explicit NodeModel(QList<model::Node> *nodes, QObject *parent = nullptr);

    void clear();
    void setNodes(const QList<model::Node> &nodes);
    // Appends a new node or replaces the one with the same id.
    void putNode(const model::Node &node);
    // Removes these nodes (an abandoned level's).
    void removeNodes(const QStringList &ids);

    const model::Node *node(const QString &id) const;
    const model::Node *nodeAt(int row) const;
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    const QList<model::Node> &nodes() const { return *m_nodes; }
    QList<const model::Node *> path(const QString &id) const; // root first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::Node> m_own;
    QList<model::Node> *m_nodes;
    QHash<QString, int> m_rows;
};

} // namespace drpo::ui
