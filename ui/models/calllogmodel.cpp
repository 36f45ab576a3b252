// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calllogmodel.h"

#include "textformat.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QBrush>
#include <QColor>

namespace drpo::ui {

CallLogModel::CallLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void CallLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void CallLogModel::addCall(const llm::CallRecord &call, const QDateTime &time)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at);
    m_entries.append({time, call});
    endInsertRows();
}

const llm::CallRecord *CallLogModel::callAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row].call : nullptr;
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    const llm::CallRecord &c = e.call;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case RoleColumn: return text::role(c.role);
        case PurposeColumn: return text::purpose(c.purpose);
        case EndpointColumn: return c.model.isEmpty() ? c.endpoint : c.endpoint + QStringLiteral(" \u00b7 ") + c.model;
        case StatusColumn:
            if (c.error == llm::ErrorKind::None)
                return c.httpStatus ? tr("ok (%1)").arg(c.httpStatus) : tr("ok");
            return tr("%1: %2").arg(llm::errorKindName(c.error), c.errorMessage);
        case LatencyColumn: return tr("%1 ms").arg(c.latencyMs);
        case TokensColumn: return tr("%1 in / %2 out").arg(c.promptTokens).arg(c.completionTokens);
        case CachedColumn: return c.cached ? tr("cached") : QString();
        }
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn && c.error != llm::ErrorKind::None) {
        return QBrush(Theme::negative(QApplication::palette()));
    } else if (role == Qt::ToolTipRole && c.attempts > 1) {
        return tr("%n attempt(s)", nullptr, c.attempts);
    }
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case RoleColumn: return tr("Role");
    case PurposeColumn: return tr("Purpose");
    case EndpointColumn: return tr("Endpoint");
    case StatusColumn: return tr("Status");
    case LatencyColumn: return tr("Latency");
    case TokensColumn: return tr("Tokens");
    case CachedColumn: return tr("Cache");
    }
    return {};
}

} // namespace drpo::ui
