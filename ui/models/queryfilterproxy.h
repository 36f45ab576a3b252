// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace drpo::ui {

// Filters a QuerySetModel by category, tag and a free-text search (case-insensitive).
class QueryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QueryFilterProxy(QObject *parent = nullptr);

    void setCategory(const QString &category); // empty = all
    void setTag(const QString &tag);           // empty = all
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_tag;
    QString m_search;
};

} // namespace drpo::ui
