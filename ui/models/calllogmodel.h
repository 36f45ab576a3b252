// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace drpo::ui {

// Table adapter over finished model calls: role, endpoint, status, latency, tokens, cache.
// Keeps the newest `capacity` calls so a long run cannot grow it without bound.
class CallLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        RoleColumn,
        PurposeColumn,
        EndpointColumn,
        StatusColumn,
        LatencyColumn,
        TokensColumn,
        CachedColumn,
        ColumnCount
    };

    explicit CallLogModel(QObject *parent = nullptr, int capacity = 20000);

    void clear();
    void addCall(const llm::CallRecord &call, const QDateTime &time = QDateTime::currentDateTime());
    const llm::CallRecord *callAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QDateTime time;
        llm::CallRecord call;
    };
    QList<Entry> m_entries;
    int m_capacity;
};

} // namespace drpo::ui
