// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/levelmodel.h"

#include "textformat.h"

namespace drpo::ui {

LevelModel::LevelModel(QObject *parent)
    : LevelModel(nullptr, parent)
{}

LevelModel::LevelModel(QList<model::LevelSummary> *levels, QObject *parent)
    : QAbstractTableModel(parent)
    , m_levels(levels ? levels : &m_own)
{}

void LevelModel::clear()
{
    setLevels({});
}

void LevelModel::setLevels(const QList<model::LevelSummary> &levels)
{
    beginResetModel();
    *m_levels = levels;
    endResetModel();
}

void LevelModel::putLevel(const model::LevelSummary &level)
{
    for (int row = 0; row < m_levels->size(); ++row) {
        if ((*m_levels)[row].level == level.level) {
            (*m_levels)[row] = level;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_levels->size());
    beginInsertRows({}, at, at);
    m_levels->append(level);
    endInsertRows();
}

int LevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels->size());
}

int LevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_levels->size())
        return {};
    const model::LevelSummary &l = (*m_levels)[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LevelColumn: return l.extended ? tr("%1 (extended)").arg(l.level) : QString::number(l.level);
        case BestColumn: return text::reward(l.bestReward);
        case MeanColumn:
            return l.unscored > 0 ? tr("%1 (%n unscored)", nullptr, l.unscored).arg(text::reward(l.meanReward))
                                  : text::reward(l.meanReward);
        case LeaderColumn:
            return l.bestNodeId.isEmpty() ? QString()
                                          : QStringLiteral("%1  %2").arg(l.bestNodeId, text::reward(l.bestFigure));
        case BeamColumn: return l.beamIds.join(QStringLiteral(", "));
        case QueriesColumn: return l.queryIds.join(QStringLiteral(", "));
        }
    } else if (role == Qt::UserRole) {
        return l.level;
    }
    return {};
}

QVariant LevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BestColumn: return tr("The highest reward of this level's new prompts on this level's queries.");
        case MeanColumn: return tr("The mean reward of this level's new prompts on this level's queries.");
        case LeaderColumn: return tr("The search's best prompt after this level, with the figure it is ranked by.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn: return tr("Level");
    case BestColumn: return tr("Best reward");
    case MeanColumn: return tr("Mean reward");
    case LeaderColumn: return tr("Leader");
    case BeamColumn: return tr("Beam");
    case QueriesColumn: return tr("Queries");
    }
    return {};
}

} // namespace drpo::ui
