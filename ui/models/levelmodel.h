// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runrecord.h"

#include <QAbstractTableModel>

namespace drpo::ui {

// Table adapter over the finished stage-2 levels: this level's best and mean reward on its
// queries, the engine's leader after it with its ranking figure, beam, queries.
class LevelModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LevelColumn, BestColumn, MeanColumn, LeaderColumn, BeamColumn, QueriesColumn, ColumnCount };

    explicit LevelModel(QObject *parent = nullptr);
    // An adapter over a list someone else owns (the run session's record): changes made
    // through this model are made to that list, with the model's notifications.
    explicit LevelModel(QList<model::LevelSummary> *levels, QObject *parent = nullptr);

    void clear();
    void setLevels(const QList<model::LevelSummary> &levels);
    void putLevel(const model::LevelSummary &level); // appends, or replaces the same level
    const QList<model::LevelSummary> &levels() const { return *m_levels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::LevelSummary> m_own;
    QList<model::LevelSummary> *m_levels;
};

} // namespace drpo::ui
