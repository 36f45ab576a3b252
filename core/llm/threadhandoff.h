// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>

#include <type_traits>
#include <utility>

// ThreadSanitizer sees only the synchronisation of instrumented code. Debian's Qt is not built
// with it, and Qt hands data between threads under its own futex-based locks (the posted-event
// queue, a QPromise's result store, a blocking queued call), so every hand-over through Qt
// looks like a race to TSan, thousands per run. These calls tell TSan what Qt guarantees:
// what a thread did before handOff() happens before what another thread does after a
// takeOver() that Qt ordered after it. They are no-ops in every other build.
//
// One token for the whole process: coarser than Qt's per-queue locks (a takeOver orders
// after every earlier handOff, not only the one whose data arrived), so TSan may miss a race
// between two threads that both went through a hand-over in between; it never reports a
// race that is not there. Mark every place where our data crosses a thread through Qt.
#if defined(__SANITIZE_THREAD__)
#define DRPO_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define DRPO_TSAN 1
#endif
#endif

#ifdef DRPO_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace drpo::llm {

#ifdef DRPO_TSAN
inline char g_threadHandoffToken;
inline void handOff()
{
    __tsan_release(&g_threadHandoffToken);
}
inline void takeOver()
{
    __tsan_acquire(&g_threadHandoffToken);
}
#else
inline void handOff()
{}
inline void takeOver()
{}
#endif

// A call carried to another thread by Qt, marked as a hand-over at each of its crossings.
// Qt moves the functor into its own call object (that move runs in our code), posts the
// call, runs it on the receiver's thread and frees it on whichever thread drops the last
// reference, maybe the poster's after the call ran. So: hand off after every move (the call
// object is complete then), take over before running and before destroying, hand off after
// running.
template<class F> class HandedOver {
public:
    explicit HandedOver(F f)
        : m_f(std::move(f))
    {
        handOff();
    }
    HandedOver(HandedOver &&other) noexcept
        : m_f(std::move(other.m_f))
    {
        handOff();
    }
    HandedOver(const HandedOver &) = delete;
    HandedOver &operator=(const HandedOver &) = delete;
    HandedOver &operator=(HandedOver &&) = delete;
    ~HandedOver() { takeOver(); }

    void operator()()
    {
        takeOver();
        m_f();
        handOff();
    }

private:
    F m_f;
};

// Runs `f` on `receiver`'s thread through its event queue (a queued call), marked as a
// hand-over: what this thread did before is visible to `f`.
template<class F> void postTo(QObject *receiver, F &&f)
{
    QMetaObject::invokeMethod(receiver, HandedOver<std::decay_t<F>>(std::forward<F>(f)), Qt::QueuedConnection);
}

// Runs `f` on `receiver`'s thread and waits for it (a blocking queued call): both directions
// are hand-overs. Never call it on `receiver`'s own thread (Qt would deadlock).
template<class F> void runOnAndWait(QObject *receiver, F &&f)
{
    QMetaObject::invokeMethod(receiver, HandedOver<std::decay_t<F>>(std::forward<F>(f)), Qt::BlockingQueuedConnection);
    takeOver();
}

} // namespace drpo::llm
