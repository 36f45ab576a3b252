// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QList>
#include <QString>

#include <memory>

class QThread;

namespace drpo::llm {

class Scheduler;

// Owns a Scheduler and the thread it lives on. Configure the scheduler (setUp, or its own
// setters), then start(); the destructor cancels the calls in flight, deletes the scheduler
// on its own thread and joins the thread, on every way out. The engine, `drpo ask`, the
// evaluation, the server, the tests and the benchmarks all host their scheduler this way.
class SchedulerHost {
public:
    explicit SchedulerHost(const QString &threadName = QStringLiteral("drpo-scheduler"));
    ~SchedulerHost();
    SchedulerHost(const SchedulerHost &) = delete;
    SchedulerHost &operator=(const SchedulerHost &) = delete;

    Scheduler *scheduler() const { return m_scheduler; }
    Scheduler *operator->() const { return m_scheduler; }
    Scheduler &operator*() const { return *m_scheduler; }

    // Providers for `roles` from the project's model settings, with its cache, budget and
    // prices (see setUpScheduler). Before start(); false with a user-facing reason.
    bool setUp(const model::ModelSettings &models, const QList<model::Role> &roles, quint64 seed, QString *error);
    // Moves the scheduler to its thread and starts the thread; later calls do nothing.
    void start();
    bool isStarted() const { return m_started; }

private:
    Scheduler *m_scheduler;
    std::unique_ptr<QThread> m_thread;
    bool m_started = false;
};

} // namespace drpo::llm
