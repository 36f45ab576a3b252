// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimenttablemodel.h"

#include "eval/aspects.h"

namespace drpo::ui {

namespace {
const QString kMissing = QStringLiteral("\u2013");
}

ExperimentTableModel::ExperimentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExperimentTableModel::setTable(const eval::ExperimentTable &table)
{
    // Same rows: the figures changed in place (a cell finished), so views keep their selection.
    if (table.rows.size() == m_table.rows.size() && table.id == m_table.id) {
        m_table = table;
        if (!m_table.rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ExperimentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ExperimentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ExperimentTableModel::figure(const eval::ExperimentRow &row, int column) const
{
    if (column >= Helpfulness && column <= Safety)
        return row.aspects[column - Helpfulness];
    switch (column) {
    case Avg: return row.avg;
    case Interval: return row.avgInterval ? std::optional(row.avgInterval->low) : std::nullopt;
    case Length: return row.system.isEmpty() ? std::nullopt : std::optional(row.lengthWords);
    case Reward: return row.reward;
    default: return std::nullopt;
    }
}

QVariant ExperimentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const eval::ExperimentRow &row = m_table.rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Setting)
            return row.label;
        if (column == Interval)
            return row.avgInterval ? QStringLiteral("%1\u2013%2")
                                         .arg(row.avgInterval->low, 0, 'f', 2)
                                         .arg(row.avgInterval->high, 0, 'f', 2)
                                   : kMissing;
        if (column == Length) {
            const std::optional<double> v = figure(row, column);
            return v ? QString::number(*v, 'f', 1) : kMissing;
        }
        {
            const std::optional<double> v = figure(row, column);
            return v ? QString::number(*v, 'f', 2) : kMissing;
        }
    case SortRole:
        if (column == Setting)
            return index.row();
        return figure(row, column).value_or(-1);
    case Qt::ToolTipRole:
        if (column == Setting && !row.system.isEmpty())
            return tr("Cell %1, system %2; %n item(s) judged", nullptr, row.items).arg(row.cellKey, row.system);
        if (column == Setting && row.system.isEmpty())
            return tr("Not evaluated yet");
        if (row.unscored > 0 && column == Avg)
            return tr("%n answer(s) could not be judged and are left out", nullptr, row.unscored);
        break;
    case Qt::TextAlignmentRole:
        if (column != Setting)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ExperimentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Interval)
            return tr("95% bootstrap interval of the avg");
        if (section == Length)
            return tr("Mean answer length in words");
        if (section == Reward)
            return tr("The run's best prompt reward on its training queries (its own judge)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section >= Helpfulness && section <= Safety)
        return eval::aspectLabel(eval::kAllAspects[section - Helpfulness]);
    switch (section) {
    case Setting: return tr("Setting");
    case Avg: return tr("Avg");
    case Interval: return tr("95% CI");
    case Length: return tr("Length");
    case Reward: return tr("Reward");
    default: return {};
    }
}

} // namespace drpo::ui
