// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serve/requestlogentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace drpo::ui {

// Table adapter over the requests a served profile answered: time, model, status, latency,
// tokens. Keeps the newest `capacity` requests.
class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ModelColumn, StatusColumn, LatencyColumn, TokensColumn, ColumnCount };

    explicit RequestLogModel(QObject *parent = nullptr, int capacity = 5000);

    void clear();
    void addEntry(const serve::RequestLogEntry &entry);
    const serve::RequestLogEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<serve::RequestLogEntry> m_entries;
    int m_capacity;
};

} // namespace drpo::ui
