// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace drpo::io {

// Where and why reading or writing a file failed, in words a user understands.
struct FileError {
    QString file;
    int line = 0;   // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString field;  // JSON path or column name; empty = unknown
    QString message;

    // "file:line:col: field: message", omitting unknown parts.
    QString toString() const;
};

} // namespace drpo::io
