// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/treelayout.h"

#include <algorithm>

namespace drpo::ui {

TreeLayout computeTreeLayout(const QList<LayoutNode> &nodes, quint64 generation)
{
    TreeLayout out;
    out.generation = generation;
    if (nodes.isEmpty())
        return out;

    int maxLevel = 0;
    for (const LayoutNode &n : nodes)
        maxLevel = std::max(maxLevel, std::max(0, n.level));
    out.levels = maxLevel + 1;

    // Bucket by level, keeping publication order inside a level.
    QList<QList<int>> byLevel(maxLevel + 1);
    for (int i = 0; i < nodes.size(); ++i)
        byLevel[std::max(0, nodes[i].level)].append(i);

    // Order each column by the parent's rank in its column, so siblings sit together and
    // edges rarely cross; then spread the column symmetrically around y = 0.
    QHash<QString, int> rank;
    rank.reserve(nodes.size());
    out.positions.reserve(nodes.size());
    double top = 0, bottom = 0;
    for (int level = 0; level <= maxLevel; ++level) {
        QList<int> &column = byLevel[level];
        std::stable_sort(column.begin(), column.end(),
            [&](int a, int b) { return rank.value(nodes[a].parentId, -1) < rank.value(nodes[b].parentId, -1); });
        const double offset = (column.size() - 1) / 2.0;
        for (int r = 0; r < column.size(); ++r) {
            const LayoutNode &n = nodes[column[r]];
            rank.insert(n.id, r);
            const QPointF p(level * TreeLayout::kColumnWidth, (r - offset) * TreeLayout::kRowHeight);
            out.positions.insert(n.id, p);
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    }
    const double m = TreeLayout::kColumnWidth / 2;
    out.bounds = QRectF(-m, top - m, maxLevel * TreeLayout::kColumnWidth + 2 * m, bottom - top + 2 * m);
    return out;
}

} // namespace drpo::ui
