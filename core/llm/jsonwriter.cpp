// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/jsonwriter.h"

#include <QChar>
#include <QLocale>

#include <cmath>

namespace drpo::llm {

JsonWriter::JsonWriter(qsizetype expectedBytes)
{
    m_out.reserve(qMax<qsizetype>(64, expectedBytes));
}

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + (v - 10));
}

void appendEscape(QByteArray &out, char16_t u)
{
    const char e[6] = {
        '\\', 'u', hexDigit((u >> 12) & 0xf), hexDigit((u >> 8) & 0xf), hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf)};
    out.append(e, 6);
}

} // namespace

namespace {

// One character below 0x80, escaped as QJsonDocument does.
void appendAscii(QByteArray &out, char16_t u)
{
    switch (u) {
    case u'"': out += "\\\""; break;
    case u'\\': out += "\\\\"; break;
    case u'\b': out += "\\b"; break;
    case u'\f': out += "\\f"; break;
    case u'\n': out += "\\n"; break;
    case u'\r': out += "\\r"; break;
    case u'\t': out += "\\t"; break;
    default:
        if (u < 0x20)
            appendEscape(out, u);
        else
            out += char(u);
    }
}

void appendTwoBytes(QByteArray &out, char16_t u)
{
    const char two[2] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
    out.append(two, 2);
}

// Room for the plain-ASCII case of a string of `length` units, growing geometrically: no
// realloc per string.
void makeRoom(QByteArray &out, qsizetype length)
{
    if (const qsizetype need = out.size() + length + 2; need > out.capacity())
        out.reserve(qMax(need, 2 * out.capacity()));
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    makeRoom(out, text.size());
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            appendAscii(out, u);
        } else if (u < 0x800) {
            appendTwoBytes(out, u);
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            const char four[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
            out.append(four, 4);
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u); // a lone surrogate has no UTF-8
        } else {
            const char three[3] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(three, 3);
        }
    }
    out += '"';
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_empty.empty() && !m_afterKey);
    m_empty.pop_back();
    m_out += bracket;
}

JsonWriter &JsonWriter::beginObject()
{
    open('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_afterKey);
    separate();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size()); // keys are plain ASCII names
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    // Written from the Latin-1 bytes: no QString on the way (the fixed words of every body).
    separate();
    makeRoom(m_out, text.size());
    m_out += '"';
    for (const char c : text) {
        const auto u = char16_t(uchar(c));
        if (u < 0x80)
            appendAscii(m_out, u);
        else
            appendTwoBytes(m_out, u);
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // As QJsonValue: a double holding an integer (exactly, within 2^53) is an integer.
    constexpr double kExact = 9007199254740992.0;
    if (!std::isfinite(number))
        m_out += "null";
    else if (std::trunc(number) == number && std::fabs(number) <= kExact)
        m_out += QByteArray::number(qint64(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::stringArray(const QStringList &items)
{
    beginArray();
    for (const QString &s : items)
        value(QStringView(s));
    return endArray();
}

} // namespace drpo::llm
