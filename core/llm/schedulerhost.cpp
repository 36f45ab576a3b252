// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/schedulerhost.h"

#include "llm/providerfactory.h"
#include "llm/scheduler.h"
#include "llm/threadhandoff.h"

#include <QMetaObject>
#include <QThread>

namespace drpo::llm {

SchedulerHost::SchedulerHost(const QString &threadName)
    : m_scheduler(new Scheduler)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(threadName);
}

SchedulerHost::~SchedulerHost()
{
    if (!m_started) {
        delete m_scheduler;
        return;
    }
    m_scheduler->cancelAll();
    // The scheduler owns timers and network objects of its thread: delete it there.
    Scheduler *s = m_scheduler;
    runOnAndWait(s, [s] { delete s; });
    m_thread->quit();
    m_thread->wait();
}

bool SchedulerHost::setUp(
    const model::ModelSettings &models, const QList<model::Role> &roles, quint64 seed, QString *error)
{
    Q_ASSERT(!m_started);
    return setUpScheduler(*m_scheduler, models, roles, seed, error);
}

void SchedulerHost::start()
{
    if (m_started)
        return;
    m_scheduler->moveToThread(m_thread.get());
    m_thread->start();
    m_started = true;
}

} // namespace drpo::llm
