#pragma once

#include "model/runrecord.h"

#include <QAbstractTableModel>

namespace drpo::ui {

// Table adapter over the finished stage-2 levels: best and mean reward, beam, queries.
class LevelModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LevelColumn, BestColumn, MeanColumn, BeamColumn, QueriesColumn, ColumnCount };

    explicit LevelModel(QObject *parent = nullptr);

    void clear();
    void setLevels(const QList<model::LevelSummary> &levels);
    void putLevel(const model::LevelSummary &level); // appends, or replaces the same level
    const QList<model::LevelSummary> &levels() const { return m_levels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::LevelSummary> m_levels;
};

} // namespace drpo::ui
