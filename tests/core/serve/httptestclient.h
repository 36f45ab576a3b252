// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QTcpSocket>

#include <optional>

namespace drpo::test {

// A raw HTTP/1.1 client for the server tests: writes exact bytes (malformed ones too) and
// reads answers byte-exactly. Blocking: the server under test runs on another thread.
struct RawResponse {
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                      // de-chunked
    bool chunked = false;
};

class RawClient {
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
    }

    QTcpSocket &socket() { return m_socket; }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // One answer; nothing when none came within timeoutMs (or the connection closed first).
    std::optional<RawResponse> read(int timeoutMs = 5000, bool head = false)
    {
        QElapsedTimer clock;
        clock.start();
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0)
            if (!more(timeoutMs - int(clock.elapsed())))
                return std::nullopt;
        RawResponse r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        if (r.status == 100 || head)
            return r;
        if (r.headers.value("transfer-encoding") == "chunked") {
            r.chunked = true;
            for (;;) {
                qsizetype lineEnd;
                while ((lineEnd = m_buffer.indexOf("\r\n")) < 0)
                    if (!more(timeoutMs - int(clock.elapsed())))
                        return std::nullopt;
                bool ok = false;
                const qsizetype size = m_buffer.left(lineEnd).toLongLong(&ok, 16);
                if (!ok)
                    return std::nullopt;
                while (m_buffer.size() < lineEnd + 2 + size + 2)
                    if (!more(timeoutMs - int(clock.elapsed())))
                        return std::nullopt;
                r.body += m_buffer.mid(lineEnd + 2, size);
                m_buffer.remove(0, lineEnd + 2 + size + 2);
                if (size == 0)
                    return r;
            }
        }
        if (r.headers.contains("content-length")) {
            const qsizetype size = r.headers.value("content-length").toLongLong();
            while (m_buffer.size() < size)
                if (!more(timeoutMs - int(clock.elapsed())))
                    return std::nullopt;
            r.body = m_buffer.left(size);
            m_buffer.remove(0, size);
            return r;
        }
        while (more(timeoutMs - int(clock.elapsed()))) {} // until the server closes
        r.body = std::exchange(m_buffer, {});
        return r;
    }

    // True when the server closes the connection within timeoutMs.
    bool waitClosed(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < timeoutMs) {
            if (m_socket.bytesAvailable() > 0)
                m_buffer += m_socket.readAll();
            m_socket.waitForReadyRead(qMax(1, timeoutMs - int(clock.elapsed())));
            if (m_socket.bytesAvailable() > 0)
                m_buffer += m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QByteArray leftover() const { return m_buffer; }

private:
    bool more(int timeoutMs)
    {
        if (m_socket.bytesAvailable() == 0 && (timeoutMs <= 0 || !m_socket.waitForReadyRead(timeoutMs)))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace drpo::test
