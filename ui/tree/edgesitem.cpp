// SPDX-License-Identifier: GPL-3.0-or-later
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
    // Far out, a curve's bend spans a pixel or two: straight lines look the same and are
    // drawn several times faster.
    const bool straight = option->levelOfDetailFromTransform(painter->worldTransform()) < 0.25;
    QPainterPath normal, best;
    QList<QLineF> normalLines, bestLines;
    for (const Edge &e : m_edges) {
        const QRectF box = QRectF(e.line.p1(), e.line.p2()).normalized();
        if (!box.adjusted(0, -1, 0, 1).intersects(exposed))
            continue;
        if (straight) {
            (e.best ? bestLines : normalLines).append(e.line);
            continue;
        }
        const QPointF a = e.line.p1(), b = e.line.p2();
        const double mid = (a.x() + b.x()) / 2;
        QPainterPath &path = e.best ? best : normal;
        path.moveTo(a);
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
    }
    // An opaque cosmetic pen: a translucent or scaled one sends the raster engine through
    // its generic stroker, which cost 30-45 ms for a screenful of curves; this path is
    // about a tenth of that. The colour is the text colour faded into the background.
    const QPalette pal = QApplication::palette();
    const QColor fg = pal.color(QPalette::WindowText), bg = pal.color(QPalette::Base);
    const auto fade = [](int ink, int paper) { return paper + (ink - paper) * 35 / 100; };
    const QColor c(fade(fg.red(), bg.red()), fade(fg.green(), bg.green()), fade(fg.blue(), bg.blue()));
    QPen pen(c, 1);
    pen.setCosmetic(true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    painter->drawPath(normal);
    painter->drawLines(normalLines);
    painter->setPen(QPen(QColor(0xe6, 0xa1, 0x00), 3.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(best);
    painter->drawLines(bestLines);
}

} // namespace drpo::ui
