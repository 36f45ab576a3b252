// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <condition_variable>
#include <mutex>

namespace drpo::llm {
class Scheduler;
}

namespace drpo::engine {

// The commands the owner's thread gives a running worker (pause, resume, step, stop, edit,
// branch), shared by RunController and RunWorker so that neither touches the other: the
// worker may end and be deleted on its own thread at any moment. Thread-safe.
class RunControl {
public:
    struct Command {
        enum class Kind { Edit, Branch } kind;
        QString nodeId;
        QString prompt;
        QString note;
    };

    // The owner's side.
    void requestPause();
    void requestResume();
    void requestStep(); // run one more level, then pause
    void requestStop(); // also cancels the calls in flight
    void requestEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void requestBranch(const QString &nodeId);

    // The worker's side.
    void setScheduler(llm::Scheduler *scheduler); // null before the scheduler goes away
    bool stopRequested() const;
    bool pauseRequested() const;
    void pauseNow(); // a fatal error: wait for the user
    QList<Command> takeCommands();
    bool hasCommands() const;
    // Counts one finished level against a pending step; true when the run must now pause.
    bool levelDone();
    // Blocks until a command, a resume or a stop arrives.
    void waitForNews();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pause = false;
    bool m_stop = false;
    int m_stepsLeft = -1; // -1: run freely; n >= 0: pause after n more levels
    QList<Command> m_commands;
    llm::Scheduler *m_scheduler = nullptr;
};

} // namespace drpo::engine
