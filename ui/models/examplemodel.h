// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/example.h"

#include <QAbstractTableModel>

namespace drpo::ui {

// Table adapter over the ICL example library and its stage-1 optimization progress.
class ExampleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, QueryColumn, VersionsColumn, SeedScoreColumn, BestScoreColumn, AnswerColumn, ColumnCount };

    explicit ExampleModel(QObject *parent = nullptr);
    // An adapter over a list someone else owns (the run session's record): changes made
    // through this model are made to that list, with the model's notifications.
    explicit ExampleModel(QList<model::Example> *examples, QObject *parent = nullptr);

    void setExamples(const QList<model::Example> &examples);
    // Replaces the example at index (appending when index is the current count).
    void putExample(int index, const model::Example &example);
    const QList<model::Example> &examples() const { return *m_examples; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<model::Example> m_own;
    QList<model::Example> *m_examples;
};

} // namespace drpo::ui
