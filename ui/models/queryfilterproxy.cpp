// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/queryfilterproxy.h"

#include "models/querysetmodel.h"

namespace drpo::ui {

QueryFilterProxy::QueryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void QueryFilterProxy::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void QueryFilterProxy::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void QueryFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool QueryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && idx.data(QuerySetModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_tag.isEmpty() && !idx.data(QuerySetModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_search.isEmpty())
        return true;
    // Text, id, category and tags; not the split column, whose words ("training") would
    // match searches for unrelated text.
    const QStringList haystack = {idx.data(QuerySetModel::TextRole).toString(),
        idx.data(QuerySetModel::QueryIdRole).toString(), idx.data(QuerySetModel::CategoryRole).toString(),
        idx.data(QuerySetModel::TagsRole).toStringList().join(QLatin1Char(' '))};
    for (const QString &field : haystack)
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace drpo::ui
