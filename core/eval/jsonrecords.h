// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/eval: the records of a just-eval file (a JSON list, or JSON Lines) with
// the line each starts on, and field readers whose errors name file, line, record and field.

#include "io/fileerror.h"
#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::eval::detail {

class JsonRecords {
public:
    // Reads a JSON list of objects or one object per line. *error names the file and the
    // line of a syntax error, or says what the file holds instead.
    static std::optional<JsonRecords> read(const QString &path, io::FileError *error);

    QString file() const { return m_file; }
    int size() const { return int(m_records.size()); }
    const model::Json &at(int i) const { return m_records.at(i); }
    int lineOf(int i) const { return m_lines.value(i); }

    // An error at record i, field (a key path like "parsed_result/safety/score"; empty = the
    // record itself). The message is prefixed with "record N (id X)" so it reads alone.
    io::FileError errorAt(int i, const QString &field, const QString &message) const;

    // The record's id (a whole number or a text) as text; false with *error when missing.
    bool id(int i, QString *out, io::FileError *error) const;
    // A required non-empty text field.
    bool text(int i, const char *key, QString *out, io::FileError *error) const;
    // An optional text field: absent or null leaves *out alone; another type is an error.
    bool optionalText(int i, const char *key, QString *out, io::FileError *error) const;
    // An optional list of texts; a single text counts as a list of one.
    bool optionalList(int i, const char *key, QStringList *out, io::FileError *error) const;

private:
    QString m_file;
    QList<model::Json> m_records;
    QList<int> m_lines;
};

} // namespace drpo::eval::detail
