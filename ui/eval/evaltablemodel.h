// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalresults.h"

#include <QAbstractTableModel>

namespace drpo::ui {

class EvalSession;

// The aspect table: one row per system, its mean per aspect with the 95% interval, the avg,
// the answer length and the counts. A mark says whether a system is clearly better (▲) or
// worse (▼) than the first system, the reference: the paired difference's interval excludes 0.
class EvalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        System,
        Helpfulness,
        Clarity,
        Factuality,
        Depth,
        Engagement,
        Safety,
        Avg,
        Length,
        Done,
        Unscored,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // the figure as a number (missing: -1)
    static constexpr int MarkRole = Qt::UserRole + 2; // +1 clearly better, -1 clearly worse, 0 neither

    explicit EvalTableModel(const EvalSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "+1 / -1 / 0" against the reference on an aspect column or Avg.
    int mark(int row, int column) const;

private:
    void rebuild();
    void refresh();

    const EvalSession *m_session;
    int m_rows = 0;
};

} // namespace drpo::ui
