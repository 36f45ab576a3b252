// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/socketwrite.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace drpo::llm {

void writeNow(QAbstractSocket *socket, const QByteArray &bytes)
{
    qsizetype sent = 0;
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0 && socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
        while (sent < bytes.size()) {
            // MSG_NOSIGNAL: a peer that went away is an error here, not a SIGPIPE.
            const ssize_t n = ::send(int(fd), bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno == EINTR)
                continue;
            else
                break; // full (EAGAIN) or failed: Qt's write below sends the rest or reports the error
        }
    }
#endif
    if (sent == bytes.size())
        return;
    socket->write(bytes.constData() + sent, bytes.size() - sent);
    socket->flush();
}

} // namespace drpo::llm
