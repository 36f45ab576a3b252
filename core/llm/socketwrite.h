// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QAbstractSocket;

namespace drpo::llm {

// Writes `bytes` to a connected TCP socket now. On Unix, when nothing is queued in the
// socket, they go straight to the kernel: a QTcpSocket write would instead buffer them and
// switch its write notifier on and off, and with the GLib event dispatcher each switch
// wakes the event loop once more. What the kernel does not take at once (or an error) goes
// through QTcpSocket as usual, so order, bytesToWrite() and error reporting stay Qt's.
// Used for the server's answers and the HTTP client's requests.
void writeNow(QAbstractSocket *socket, const QByteArray &bytes);

} // namespace drpo::llm
