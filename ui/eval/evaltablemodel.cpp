// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaltablemodel.h"

#include "eval/evalsession.h"

namespace drpo::ui {

namespace {
std::optional<eval::Aspect> aspectOf(int column)
{
    if (column >= EvalTableModel::Helpfulness && column <= EvalTableModel::Safety)
        return eval::Aspect(column - EvalTableModel::Helpfulness);
    return std::nullopt;
}

QString figure(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

EvalTableModel::EvalTableModel(const EvalSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &EvalSession::reset, this, &EvalTableModel::rebuild);
    connect(session, &EvalSession::analysisChanged, this, &EvalTableModel::refresh);
    rebuild();
}

void EvalTableModel::rebuild()
{
    beginResetModel();
    m_rows = int(m_session->results().systems.size());
    endResetModel();
}

void EvalTableModel::refresh()
{
    if (m_rows != int(m_session->results().systems.size())) {
        rebuild();
        return;
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int EvalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EvalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EvalTableModel::mark(int row, int column) const
{
    const eval::EvalResults &r = m_session->results();
    if (row <= 0 || row >= r.systems.size())
        return 0;
    const eval::PairedComparison *c =
        m_session->analysis().comparison(r.systems[row].spec.name, r.systems[0].spec.name);
    if (!c)
        return 0;
    std::optional<eval::Interval> interval;
    if (const std::optional<eval::Aspect> a = aspectOf(column))
        interval = c->aspects[int(*a)].interval;
    else if (column == Avg)
        interval = c->avgInterval;
    if (!interval)
        return 0;
    if (interval->low > 0)
        return 1;
    if (interval->high < 0)
        return -1;
    return 0;
}

QVariant EvalTableModel::data(const QModelIndex &index, int role) const
{
    const eval::EvalResults &r = m_session->results();
    const eval::Analysis &a = m_session->analysis();
    if (!index.isValid() || index.row() >= m_rows || index.row() >= a.summaries.size())
        return {};
    const eval::SystemResult &system = r.systems[index.row()];
    const eval::SystemSummary &s = a.summaries[index.row()];
    const int col = index.column();

    std::optional<double> value;
    std::optional<eval::Interval> interval;
    if (const std::optional<eval::Aspect> asp = aspectOf(col)) {
        value = s.aspect(*asp).mean;
        interval = s.aspect(*asp).interval;
    } else if (col == Avg) {
        value = s.overall.avg;
        interval = s.avgInterval;
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case System: return system.spec.name;
        case Length: return s.judged > 0 ? QString::number(s.lengthWords, 'f', 0) : QString();
        case Done: return tr("%1 of %2").arg(s.done).arg(s.total);
        case Unscored: return s.unscored;
        default: {
            if (!value)
                return QStringLiteral("\u2014");
            QString text = figure(*value);
            if (interval)
                text += QStringLiteral(" \u00b1") + figure((interval->high - interval->low) / 2);
            const int m = mark(index.row(), col);
            if (m > 0)
                text += QStringLiteral(" \u25b2");
            else if (m < 0)
                text += QStringLiteral(" \u25bc");
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (col == System)
            return tr("%1\nModel: %2\nMethod: %3")
                .arg(system.spec.name, system.spec.modelName, eval::methodLabel(system.spec.method));
        if (value) {
            QString tip = interval ? tr("Mean %1, 95% interval %2 to %3")
                                         .arg(figure(*value), figure(interval->low), figure(interval->high))
                                   : tr("Mean %1 (the interval comes when the evaluation ends)").arg(figure(*value));
            const int m = mark(index.row(), col);
            if (m != 0)
                tip += QLatin1Char('\n') +
                    (m > 0 ? tr("Clearly better than %1").arg(r.systems[0].spec.name)
                           : tr("Clearly worse than %1").arg(r.systems[0].spec.name));
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(col == System ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
    case SortRole:
        switch (col) {
        case System: return system.spec.name;
        case Length: return s.lengthWords;
        case Done: return s.done;
        case Unscored: return s.unscored;
        default: return value.value_or(-1);
        }
        return {};
    case MarkRole: return mark(index.row(), col);
    default: return {};
    }
}

QVariant EvalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case System: return tr("System");
        case Helpfulness: return tr("Helpfulness");
        case Clarity: return tr("Clarity");
        case Factuality: return tr("Factuality");
        case Depth: return tr("Depth");
        case Engagement: return tr("Engagement");
        case Safety: return tr("Safety");
        case Avg: return tr("Avg");
        case Length: return tr("Words");
        case Done: return tr("Items");
        case Unscored: return tr("Unscored");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Avg)
            return tr("The unweighted mean of the six aspect means");
        if (section == Length)
            return tr("Mean answer length in words over the regular items");
        if (section == Unscored)
            return tr("Items whose verdict could not be read: counted, never averaged in");
        if (aspectOf(section))
            return tr("Mean score 1\u2013"
                      "5 \u00b1 half the 95% interval; \u25b2/\u25bc clearly better/worse than the "
                      "first system");
    }
    return {};
}

} // namespace drpo::ui
