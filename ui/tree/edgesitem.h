#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace drpo::ui {

// All parent-child edges of the tree as two paths (ordinary and best path): one item
// instead of thousands keeps the scene light.
class EdgesItem : public QGraphicsItem {
public:
    EdgesItem();

    void setPaths(const QPainterPath &edges, const QPainterPath &bestPath);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_edges;
    QPainterPath m_best;
    QRectF m_bounds;
};

} // namespace drpo::ui
