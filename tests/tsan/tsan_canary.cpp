// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberate data race, for the tsan preset to catch: two threads that Qt starts and
// joins write one variable of ours with no lock. ctest passes only when ThreadSanitizer
// reports it, so neither the preset's suppressions (tests/tsan.supp) nor the hand-over
// marks (core/llm/threadhandoff.h) can have hidden a race in our own code.
#include <QCoreApplication>
#include <QThread>

#include <memory>

namespace {
int g_counter = 0; // the race: written by both threads
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto bump = [] {
        for (int i = 0; i < 1000; ++i)
            g_counter = g_counter + 1;
    };
    std::unique_ptr<QThread> a(QThread::create(bump));
    std::unique_ptr<QThread> b(QThread::create(bump));
    a->start();
    b->start();
    a->wait();
    b->wait();
    return g_counter > 0 ? 0 : 1;
}
