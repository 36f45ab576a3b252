// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runcontroller.h"
#include "model/project.h"

namespace drpo::test {

// The demo project's run input, for engine tests (fails the test if it cannot load).
model::RunInput demoInput();
// Starts a run and waits (event loop) until it finishes; returns the final record.
model::RunRecord runToEnd(const model::RunInput &input, const QString &runFile = {});
// Total calls of one role in a record.
qint64 calls(const model::RunRecord &r, model::Role role);
// The parts of a record that must replay identically (no time stamps, ids or usage).
QByteArray replayFingerprint(const model::RunRecord &r);

} // namespace drpo::test
