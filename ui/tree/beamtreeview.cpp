// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/beamtreeview.h"

#include "models/nodemodel.h"
#include "textformat.h"
#include "tree/edgesitem.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace drpo::ui {

namespace {
constexpr int kTickMs = 50;         // coalescing window for model changes
constexpr int kItemsPerSlice = 250; // items created per event-loop turn

} // namespace

BeamTreeView::BeamTreeView(NodeModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_model(model)
    , m_scene(new QGraphicsScene(this))
    , m_edges(new EdgesItem)
{
    // A watcher owned by the view, not a continuation: its result can never reach a
    // destroyed view, and the destructor waits for the worker instead of racing it.
    connect(&m_layoutWatcher, &QFutureWatcher<TreeLayout>::finished, this, &BeamTreeView::onLayoutFinished);
    // A BSP index keeps painting and hit tests proportional to what is visible; items of
    // finished levels never move, so the index stays cheap to maintain.
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_scene->addItem(m_edges);
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setCacheMode(QGraphicsView::CacheNone);

    m_tick.setSingleShot(true);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &BeamTreeView::onTick);
    m_createTimer.setSingleShot(true);
    m_createTimer.setInterval(0);
    connect(&m_createTimer, &QTimer::timeout, this, &BeamTreeView::createPendingItems);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { onModelChanged(true); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { onModelChanged(true); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { onModelChanged(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        qDeleteAll(m_items);
        m_items.clear();
        m_pending.clear();
        m_pendingSet.clear();
        m_bestPath.clear();
        m_maxLevel = 0;
        m_userZoomed = false;
        m_edges->setEdges({});
        m_scene->setSceneRect(QRectF());
        resetTransform();
        onModelChanged(true);
    });
    if (m_model->rowCount() > 0)
        onModelChanged(true);
}

BeamTreeView::~BeamTreeView()
{
    m_layoutWatcher.disconnect(this);
    m_layoutWatcher.waitForFinished();
}

bool BeamTreeView::isBusy() const
{
    return m_tick.isActive() || m_layoutRunning || m_structureDirty || !m_pending.isEmpty();
}

QPointF BeamTreeView::nodePosition(const QString &id) const
{
    const NodeItem *item = m_items.value(id);
    return item ? item->pos() : QPointF();
}

void BeamTreeView::setBestNode(const QString &id)
{
    if (m_best == id)
        return;
    m_best = id;
    m_looksDirty = true;
    if (!m_tick.isActive())
        m_tick.start();
}

void BeamTreeView::setSelectedNode(const QString &id)
{
    if (m_selected == id)
        return;
    const QString old = m_selected;
    m_selected = id;
    for (const QString &changed : {old, id}) {
        const int row = m_model->rowOf(changed);
        if (NodeItem *item = m_items.value(changed); item && row >= 0)
            item->setLook(lookFor(row));
    }
}

void BeamTreeView::setFollowLatest(bool follow)
{
    m_follow = follow;
    if (follow && m_model->rowCount() > 0)
        centerOn(nodePosition(m_model->nodeAt(m_model->rowCount() - 1)->id));
}

void BeamTreeView::onModelChanged(bool structural)
{
    m_structureDirty = m_structureDirty || structural;
    m_looksDirty = true;
    if (!m_tick.isActive())
        m_tick.start();
}

void BeamTreeView::onTick()
{
    if (m_structureDirty && !m_layoutRunning)
        startLayout();
    if (m_looksDirty) {
        m_looksDirty = false;
        refreshLooks();
        rebuildEdges();
    }
}

void BeamTreeView::startLayout()
{
    m_structureDirty = false;
    m_layoutRunning = true;
    QList<LayoutNode> snapshot;
    snapshot.reserve(m_model->rowCount());
    for (const model::Node &n : m_model->nodes())
        snapshot.append({n.id, n.parentId, n.level});
    const quint64 generation = ++m_generation;
    m_layoutWatcher.setFuture(
        QtConcurrent::run([snapshot, generation] { return computeTreeLayout(snapshot, generation); }));
}

void BeamTreeView::onLayoutFinished()
{
    m_layoutRunning = false;
    const TreeLayout layout = m_layoutWatcher.result();
    if (layout.generation == m_generation) // a newer request supersedes this one
        applyLayout(layout);
    if (m_structureDirty && !m_tick.isActive())
        m_tick.start();
}

void BeamTreeView::applyLayout(const TreeLayout &layout)
{
    // Antialiased curves cost most of a frame in software rendering; past this size the
    // tree is read for its shape, not its curves, and must stay smooth.
    constexpr int kAntialiasLimit = 1500;
    setRenderHint(QPainter::Antialiasing, layout.positions.size() < kAntialiasLimit);
    // A new level adds a column band and a label across the whole height, far outside the
    // rectangles of the items that changed: repaint all once.
    if (layout.levels != m_layout.levels)
        viewport()->update();
    m_layout = layout;
    m_maxLevel = std::max(0, layout.levels - 1);
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
        if (NodeItem *item = m_items.value(it.key()))
            item->setPos(it.value());
        else if (!m_pendingSet.contains(it.key())) {
            m_pending.append(it.key());
            m_pendingSet.insert(it.key());
        }
    }
    // Grow the scene in generous steps: every change of the scene rect rebuilds the BSP
    // index of all items, which a 5,000-node tree must not pay on each layout.
    const QRectF needed = layout.bounds.adjusted(-20, -40, 40, 20);
    if (!m_scene->sceneRect().contains(needed)) {
        const QRectF grown =
            needed.adjusted(0, -needed.height() * 0.25, needed.width() * 0.5 + 600, needed.height() * 0.25);
        m_scene->setSceneRect(grown.united(m_scene->sceneRect()));
    }
    rebuildEdges();
    createPendingItems();
}

void BeamTreeView::createPendingItems()
{
    const int n = std::min<int>(kItemsPerSlice, int(m_pending.size()));
    for (int i = 0; i < n; ++i) {
        const QString id = m_pending[i];
        const int row = m_model->rowOf(id);
        if (row < 0 || m_items.contains(id))
            continue;
        auto *item = new NodeItem(id);
        item->setPos(m_layout.positions.value(id));
        item->setLook(lookFor(row));
        m_scene->addItem(item);
        m_items.insert(id, item);
    }
    for (int i = 0; i < n; ++i)
        m_pendingSet.remove(m_pending[i]);
    m_pending.remove(0, n);
    if (!m_pending.isEmpty()) {
        m_createTimer.start();
        return;
    }
    if (!m_userZoomed && m_model->rowCount() > 0 && m_maxLevel < 6)
        fitAll();
    else if (m_follow && m_model->rowCount() > 0)
        centerOn(nodePosition(m_model->nodeAt(m_model->rowCount() - 1)->id));
    emit layoutApplied();
}

NodeItem::Look BeamTreeView::lookFor(int row) const
{
    const model::Node *n = m_model->nodeAt(row);
    NodeItem::Look look;
    if (!n)
        return look;
    look.reward = n->reward;
    look.origin = n->origin;
    look.inBeam = n->inBeam;
    // A scored node that did not survive while the search went deeper was pruned.
    look.pruned = n->isScored() && !n->inBeam && n->level < m_maxLevel;
    look.selected = n->id == m_selected;
    look.onBestPath = m_bestPath.contains(n->id);
    return look;
}

void BeamTreeView::refreshLooks()
{
    m_bestPath.clear();
    for (const model::Node *n : m_model->path(m_best))
        m_bestPath.insert(n->id);
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setLook(lookFor(m_model->rowOf(it.key())));
}

void BeamTreeView::rebuildEdges()
{
    QList<EdgesItem::Edge> edges;
    edges.reserve(m_model->rowCount());
    const double r = TreeLayout::kNodeRadius;
    for (const model::Node &n : m_model->nodes()) {
        if (n.parentId.isEmpty())
            continue;
        const auto from = m_layout.positions.constFind(n.parentId);
        const auto to = m_layout.positions.constFind(n.id);
        if (from == m_layout.positions.cend() || to == m_layout.positions.cend())
            continue;
        edges.append({QLineF(*from + QPointF(r, 0), *to - QPointF(r, 0)),
            m_bestPath.contains(n.id) && m_bestPath.contains(n.parentId)});
    }
    m_edges->setEdges(std::move(edges));
}

} // namespace drpo::ui
