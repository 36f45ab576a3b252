// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/nodeitem.h"

#include "tree/rewardscale.h"
#include "tree/treelayout.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace drpo::ui {

NodeItem::NodeItem(const QString &id)
    : m_id(id)
{
    setAcceptHoverEvents(false); // tooltips come from the view, computed on demand
}

void NodeItem::setLook(const Look &look)
{
    if (m_look == look)
        return;
    m_look = look;
    setOpacity(look.pruned ? 0.35 : 1.0);
    setZValue(look.selected ? 3 : look.onBestPath ? 2 : look.inBeam ? 1 : 0);
    update();
}

QRectF NodeItem::boundingRect() const
{
    const double r = TreeLayout::kNodeRadius + 5;
    return {-r, -r, 2 * r, 2 * r};
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double r = TreeLayout::kNodeRadius;
    const QRectF box(-r, -r, 2 * r, 2 * r);
    // Zoomed far out a node is a few pixels wide: a plain square in its reward colour says
    // all that can be seen there and costs a fraction of outlined curves, so a fully
    // zoomed-out 5,000-node tree still repaints smoothly.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.25) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_look.selected ? QApplication::palette().color(QPalette::Highlight)
                : m_look.onBestPath       ? QColor(0xe6, 0xa1, 0x00)
                                          : rewardColor(m_look.reward));
        painter->drawRect(box);
        return;
    }
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    painter->setBrush(rewardColor(m_look.reward));
    painter->setPen(m_look.inBeam ? QPen(text, 2.5) : QPen(text.lighter(140), 1));
    switch (m_look.origin) {
    case model::Origin::Carried: painter->drawRoundedRect(box, 3, 3); break;
    case model::Origin::Human: {
        QPainterPath d;
        d.moveTo(0, -r - 2);
        d.lineTo(r + 2, 0);
        d.lineTo(0, r + 2);
        d.lineTo(-r - 2, 0);
        d.closeSubpath();
        painter->drawPath(d);
        break;
    }
    default: painter->drawEllipse(box); break;
    }
    if (m_look.selected || m_look.onBestPath) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(
            QPen(m_look.selected ? QApplication::palette().color(QPalette::Highlight) : QColor(0xe6, 0xa1, 0x00),
                m_look.selected ? 3 : 2));
        painter->drawEllipse(box.adjusted(-4, -4, 4, 4));
    }
}

} // namespace drpo::ui
