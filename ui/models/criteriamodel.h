// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"

#include <QAbstractTableModel>
#include <QMap>

namespace drpo::ui {

// Table adapter over the criteria library: enabled (check box), pin/ban state, how often the
// selector chose each criterion in the current run, and the description.
class CriteriaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, CountColumn, DescriptionColumn, ColumnCount };
    enum Roles { NameRole = Qt::UserRole + 1, CountRole };

    explicit CriteriaModel(QObject *parent = nullptr);

    void setLibrary(const model::CriteriaLibrary &library);
    void setSelectionCounts(const QMap<QString, int> &counts);
    const model::CriteriaLibrary &library() const { return m_library; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Ticking the box does not change the model: it asks for an undoable edit instead.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void enabledToggled(int row, bool enabled);

private:
    model::CriteriaLibrary m_library;
    QMap<QString, int> m_counts;
};

} // namespace drpo::ui
