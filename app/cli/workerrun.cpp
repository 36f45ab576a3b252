// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerrun.h"

#include <atomic>
#include <csignal>

namespace drpo::cli {

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

} // namespace

void watchInterrupts()
{
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool takeInterrupt()
{
    return g_interrupted.exchange(false);
}

} // namespace drpo::cli
