// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runcontrol.h"

#include "llm/scheduler.h"

namespace drpo::engine {

void RunControl::requestPause()
{
    std::unique_lock lock(m_mutex);
    m_pause = true;
}

void RunControl::requestResume()
{
    std::unique_lock lock(m_mutex);
    m_pause = false;
    m_stepsLeft = -1;
    m_wake.notify_all();
}

void RunControl::requestStep()
{
    std::unique_lock lock(m_mutex);
    m_pause = false;
    m_stepsLeft = 1;
    m_wake.notify_all();
}

void RunControl::requestStop()
{
    std::unique_lock lock(m_mutex);
    m_stop = true;
    m_wake.notify_all();
    if (m_scheduler)
        m_scheduler->cancelAll(); // thread-safe; the worker clears the pointer before it goes
}

void RunControl::requestEdit(const QString &nodeId, const QString &prompt, const QString &note)
{
    std::unique_lock lock(m_mutex);
    m_commands.push_back(Command{Command::Kind::Edit, nodeId, prompt, note});
    m_wake.notify_all();
}

void RunControl::requestBranch(const QString &nodeId)
{
    std::unique_lock lock(m_mutex);
    m_commands.push_back(Command{Command::Kind::Branch, nodeId, {}, {}});
    m_wake.notify_all();
}

void RunControl::setScheduler(llm::Scheduler *scheduler)
{
    std::unique_lock lock(m_mutex);
    m_scheduler = scheduler;
    if (m_scheduler && m_stop)
        m_scheduler->cancelAll();
}

bool RunControl::stopRequested() const
{
    std::unique_lock lock(m_mutex);
    return m_stop;
}

bool RunControl::pauseRequested() const
{
    std::unique_lock lock(m_mutex);
    return m_pause;
}

void RunControl::pauseNow()
{
    std::unique_lock lock(m_mutex);
    m_pause = true;
}

QList<RunControl::Command> RunControl::takeCommands()
{
    std::unique_lock lock(m_mutex);
    return std::exchange(m_commands, {});
}

bool RunControl::hasCommands() const
{
    std::unique_lock lock(m_mutex);
    return !m_commands.isEmpty();
}

bool RunControl::levelDone()
{
    std::unique_lock lock(m_mutex);
    if (m_stepsLeft > 0 && --m_stepsLeft == 0) {
        m_stepsLeft = -1;
        m_pause = true;
    }
    return m_pause;
}

void RunControl::waitForNews()
{
    std::unique_lock lock(m_mutex);
    if (m_stop || m_commands.size() > 0 || !m_pause)
        return;
    m_wake.wait(lock);
}

} // namespace drpo::engine
