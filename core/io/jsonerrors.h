// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/io: turns nlohmann exceptions and byte offsets into FileErrors.

#include "io/fileerror.h"
#include "model/jsonsupport.h"

#include <QByteArray>
#include <QString>

#include <exception>
#include <optional>

namespace drpo::io::detail {

// Reads a whole file; a failure names the file and the system's reason. A file over
// kMaxInputFileBytes is refused before anything is read (special files: after that much).
std::optional<QByteArray> readFileBytes(const QString &path, FileError *error);

// False, with the line, when a line of a line-based file (JSONL, CSV, text) is longer than
// kMaxLineBytes: no query or example is that long, and parsing it would cost memory for nothing.
bool checkLineLengths(const QByteArray &data, const QString &file, FileError *error);

// "a number", "text (a string)", ... for a JSON type name such as json::type_name() gives.
QString typeWord(const char *typeName);

// 1-based line and column (in characters) of the byte at offset in data.
void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column);

// A FileError for an exception thrown while converting JSON to a model type: the field is
// the JSON path nlohmann reports (JSON_DIAGNOSTICS), the message a sentence.
FileError errorFromException(const QString &file, const std::exception &e);

// Parses data as JSON; a syntax error names the line and column (counting from firstLine).
std::optional<model::Json> parseJson(const QByteArray &data, const QString &file, FileError *error, int firstLine = 1);

// The same keeping the order of object members (the reference files are ordered objects).
std::optional<nlohmann::ordered_json> parseOrderedJson(
    const QByteArray &data, const QString &file, FileError *error, int firstLine = 1);

// Fills in the line of an error whose field is a JSON pointer into data.
void locate(FileError *error, const QByteArray &data);

// Checks "format" and "format_version" of a file written by this program.
// kind is the user's word for the file ("project", "run record").
bool checkFormat(const model::Json &j, const char *format, int maxVersion, const QString &kind, const QString &file,
    FileError *error);

inline void setError(FileError *error, FileError e)
{
    if (error)
        *error = std::move(e);
}

// Parses a versioned file of ours (format string + version) into T, with located errors.
template<typename T>
std::optional<T> parseVersioned(const QString &path, const QByteArray &data, const char *format, int maxVersion,
    const QString &kind, FileError *error)
{
    const auto j = parseJson(data, path, error);
    if (!j)
        return std::nullopt;
    if (!checkFormat(*j, format, maxVersion, kind, path, error)) {
        locate(error, data);
        return std::nullopt;
    }
    try {
        return j->template get<T>();
    } catch (const std::exception &e) {
        setError(error, errorFromException(path, e));
        locate(error, data);
        return std::nullopt;
    }
}

// Reads and parses a versioned file of ours.
template<typename T>
std::optional<T> loadVersioned(
    const QString &path, const char *format, int maxVersion, const QString &kind, FileError *error)
{
    const auto data = readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return parseVersioned<T>(path, *data, format, maxVersion, kind, error);
}

} // namespace drpo::io::detail
