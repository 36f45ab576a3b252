// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/requestlogmodel.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QBrush>

namespace drpo::ui {

RequestLogModel::RequestLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void RequestLogModel::addEntry(const serve::RequestLogEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at);
    m_entries.append(entry);
    endInsertRows();
}

const serve::RequestLogEntry *RequestLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const serve::RequestLogEntry &e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case ModelColumn: return e.model.isEmpty() ? e.method + u' ' + e.path : e.model;
        case StatusColumn: return e.stream ? tr("%1 (streamed)").arg(e.status) : QString::number(e.status);
        case LatencyColumn: return tr("%1 ms").arg(e.latencyMs);
        case TokensColumn:
            return e.promptTokens || e.completionTokens
                ? tr("%1 in / %2 out").arg(e.promptTokens).arg(e.completionTokens)
                : QString();
        }
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn && e.status >= 400) {
        return QBrush(Theme::negative(QApplication::palette()));
    } else if (role == Qt::ToolTipRole) {
        // An error message from the endpoint is untrusted: escaped inside rich text, so
        // nothing in it is taken for markup.
        QString tip = e.method + u' ' + e.path + QStringLiteral(" \u2014 ") + e.peer;
        if (!e.retrieval.isEmpty())
            tip += u'\n' + tr("examples: %1").arg(e.retrieval);
        if (!e.error.isEmpty())
            tip += u'\n' + e.error;
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip.toHtmlEscaped());
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ModelColumn: return tr("Model");
    case StatusColumn: return tr("Status");
    case LatencyColumn: return tr("Latency");
    case TokensColumn: return tr("Tokens");
    }
    return {};
}

} // namespace drpo::ui
