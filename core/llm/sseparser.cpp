// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/sseparser.h"

namespace drpo::llm {

QList<SseParser::Event> SseParser::feed(const QByteArray &bytes)
{
    QList<Event> out;
    m_buffer += bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '\n' && m_skipLf && i == start) {
            m_skipLf = false;
            start = i + 1;
            continue;
        }
        m_skipLf = false;
        if (c == '\r' || c == '\n') {
            line(m_buffer.mid(start, i - start), out);
            if (c == '\r') {
                if (i + 1 < m_buffer.size()) {
                    if (m_buffer.at(i + 1) == '\n')
                        ++i;
                } else {
                    m_skipLf = true;
                }
            }
            start = i + 1;
        }
    }
    m_buffer.remove(0, start);
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (!m_buffer.isEmpty()) {
        line(m_buffer, out);
        m_buffer.clear();
    }
    dispatch(out);
    return out;
}

void SseParser::line(const QByteArray &l, QList<Event> &out)
{
    if (l.isEmpty()) {
        dispatch(out);
        return;
    }
    if (l.startsWith(':'))
        return; // comment / keep-alive
    const qsizetype colon = l.indexOf(':');
    QByteArray field = colon < 0 ? l : l.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : l.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_event = value;
    }
}

void SseParser::dispatch(QList<Event> &out)
{
    if (m_hasData)
        out.push_back(Event{m_event, m_data});
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

} // namespace drpo::llm
