// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/criteriamodel.h"

namespace drpo::ui {

CriteriaModel::CriteriaModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CriteriaModel::setLibrary(const model::CriteriaLibrary &library)
{
    beginResetModel();
    m_library = library;
    endResetModel();
}

void CriteriaModel::setSelectionCounts(const QMap<QString, int> &counts)
{
    m_counts = counts;
    if (!m_library.criteria.isEmpty())
        emit dataChanged(index(0, CountColumn), index(rowCount() - 1, CountColumn));
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_library.criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_library.criteria.size())
        return {};
    const model::Criterion &c = m_library.criteria[index.row()];
    const bool pinned = m_library.pinned.contains(c.name);
    const bool banned = m_library.banned.contains(c.name);
    switch (role) {
    case NameRole: return c.name;
    case CountRole: return m_counts.value(c.name);
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return c.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case StateColumn:
            if (pinned)
                return tr("pinned");
            if (banned)
                return tr("banned");
            return c.enabled ? tr("available") : tr("disabled");
        case CountColumn: return m_counts.value(c.name);
        case DescriptionColumn: return QString(c.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CountColumn)
            return tr("How many queries the selector chose this criterion for in the current run");
        break;
    }
    return {};
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Criterion");
    case StateColumn: return tr("State");
    case CountColumn: return tr("Chosen");
    case DescriptionColumn: return tr("What 5 and 1 mean");
    }
    return {};
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool CriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    emit enabledToggled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

} // namespace drpo::ui
