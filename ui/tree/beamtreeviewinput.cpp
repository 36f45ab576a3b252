// SPDX-License-Identifier: GPL-3.0-or-later
// BeamTreeView's interaction and painting: zoom, mouse, context menu, tool tips and the level
// labels drawn behind the tree (the layout and the items are in beamtreeview.cpp).
#include "tree/beamtreeview.h"

#include "models/nodemodel.h"
#include "textformat.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace drpo::ui {

namespace {
constexpr int kLabelStrip = 28; // height of the level labels at the top, in pixels

// The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `atLeast`: level labels then
// read 0, 10, 20 rather than 0, 13, 26.
int niceStep(int atLeast)
{
    for (int decade = 1;; decade *= 10)
        for (const int m : {1, 2, 5})
            if (m * decade >= atLeast)
                return m * decade;
}
} // namespace

void BeamTreeView::scaleBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.05, 4.0);
    scale(target / current, target / current);
    m_userZoomed = true;
}

void BeamTreeView::zoomIn()
{
    scaleBy(1.25);
}

void BeamTreeView::zoomOut()
{
    scaleBy(0.8);
}

void BeamTreeView::fitAll()
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-30, -40, 30, 30);
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    // Never blow a small tree up past natural size: the text and outlines would look odd.
    if (transform().m11() > 1.6)
        setTransform(QTransform::fromScale(1.6, 1.6));
    centerOn(r.center());
}

void BeamTreeView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier || event->modifiers() == Qt::NoModifier) {
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

QString BeamTreeView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->nodeId();
    return {};
}

void BeamTreeView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString id = nodeAt(event->position().toPoint());
        if (!id.isEmpty()) {
            setSelectedNode(id);
            emit nodeClicked(id);
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void BeamTreeView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position().toPoint());
    if (!id.isEmpty())
        emit nodeActivated(id);
    QGraphicsView::mouseDoubleClickEvent(event);
}

void BeamTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QString id = nodeAt(event->pos());
    if (id.isEmpty())
        return;
    setSelectedNode(id);
    emit nodeClicked(id);
    emit nodeContextMenuRequested(id, event->globalPos());
}

QString BeamTreeView::tooltipFor(const QString &id) const
{
    const model::Node *n = m_model->node(id);
    if (!n)
        return {};
    QString tip = tr("Node %1 \u00b7 level %2 \u00b7 %3").arg(n->id).arg(n->level).arg(text::origin(n->origin));
    tip += QLatin1Char('\n') +
        tr("Reward %1 \u00b7 path mean %2").arg(text::reward(n->reward), text::reward(n->pathReward));
    if (n->inBeam)
        tip += QLatin1Char('\n') + tr("Kept in the beam");
    tip += QLatin1Char('\n') + text::firstLine(n->prompt, 100);
    return tip;
}

bool BeamTreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = nodeAt(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else // model text is untrusted: convert to safe markup, never interpret it
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(tooltipFor(id), Qt::WhiteSpaceNormal), this);
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void BeamTreeView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // Scrolling moves the painted pixels, but the level labels stay pinned to the top edge:
    // repaint the strip they live in and the stretch the old labels were moved into.
    if (dy != 0)
        viewport()->update(QRect(0, 0, viewport()->width(), kLabelStrip + std::abs(dy)));
}

void BeamTreeView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (m_layout.levels == 0)
        return;
    // Alternating column bands with the level number at the top of the visible area.
    const QColor text = palette().color(QPalette::WindowText);
    QColor band = text;
    band.setAlphaF(0.04f);
    const double top = mapToScene(QPoint(0, 0)).y();
    const double w = TreeLayout::kColumnWidth;
    const double s = transform().m11();
    // Zoomed out, labels would pile into a smear: label every step-th level so that each
    // label has room; bands narrower than a few pixels only flicker, so they go too.
    const int labelWidth = fontMetrics().horizontalAdvance(tr("Level %1").arg(m_layout.levels)) + 12;
    const int step = niceStep(int(std::ceil(labelWidth / (w * s))));
    const bool bands = w * s >= 6;
    for (int level = 0; level < m_layout.levels; ++level) {
        const QRectF col(level * w - w / 2, rect.top(), w, rect.height());
        if (!col.intersects(rect))
            continue;
        if (bands && level % 2 == 0)
            painter->fillRect(col, band);
        if (level % step != 0)
            continue;
        painter->setPen(text);
        painter->save();
        painter->translate(level * w, top + 4 / s);
        painter->scale(1 / s, 1 / s); // labels keep their size at every zoom
        painter->drawText(
            QRectF(-labelWidth / 2.0, 0, labelWidth, 20), Qt::AlignHCenter | Qt::AlignTop, tr("Level %1").arg(level));
        painter->restore();
    }
}

} // namespace drpo::ui
