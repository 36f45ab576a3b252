// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evalresults.h"
#include "llm/budgetguard.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace drpo::llm {
class Scheduler;
class SchedulerHost;
} // namespace drpo::llm

namespace drpo::eval {

// The schedulers of one evaluation: one for the judge and one per distinct model endpoint of
// the generating systems (a base model and its instruct version are two lanes), each on its
// own thread, all sharing the response cache and the budget cap.
class SchedulerPool {
public:
    SchedulerPool();
    ~SchedulerPool();
    SchedulerPool(const SchedulerPool &) = delete;
    SchedulerPool &operator=(const SchedulerPool &) = delete;

    // Builds the providers; false with a sentence for the user when an endpoint cannot work.
    bool setUp(const EvalSettings &settings, const QList<SystemSpec> &systems, QString *error);
    void start();
    // Thread-safe: cancels every call in flight (they answer ErrorKind::Cancelled).
    void cancelAll();

    llm::Scheduler *judge() const { return m_judge; }
    llm::Scheduler *forSystem(qsizetype index) const { return m_bySystem.value(index); }
    QList<llm::Scheduler *> all() const;
    bool usesCache() const { return m_usesCache; }
    std::shared_ptr<llm::BudgetGuard> budget() const { return m_budget; }

private:
    std::vector<std::unique_ptr<llm::SchedulerHost>> m_hosts;
    llm::Scheduler *m_judge = nullptr;
    QList<llm::Scheduler *> m_bySystem; // parallel to the systems; null for those that do not generate
    std::shared_ptr<llm::BudgetGuard> m_budget;
    bool m_usesCache = false;
};

} // namespace drpo::eval
