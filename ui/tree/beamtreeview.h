// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/nodeitem.h"
#include "tree/treelayout.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace drpo::ui {

class EdgesItem;
class NodeModel;

// The live beam tree: one column per level, growing as the NodeModel grows. Model changes
// are coalesced; the layout is computed as plain data on a worker thread; items are created
// on the GUI thread in small slices so thousands of nodes never freeze the window.
class BeamTreeView : public QGraphicsView {
    Q_OBJECT
public:
    explicit BeamTreeView(NodeModel *model, QWidget *parent = nullptr);
    ~BeamTreeView() override;

    void setSelectedNode(const QString &id);
    // The engine's best node: its path from the root is drawn in gold.
    void setBestNode(const QString &id);
    QString bestNode() const { return m_best; }
    QString selectedNode() const { return m_selected; }
    bool followLatest() const { return m_follow; }
    int itemCount() const { return int(m_items.size()); }
    // True while model changes wait for layout or item creation (tests and the benchmark).
    bool isBusy() const;
    QPointF nodePosition(const QString &id) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void setFollowLatest(bool follow);

signals:
    void nodeClicked(const QString &id);
    void nodeActivated(const QString &id); // double click
    void nodeContextMenuRequested(const QString &id, const QPoint &globalPos);
    void layoutApplied();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onModelChanged(bool structural);
    void onTick();
    void startLayout();
    void onLayoutFinished();
    void applyLayout(const TreeLayout &layout);
    void createPendingItems();
    void refreshLooks();
    void rebuildEdges();
    NodeItem::Look lookFor(int row) const;
    QString nodeAt(const QPoint &viewPos) const;
    QString tooltipFor(const QString &id) const;
    void scaleBy(double factor);

    NodeModel *m_model;
    QGraphicsScene *m_scene;
    EdgesItem *m_edges;
    QHash<QString, NodeItem *> m_items;
    TreeLayout m_layout;
    quint64 m_generation = 0;
    bool m_layoutRunning = false;
    bool m_structureDirty = false;
    bool m_looksDirty = false;
    QTimer m_tick;
    QTimer m_createTimer;
    QStringList m_pending;      // ids waiting for an item, oldest first
    QSet<QString> m_pendingSet; // the same ids, for constant-time membership
    QString m_selected;
    QString m_best;
    QSet<QString> m_bestPath;
    int m_maxLevel = 0;
    bool m_follow = true;
    bool m_userZoomed = false;
    QFutureWatcher<TreeLayout> m_layoutWatcher;
};

} // namespace drpo::ui
