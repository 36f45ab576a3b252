// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace drpo::ui {

// The part of a node the layout needs: a plain value, safe to hand to a worker thread.
struct LayoutNode {
    QString id;
    QString parentId;
    int level = 0;
};

// Where each node goes: one column per level, children grouped next to their parent.
struct TreeLayout {
    QHash<QString, QPointF> positions;
    QRectF bounds;
    int levels = 0;
    quint64 generation = 0; // which request this answers, so stale results are dropped

    static constexpr double kColumnWidth = 150;
    static constexpr double kRowHeight = 34;
    static constexpr double kNodeRadius = 11;
};

// Pure function of its input: runs off the GUI thread.
TreeLayout computeTreeLayout(const QList<LayoutNode> &nodes, quint64 generation = 0);

} // namespace drpo::ui

Q_DECLARE_METATYPE(drpo::ui::TreeLayout)
