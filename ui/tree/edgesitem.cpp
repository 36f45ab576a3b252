#include "tree/edgesitem.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace drpo::ui {

EdgesItem::EdgesItem()
{
    setZValue(-1);
}

void EdgesItem::setPaths(const QPainterPath &edges, const QPainterPath &bestPath)
{
    prepareGeometryChange();
    m_edges = edges;
    m_best = bestPath;
    m_bounds = m_edges.boundingRect().united(m_best.boundingRect()).adjusted(-3, -3, 3, 3);
    update();
}

QRectF EdgesItem::boundingRect() const
{
    return m_bounds;
}

void EdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor c = QApplication::palette().color(QPalette::WindowText);
    c.setAlphaF(0.35f);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(c, 1));
    painter->drawPath(m_edges);
    painter->setPen(QPen(QColor(0xe6, 0xa1, 0x00), 3.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(m_best);
}

} // namespace drpo::ui
