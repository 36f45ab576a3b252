// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/query.h"
#include "model/runrecord.h"

#include <QAbstractTableModel>
#include <QMap>

namespace drpo::ui {

// Table adapter over a query set, with the selector's chosen criteria and reason per query.
class QuerySetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TextColumn, CategoryColumn, TagsColumn, SplitColumn, CriteriaColumn, ColumnCount };
    enum Roles { QueryIdRole = Qt::UserRole + 1, CategoryRole, TagsRole, ReasonRole, TextRole };

    explicit QuerySetModel(QObject *parent = nullptr);

    void setQuerySet(const model::QuerySet &set);
    // Selections are keyed by query text, as the engine caches them.
    void setSelections(const QMap<QString, model::Selection> &selections);
    void putSelection(const QString &queryText, const model::Selection &selection);

    const model::QuerySet &querySet() const { return m_set; }
    const model::Query *queryAt(int row) const;
    model::Selection selectionFor(const QString &queryText) const { return m_selections.value(queryText); }
    QStringList categories() const;
    QStringList tags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    model::QuerySet m_set;
    QMap<QString, model::Selection> m_selections;
};

} // namespace drpo::ui
