#include "tree/edgesitem.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace drpo::ui {

EdgesItem::EdgesItem()
{
    setZValue(-1);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption); // for exposedRect
}

void EdgesItem::setEdges(QList<Edge> edges)
{
    prepareGeometryChange();
    m_edges = std::move(edges);
    QRectF bounds;
    for (const Edge &e : m_edges)
        bounds |= QRectF(e.line.p1(), e.line.p2()).normalized();
    m_bounds = bounds.adjusted(-3, -3, 3, 3);
    update();
}

QRectF EdgesItem::boundingRect() const
{
    return m_bounds;
}

void EdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.adjusted(-2, -2, 2, 2);
    QPainterPath normal, best;
    for (const Edge &e : m_edges) {
        const QRectF box = QRectF(e.line.p1(), e.line.p2()).normalized();
        if (!box.adjusted(0, -1, 0, 1).intersects(exposed))
            continue;
        const QPointF a = e.line.p1(), b = e.line.p2();
        const double mid = (a.x() + b.x()) / 2;
        QPainterPath &path = e.best ? best : normal;
        path.moveTo(a);
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
    }
    QColor c = QApplication::palette().color(QPalette::WindowText);
    c.setAlphaF(0.35f);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(c, 1));
    painter->drawPath(normal);
    painter->setPen(QPen(QColor(0xe6, 0xa1, 0x00), 3.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(best);
}

} // namespace drpo::ui
