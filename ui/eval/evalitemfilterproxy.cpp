// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalitemfilterproxy.h"

#include "eval/evalitemmodel.h"

namespace drpo::ui {

EvalItemFilterProxy::EvalItemFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EvalItemModel::SortRole);
    // Scores change while the evaluation streams in; the order follows them.
    setDynamicSortFilter(true);
}

void EvalItemFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void EvalItemFilterProxy::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

bool EvalItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && i.data(EvalItemModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_tag.isEmpty() && !i.data(EvalItemModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return true;
}

} // namespace drpo::ui
