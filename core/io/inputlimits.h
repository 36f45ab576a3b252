// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace drpo::io {

// Bounds on what the program reads from files and model answers, so hostile or broken input
// ends in a clear error within bounded memory and time instead of a crash or a swap storm.
inline constexpr qint64 kMaxInputFileBytes = qint64(256) << 20; // a project, run, profile or import file
inline constexpr qsizetype kMaxLineBytes = qsizetype(16) << 20; // one line of JSONL, CSV or text
inline constexpr int kMaxJsonDepth = 256;                       // arrays and objects inside each other

// The offset of the first '[' or '{' nested deeper than maxDepth (strings skipped), or -1.
// Run it before nlohmann parses untrusted text: copying, dumping and converting a parsed
// document recurse once per level, so 100,000 levels would overflow the stack.
qsizetype jsonTooDeepAt(const char *data, qsizetype size, int maxDepth = kMaxJsonDepth);

// The 0-based index of the first line longer than maxBytes (its start in *offset), or -1.
int lineTooLongAt(const char *data, qsizetype size, qsizetype maxBytes, qsizetype *offset = nullptr);

} // namespace drpo::io
