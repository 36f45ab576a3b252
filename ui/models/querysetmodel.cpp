// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/querysetmodel.h"

#include <algorithm>

namespace drpo::ui {

QuerySetModel::QuerySetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QuerySetModel::setQuerySet(const model::QuerySet &set)
{
    beginResetModel();
    m_set = set;
    endResetModel();
}

void QuerySetModel::setSelections(const QMap<QString, model::Selection> &selections)
{
    m_selections = selections;
    if (!m_set.queries.isEmpty())
        emit dataChanged(index(0, CriteriaColumn), index(rowCount() - 1, CriteriaColumn));
}

void QuerySetModel::putSelection(const QString &queryText, const model::Selection &selection)
{
    m_selections.insert(queryText, selection);
    for (int row = 0; row < m_set.queries.size(); ++row)
        if (m_set.queries[row].text == queryText)
            emit dataChanged(index(row, CriteriaColumn), index(row, CriteriaColumn));
}

const model::Query *QuerySetModel::queryAt(int row) const
{
    return row >= 0 && row < m_set.queries.size() ? &m_set.queries[row] : nullptr;
}

QStringList QuerySetModel::categories() const
{
    QStringList out;
    for (const model::Query &q : m_set.queries)
        if (!q.category.isEmpty() && !out.contains(q.category))
            out.append(q.category);
    std::sort(out.begin(), out.end());
    return out;
}

QStringList QuerySetModel::tags() const
{
    QStringList out;
    for (const model::Query &q : m_set.queries)
        for (const QString &t : q.tags)
            if (!out.contains(t))
                out.append(t);
    std::sort(out.begin(), out.end());
    return out;
}

int QuerySetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_set.queries.size());
}

int QuerySetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuerySetModel::data(const QModelIndex &index, int role) const
{
    const model::Query *q = index.isValid() ? queryAt(index.row()) : nullptr;
    if (!q)
        return {};
    switch (role) {
    case QueryIdRole: return q->id;
    case CategoryRole: return q->category;
    case TagsRole: return q->tags;
    case TextRole: return q->text;
    case ReasonRole: return m_selections.value(q->text).reason;
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return q->id;
        case TextColumn: return QString(q->text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CategoryColumn: return q->category;
        case TagsColumn: return q->tags.join(QStringLiteral(", "));
        case SplitColumn: return m_set.isValidation(q->id) ? tr("validation") : tr("training");
        case CriteriaColumn: return m_selections.value(q->text).criteria.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CriteriaColumn) {
            const auto it = m_selections.constFind(q->text);
            return it == m_selections.cend()
                ? tr("Not selected yet: criteria are chosen when the run reaches this query.")
                : it->reason;
        }
        break;
    }
    return {};
}

QVariant QuerySetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Id");
    case TextColumn: return tr("Query");
    case CategoryColumn: return tr("Category");
    case TagsColumn: return tr("Tags");
    case SplitColumn: return tr("Split");
    case CriteriaColumn: return tr("Chosen criteria");
    }
    return {};
}

} // namespace drpo::ui
