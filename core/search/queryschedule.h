// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/query.h"

#include <QList>

namespace drpo::search {

// Which training queries each level uses, and which are held out for validation: a seeded
// permutation walked b at a time, so every query is used before any repeats.
class QuerySchedule {
public:
    QuerySchedule(const model::QuerySet &set, quint64 seed, int batchSize, int validationSize);

    QList<model::Query> batchForLevel(int level) const;
    const QList<model::Query> &training() const { return m_training; }
    const QList<model::Query> &validation() const { return m_validation; }

private:
    QList<model::Query> m_training;
    QList<model::Query> m_validation;
    int m_batch;
};

// A small portable PRNG (splitmix64) so runs replay identically on every platform.
class SplitMix {
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

quint64 mixSeed(quint64 seed, quint64 salt);

} // namespace drpo::search
