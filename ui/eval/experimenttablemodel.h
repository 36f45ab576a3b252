// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/experimentreport.h"

#include <QAbstractTableModel>

namespace drpo::ui {

// One of an experiment's tables (components, search, criteria, every cell) as the report
// prints it: a row per setting, the mean of each aspect, the avg with its 95% interval, the
// answer length and the run's best reward. A thin adapter over the value it is given.
class ExperimentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Setting,
        Helpfulness,
        Clarity,
        Factuality,
        Depth,
        Engagement,
        Safety,
        Avg,
        Interval,
        Length,
        Reward,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // the figure as a number (missing: -1)

    explicit ExperimentTableModel(QObject *parent = nullptr);

    void setTable(const eval::ExperimentTable &table);
    const eval::ExperimentTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<double> figure(const eval::ExperimentRow &row, int column) const;

    eval::ExperimentTable m_table;
};

} // namespace drpo::ui
