// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/budgetguard.h"

namespace drpo::llm {

void BudgetGuard::setCap(double capUsd)
{
    QMutexLocker lock(&m_mutex);
    m_cap = capUsd;
}

double BudgetGuard::cap() const
{
    QMutexLocker lock(&m_mutex);
    return m_cap;
}

void BudgetGuard::add(double usd)
{
    QMutexLocker lock(&m_mutex);
    m_spent += usd;
}

double BudgetGuard::spent() const
{
    QMutexLocker lock(&m_mutex);
    return m_spent;
}

bool BudgetGuard::exhausted() const
{
    QMutexLocker lock(&m_mutex);
    return m_cap > 0 && m_spent >= m_cap;
}

} // namespace drpo::llm
