// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace drpo::llm {

// Writes compact JSON straight into bytes, for the bodies built on every model call and
// every served request: a QJsonObject costs a CBOR container per object, a conversion per
// value and a second pass to print, about a sixth of drpo serve's CPU a request.
//
// The bytes are exactly QJsonDocument::toJson(Compact)'s for the same document when the
// caller writes keys in sorted order (QJsonObject's order), which the callers do: bodies
// stay byte for byte what they were. Strings are escaped as Qt does (", \, the named
// control characters, other controls and lone surrogates as \u00xx), doubles with an
// integral value print as integers, non-finite doubles as null.
class JsonWriter {
public:
    // expectedBytes: the body's likely size, allocated once up front.
    explicit JsonWriter(qsizetype expectedBytes = 256);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &stringArray(const QStringList &items);

    // The text so far; complete once every object and array is ended.
    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    // One string as a JSON string literal (quoted and escaped), appended to out.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();
    void open(char bracket);
    void close(char bracket);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace drpo::llm
