// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/itemresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <optional>

namespace drpo::ui {

class EvalSession;

// The item browser's rows: one per benchmark item, with every system's score on it (the mean
// of its aspects) and how much the systems disagree (the highest minus the lowest score), so a
// proxy can sort the items where systems differ most to the top and filter by category and tag.
class EvalItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Category, Tags, Question, FirstSystem }; // then one per system, then Disagreement
    static constexpr int SortRole = Qt::UserRole + 1;          // numbers for scores (missing: -1)
    static constexpr int CategoryRole = Qt::UserRole + 2;      // "regular" | "safety"
    static constexpr int TagsRole = Qt::UserRole + 3;          // tasks and topics, QStringList
    static constexpr int ItemIdRole = Qt::UserRole + 4;

    explicit EvalItemModel(const EvalSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int disagreementColumn() const { return FirstSystem + systemCount(); }
    int systemCount() const;
    int rowOf(const QString &itemId) const { return m_rows.value(itemId, -1); }
    // The mean of a system's aspect scores on an item (N/A by the results' policy); empty when
    // it is not judged.
    std::optional<double> score(int system, int row) const;
    std::optional<double> disagreement(int row) const;
    // Every tag used by the benchmark (tasks, then topics), for the filter.
    QStringList tags() const;

private:
    void rebuild();
    void itemChanged(int system, const QString &itemId);
    void flushChanges();
    const eval::ItemResult *item(int system, int row) const;

    const EvalSession *m_session;
    QHash<QString, int> m_rows;
    int m_rowCount = 0;
    int m_systems = 0;
    // Verdicts stream in by the thousand: changed rows are reported together a few times a
    // second, so a sorting proxy re-sorts once per batch rather than once per verdict.
    QTimer m_flush;
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};

} // namespace drpo::ui
