// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentcellmodel.h"

#include "eval/experimentsession.h"
#include "textformat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace drpo::ui {

ExperimentCellModel::ExperimentCellModel(const ExperimentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &ExperimentSession::reset, this, &ExperimentCellModel::rebuild);
    connect(session, &ExperimentSession::cellChanged, this, &ExperimentCellModel::refreshRow);
    connect(session, &ExperimentSession::figuresChanged, this, &ExperimentCellModel::refreshFigures);
    connect(session, &ExperimentSession::stateChanged, this, &ExperimentCellModel::refreshFigures);
    rebuild();
}

int ExperimentCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ExperimentCellModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ExperimentCellModel::avgOf(int row) const
{
    // The "every cell" table holds the reference system's figures, one row per cell in order.
    const ExperimentSession::Figures &f = m_session->figures();
    for (const eval::ExperimentTable &t : f.tables.tables)
        if (t.id == u"cells" && row < t.rows.size() &&
            t.rows[row].cellKey == m_session->experiment().cells[row].settings.key())
            return t.rows[row].avg;
    return std::nullopt;
}

QVariant ExperimentCellModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row >= m_session->experiment().cells.size())
        return {};
    const eval::ExperimentCell &cell = m_session->experiment().cells[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Settings: return cell.settings.label();
        case State: return m_session->cellStatusText(row);
        case Reward: return text::reward(cell.bestReward);
        case Avg: return cell.state == eval::CellState::Done ? text::reward(avgOf(row)) : QStringLiteral("\u2014");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Settings: return row;
        case State: return int(cell.state);
        case Reward: return cell.bestReward.value_or(-1);
        case Avg: return avgOf(row).value_or(-1);
        }
        break;
    case StateRole: return int(cell.state);
    case Qt::ToolTipRole:
        if (index.column() == Avg) {
            const QStringList avgs = m_session->figures().systemAvgs.value(cell.settings.key());
            return avgs.isEmpty() ? QVariant()
                                  : QVariant(tr("Avg (1\u2013"
                                                "5) of every system of this cell:") +
                                        QLatin1Char('\n') + avgs.join(QLatin1Char('\n')));
        }
        if (index.column() == State && !cell.error.isEmpty())
            return cell.error;
        if (index.column() == Reward)
            return tr("The run's best prompt reward on its training queries (its own judge)");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Reward || index.column() == Avg)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == State && cell.state != eval::CellState::Done && !cell.error.isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() == State && cell.state == eval::CellState::Pending)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default: break;
    }
    return {};
}

QVariant ExperimentCellModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole && section == Avg)
        return tr("The avg (1\u2013"
                  "5) of the system the tables compare, on this cell's run");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Settings: return tr("Cell");
    case State: return tr("State");
    case Reward: return tr("Run best reward");
    case Avg: return tr("Avg");
    }
    return {};
}

void ExperimentCellModel::rebuild()
{
    beginResetModel();
    m_rows = int(m_session->experiment().cells.size());
    endResetModel();
}

void ExperimentCellModel::refreshRow(int row)
{
    if (m_rows != int(m_session->experiment().cells.size())) {
        rebuild();
        return;
    }
    if (row >= 0 && row < m_rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExperimentCellModel::refreshFigures()
{
    if (m_rows != int(m_session->experiment().cells.size())) {
        rebuild();
        return;
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace drpo::ui
