// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>

namespace drpo::ui {

// All parent-child edges of the tree in one item (thousands of items would weigh the scene
// down); paints only the edges inside the exposed area, so a big tree costs what is visible.
class EdgesItem : public QGraphicsItem {
public:
    struct Edge {
        QLineF line;       // from the parent's right side to the child's left side
        bool best = false; // on the best path: drawn thick and golden
    };

    EdgesItem();

    void setEdges(QList<Edge> edges);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<Edge> m_edges;
    QRectF m_bounds;
};

} // namespace drpo::ui
