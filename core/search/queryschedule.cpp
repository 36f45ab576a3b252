// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/queryschedule.h"

namespace drpo::search {

quint64 SplitMix::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 mixSeed(quint64 seed, quint64 salt)
{
    SplitMix m(seed ^ (salt * 0xD1B54A32D192ED03ull));
    return m.next();
}

QuerySchedule::QuerySchedule(const model::QuerySet &set, quint64 seed, int batchSize, int validationSize)
    : m_batch(qMax(1, batchSize))
{
    QList<model::Query> train = set.training();
    m_validation = set.validation();
    SplitMix rng(mixSeed(seed, 0x51));
    for (qsizetype i = train.size() - 1; i > 0; --i)
        train.swapItemsAt(i, rng.below(int(i + 1)));
    // Without flagged validation queries, hold out the requested number from training.
    if (m_validation.isEmpty() && validationSize > 0 && train.size() > validationSize) {
        m_validation = train.mid(train.size() - validationSize);
        train.resize(train.size() - validationSize);
    } else if (validationSize > 0 && m_validation.size() > validationSize) {
        m_validation.resize(validationSize);
    }
    m_training = train;
}

QList<model::Query> QuerySchedule::batchForLevel(int level) const
{
    QList<model::Query> out;
    if (m_training.isEmpty())
        return out;
    const int n = int(m_training.size());
    for (int i = 0; i < qMin(m_batch, n); ++i)
        out.push_back(m_training[(level * m_batch + i) % n]);
    return out;
}

} // namespace drpo::search
