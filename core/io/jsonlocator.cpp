// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonlocator.h"

#include <QList>

namespace drpo::io::detail {

QString jsonPointerKey(const QString &key)
{
    QString out = key;
    out.replace(u'~', QStringLiteral("~0"));
    out.replace(u'/', QStringLiteral("~1"));
    return out;
}

namespace {

// A forgiving one-pass scanner: it records the line of every value start until the target is found.
class Scanner {
public:
    explicit Scanner(const QByteArray &data)
        : m_data(data)
    {}

    // Lines of the elements of the array at target (a single pass, for long lists).
    QList<int> elementLines(const QString &target)
    {
        QList<int> lines;
        m_elements = &lines;
        find(target);
        return lines;
    }

    // Returns the line of the value at each pointer prefix of target; the deepest one found wins.
    int find(const QString &target)
    {
        m_target = target;
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3; // UTF-8 byte order mark
        skipSpace();
        value(QString());
        return m_best;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool done() const { return m_found || m_pos >= m_data.size() || m_failed; }

    void note(const QString &pointer)
    {
        if (pointer == m_target) {
            m_best = m_line;
            m_found = true;
        } else if (m_target.startsWith(pointer + u'/') || pointer.isEmpty()) {
            m_best = m_line; // a parent: remember it in case the target itself is missing
        }
    }

    void value(const QString &pointer)
    {
        if (done())
            return;
        note(pointer);
        const char c = m_data.at(m_pos);
        if (m_found) {
            if (m_elements && c == '[' && pointer == m_target) {
                m_found = false; // keep going through this array only
                array(pointer, false);
                m_found = true;
            }
            return;
        }
        // Skip whole containers that cannot hold the target.
        const bool relevant = pointer.isEmpty() || m_target.startsWith(pointer + u'/');
        if (c == '{')
            object(pointer, relevant);
        else if (c == '[')
            array(pointer, relevant);
        else if (c == '"')
            string();
        else
            scalar();
    }

    void object(const QString &pointer, bool relevant)
    {
        ++m_pos; // {
        skipSpace();
        while (!done()) {
            if (m_data.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_data.at(m_pos) != '"') {
                m_failed = true;
                return;
            }
            const QString key = string();
            skipSpace();
            if (done() || m_data.at(m_pos) != ':') {
                m_failed = true;
                return;
            }
            ++m_pos;
            skipSpace();
            if (relevant)
                value(pointer + u'/' + jsonPointerKey(key));
            else
                skipValue();
            skipSpace();
            if (!done() && m_data.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
    }

    void array(const QString &pointer, bool relevant)
    {
        ++m_pos; // [
        skipSpace();
        int index = 0;
        while (!done()) {
            if (m_data.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_elements && pointer == m_target)
                m_elements->push_back(m_line);
            const qsizetype before = m_pos;
            if (relevant)
                value(pointer + u'/' + QString::number(index));
            else
                skipValue();
            if (m_pos == before) { // "[}": nothing read, so the loop would spin forever (fuzz_jsonlocator)
                m_failed = true;
                return;
            }
            ++index;
            skipSpace();
            if (!done() && m_data.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
    }

    void skipValue()
    {
        const char c = m_data.at(m_pos);
        if (c == '"') {
            string();
            return;
        }
        if (c != '{' && c != '[') {
            scalar();
            return;
        }
        int depth = 0;
        while (m_pos < m_data.size()) {
            const char d = m_data.at(m_pos);
            if (d == '"') {
                string();
                continue;
            }
            if (d == '\n')
                ++m_line;
            else if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0) {
                    ++m_pos;
                    return;
                }
            }
            ++m_pos;
        }
    }

    void scalar()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                return;
            ++m_pos;
        }
    }

    // Reads a string starting at its opening quote; returns its decoded text.
    QString string()
    {
        ++m_pos; // opening quote
        QByteArray raw;
        QString out;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == '"')
                break;
            if (c == '\n')
                ++m_line; // invalid JSON, but keep lines right
            if (c != '\\') {
                raw += c;
                continue;
            }
            if (m_pos >= m_data.size())
                break;
            const char e = m_data.at(m_pos++);
            switch (e) {
            case 'n': raw += '\n'; break;
            case 't': raw += '\t'; break;
            case 'r': raw += '\r'; break;
            case 'b': raw += '\b'; break;
            case 'f': raw += '\f'; break;
            case 'u': {
                bool ok = false;
                const char16_t unit = static_cast<char16_t>(m_data.mid(m_pos, 4).toUInt(&ok, 16));
                m_pos += 4;
                out += QString::fromUtf8(raw);
                raw.clear();
                if (ok)
                    out += QChar(unit); // surrogate halves join into a pair when both arrive
                break;
            }
            default: raw += e; break;
            }
        }
        out += QString::fromUtf8(raw);
        return out;
    }

    const QByteArray &m_data;
    QList<int> *m_elements = nullptr;
    QString m_target;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_best = 0;
    bool m_found = false;
    bool m_failed = false;
};

} // namespace

int jsonLineOf(const QByteArray &data, const QString &pointer)
{
    return Scanner(data).find(pointer);
}

QList<int> jsonElementLines(const QByteArray &data, const QString &arrayPointer)
{
    return Scanner(data).elementLines(arrayPointer);
}

} // namespace drpo::io::detail
