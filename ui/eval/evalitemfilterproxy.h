// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace drpo::ui {

// The item browser's filter and sort over EvalItemModel: by category (regular, safety) and
// by tag (a task or a topic); sorts by the numbers behind the cells, so "Disagreement,
// descending" puts the items where the systems differ most first.
class EvalItemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EvalItemFilterProxy(QObject *parent = nullptr);

    void setCategory(const QString &category); // empty = all
    void setTag(const QString &tag);           // empty = all
    QString category() const { return m_category; }
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_tag;
};

} // namespace drpo::ui
