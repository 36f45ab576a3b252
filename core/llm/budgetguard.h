// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

namespace drpo::llm {

// The run's spending cap. Thread-safe: the scheduler adds each call's cost and refuses
// new calls (ErrorKind::Budget) once the spent amount reaches the cap. A cap of 0 means none.
class BudgetGuard {
public:
    explicit BudgetGuard(double capUsd = 0)
        : m_cap(capUsd)
    {}

    void setCap(double capUsd);
    double cap() const;
    void add(double usd);
    double spent() const;
    bool exhausted() const; // a cap is set and reached

private:
    mutable QMutex m_mutex;
    double m_cap = 0;
    double m_spent = 0;
};

} // namespace drpo::llm
