// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalitemmodel.h"

#include "eval/evalsession.h"
#include "eval/summary.h"

#include <algorithm>

namespace drpo::ui {

namespace {
constexpr int kQuestionChars = 140; // the cell shows the start; the detail view the whole text
constexpr int kFlushMs = 150;       // how often streamed verdicts reach the views
} // namespace

EvalItemModel::EvalItemModel(const EvalSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &EvalSession::reset, this, &EvalItemModel::rebuild);
    connect(session, &EvalSession::itemJudged, this, &EvalItemModel::itemChanged);
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &EvalItemModel::flushChanges);
    // The runner's final copy replaces the streamed one: refresh every cell once.
    connect(session, &EvalSession::finished, this, [this] {
        m_flush.stop();
        m_firstChanged = m_lastChanged = -1;
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
    });
    rebuild();
}

void EvalItemModel::rebuild()
{
    m_flush.stop();
    m_firstChanged = m_lastChanged = -1;
    beginResetModel();
    const eval::EvalResults &r = m_session->results();
    m_rows.clear();
    for (int i = 0; i < r.benchmark.items.size(); ++i)
        m_rows.insert(r.benchmark.items[i].id, i);
    m_rowCount = int(r.benchmark.items.size());
    m_systems = int(r.systems.size());
    endResetModel();
}

int EvalItemModel::systemCount() const
{
    return m_systems;
}

void EvalItemModel::itemChanged(int system, const QString &itemId)
{
    const int row = rowOf(itemId);
    if (row < 0 || system < 0 || system >= m_systems)
        return;
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
    if (!m_flush.isActive())
        m_flush.start();
}

void EvalItemModel::flushChanges()
{
    if (m_firstChanged < 0)
        return;
    const int first = m_firstChanged;
    const int last = std::min(m_lastChanged, m_rowCount - 1);
    m_firstChanged = m_lastChanged = -1;
    if (first <= last)
        emit dataChanged(index(first, FirstSystem), index(last, columnCount() - 1));
}

int EvalItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int EvalItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSystem + m_systems + 1;
}

const eval::ItemResult *EvalItemModel::item(int system, int row) const
{
    const eval::EvalResults &r = m_session->results();
    if (system < 0 || system >= r.systems.size() || row < 0 || row >= r.benchmark.items.size())
        return nullptr;
    const auto &items = r.systems[system].items;
    const auto it = items.constFind(r.benchmark.items[row].id);
    return it == items.cend() ? nullptr : &*it;
}

std::optional<double> EvalItemModel::score(int system, int row) const
{
    const eval::ItemResult *i = item(system, row);
    if (!i || i->state != eval::ItemState::Judged)
        return std::nullopt;
    const eval::EvalResults &r = m_session->results();
    double sum = 0;
    int n = 0;
    for (eval::Aspect a : eval::aspectsFor(r.benchmark.items[row].isSafety()))
        if (const std::optional<double> v = eval::aspectValue(i, a, r.settings.naPolicy)) {
            sum += *v;
            ++n;
        }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

std::optional<double> EvalItemModel::disagreement(int row) const
{
    std::optional<double> lo, hi;
    int n = 0;
    for (int s = 0; s < m_systems; ++s)
        if (const std::optional<double> v = score(s, row)) {
            lo = lo ? std::min(*lo, *v) : *v;
            hi = hi ? std::max(*hi, *v) : *v;
            ++n;
        }
    return n >= 2 ? std::optional<double>(*hi - *lo) : std::nullopt;
}

QStringList EvalItemModel::tags() const
{
    QStringList tasks, topics;
    for (const eval::BenchmarkItem &i : m_session->results().benchmark.items) {
        for (const QString &t : i.tasks)
            if (!tasks.contains(t))
                tasks << t;
        for (const QString &t : i.topics)
            if (!topics.contains(t))
                topics << t;
    }
    tasks.sort();
    topics.sort();
    return tasks + topics;
}

QVariant EvalItemModel::data(const QModelIndex &index, int role) const
{
    const eval::EvalResults &r = m_session->results();
    if (!index.isValid() || index.row() >= m_rowCount || index.row() >= r.benchmark.items.size())
        return {};
    const eval::BenchmarkItem &b = r.benchmark.items[index.row()];
    const int col = index.column();
    const int system = col - FirstSystem;
    const bool isSystem = system >= 0 && system < m_systems;

    if (role == CategoryRole)
        return b.category;
    if (role == TagsRole)
        return QStringList(b.tasks + b.topics);
    if (role == ItemIdRole)
        return b.id;

    std::optional<double> value;
    if (isSystem)
        value = score(system, index.row());
    else if (col == disagreementColumn())
        value = disagreement(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Id: return b.id;
        case Category: return b.isSafety() ? tr("safety") : tr("regular");
        case Tags: return QStringList(b.tasks + b.topics).join(QStringLiteral(", "));
        case Question: {
            QString q = b.instruction.simplified();
            if (q.size() > kQuestionChars)
                q = q.left(kQuestionChars - 1) + QStringLiteral("\u2026");
            return q;
        }
        default:
            if (isSystem) {
                const eval::ItemResult *i = item(system, index.row());
                if (i && i->state == eval::ItemState::Unscored)
                    return tr("unscored");
            }
            return value ? QString::number(*value, 'f', 1) : QString();
        }
    case Qt::ToolTipRole:
        if (isSystem)
            if (const eval::ItemResult *i = item(system, index.row()); i && !i->error.isEmpty())
                return i->error;
        return {};
    case Qt::TextAlignmentRole:
        return col >= FirstSystem ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        if (col >= FirstSystem)
            return value.value_or(-1);
        if (col == Id) {
            bool ok = false;
            const int n = b.id.toInt(&ok);
            return ok ? QVariant(n) : QVariant(b.id);
        }
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant EvalItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int system = section - FirstSystem;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id: return tr("ID");
        case Category: return tr("Category");
        case Tags: return tr("Task and topic");
        case Question: return tr("Question");
        default:
            if (system >= 0 && system < m_systems)
                return m_session->results().systems[system].spec.name;
            return tr("Disagreement");
        }
    }
    if (role == Qt::ToolTipRole && section == disagreementColumn())
        return tr("The highest minus the lowest score the systems got on this item");
    return {};
}

} // namespace drpo::ui
