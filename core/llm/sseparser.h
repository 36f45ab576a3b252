// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace drpo::llm {

// Incremental parser for server-sent events (text/event-stream): LF, CRLF or CR line
// ends, ":" comment lines (keep-alives), multi-line data, named events.
class SseParser {
public:
    struct Event {
        QByteArray event; // empty for the default "message" event
        QByteArray data;  // data lines joined by "\n"
    };

    // Feeds raw bytes as they arrive; returns the events completed by them.
    QList<Event> feed(const QByteArray &bytes);
    // Completes a final event not followed by a blank line (a server that closes early).
    QList<Event> finish();

private:
    void line(const QByteArray &l, QList<Event> &out);
    void dispatch(QList<Event> &out);

    QByteArray m_buffer;
    QByteArray m_event;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous chunk ended in CR: a leading LF belongs to it
};

} // namespace drpo::llm
