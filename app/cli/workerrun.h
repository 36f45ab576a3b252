// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/threadhandoff.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace drpo::cli {

// How `drpo evaluate` and `drpo ablate` run their runner: run() blocks on a worker thread,
// the runner's sink queues each event to the main thread, where this thread's event loop
// hands them to the printer in order; Ctrl-C or SIGTERM asks the runner to stop at its next
// safe point (its file stays resumable).

// A sink for the runner: each event is handed to `handle` on the main thread, in order.
template<typename Event, typename Handler> std::function<void(const Event &)> queuedToMainThread(Handler &handle)
{
    return [&handle](const Event &event) { llm::postTo(qApp, [&handle, event] { handle(event); }); };
}

// Installs the SIGINT/SIGTERM handler; true once since the last call when a signal came.
void watchInterrupts();
bool takeInterrupt();

// Runs runner.run() on a thread named `name` and returns its result once every event queued
// before it returned has been handled.
template<typename Runner> auto runOnWorkerThread(Runner &runner, const char *name) -> decltype(runner.run())
{
    decltype(runner.run()) result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = runner.run();
        llm::postTo(qApp, [] { QCoreApplication::exit(0); }); // after `result`: a hand-over
    }));
    worker->setObjectName(QString::fromLatin1(name));
    watchInterrupts();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&runner] {
        if (takeInterrupt())
            runner.stop();
    });
    poll.start(100);
    worker->start();
    QCoreApplication::exec();
    worker->wait();
    QCoreApplication::processEvents(); // the last events queued before the exit
    return result;
}

} // namespace drpo::cli
