// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/examplemodel.h"

#include "textformat.h"

namespace drpo::ui {

ExampleModel::ExampleModel(QObject *parent)
    : ExampleModel(nullptr, parent)
{}

ExampleModel::ExampleModel(QList<model::Example> *examples, QObject *parent)
    : QAbstractTableModel(parent)
    , m_examples(examples ? examples : &m_own)
{}

void ExampleModel::setExamples(const QList<model::Example> &examples)
{
    beginResetModel();
    *m_examples = examples;
    endResetModel();
}

void ExampleModel::putExample(int index, const model::Example &example)
{
    if (index < 0 || index > m_examples->size())
        return;
    if (index < m_examples->size()) {
        (*m_examples)[index] = example;
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, index, index);
    m_examples->append(example);
    endInsertRows();
}

int ExampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_examples->size());
}

int ExampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExampleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_examples->size() || role != Qt::DisplayRole)
        return {};
    const model::Example &e = (*m_examples)[index.row()];
    switch (index.column()) {
    case IdColumn: return e.id;
    case QueryColumn: return text::firstLine(e.query, 70);
    case VersionsColumn: return e.history.size();
    case SeedScoreColumn:
        return e.history.isEmpty() ? text::reward({}) : text::reward(e.history.first().evaluation.reward);
    case BestScoreColumn:
        return e.bestVersion >= 0 && e.bestVersion < e.history.size()
            ? text::reward(e.history[e.bestVersion].evaluation.reward)
            : text::reward({});
    case AnswerColumn: return text::firstLine(e.answer, 70);
    }
    return {};
}

QVariant ExampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Example");
    case QueryColumn: return tr("Query");
    case VersionsColumn: return tr("Versions");
    case SeedScoreColumn: return tr("Seed score");
    case BestScoreColumn: return tr("Best score");
    case AnswerColumn: return tr("Answer");
    }
    return {};
}

} // namespace drpo::ui
