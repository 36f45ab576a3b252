// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace drpo::ui {

class ExperimentSession;

// The cells of an experiment, one row each: the settings the cell optimizes with, what it is
// doing (pending, optimizing level L of D, evaluating n of N, done, stopped and why), the run's
// best reward and the avg of the experiment's reference system on the cell (every system's
// avg in the tooltip).
class ExperimentCellModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Settings, State, Reward, Avg, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;  // the figure as a number (missing: -1)
    static constexpr int StateRole = Qt::UserRole + 2; // eval::CellState as an int

    explicit ExperimentCellModel(const ExperimentSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void refreshRow(int row);
    void refreshFigures();
    std::optional<double> avgOf(int row) const;

    const ExperimentSession *m_session;
    int m_rows = 0;
};

} // namespace drpo::ui
