// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include "io/iotext.h"
#include "io/jsonerrors.h"

namespace drpo::io::detail {

std::optional<QList<CsvRecord>> parseCsv(const QByteArray &bytes, const QString &file, FileError *error)
{
    if (!checkLineLengths(bytes, file, error))
        return std::nullopt;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // byte order mark written by spreadsheet programs
    QList<CsvRecord> records;
    CsvRecord record;
    record.line = 1;
    QString field;
    int line = 1;
    int column = 1;
    bool atFieldStart = true;
    bool quotedRead = false; // an empty quoted field ("") still makes a record

    auto endField = [&] {
        record.fields.push_back(field);
        field.clear();
        quotedRead = false;
        atFieldStart = true;
    };
    auto endRecord = [&] {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !quotedRead;
        if (!blank) {
            endField();
            records.push_back(record);
        }
        record = CsvRecord{};
        atFieldStart = true;
        quotedRead = false;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' && atFieldStart) {
            // A quoted field runs to the next single quote character.
            const int startLine = line;
            const int startColumn = column;
            ++i;
            ++column;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                if (d == u'\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
                if (!(d == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    field += d; // CRLF inside a field becomes LF
                ++i;
            }
            if (!closed) {
                setError(error,
                    FileError{file, startLine, startColumn, {},
                        IoText::tr("a quoted field starts here but its closing quote is missing.")});
                return std::nullopt;
            }
            quotedRead = true;
            atFieldStart = false;
            if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                setError(error,
                    FileError{file, line, column, {},
                        IoText::tr("unexpected text after a closing quote; a quote inside a quoted "
                                   "field must be doubled (\"\").")});
                return std::nullopt;
            }
            continue;
        }
        if (c == u',') {
            endField();
            ++i;
            ++column;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++line;
            column = 1;
            record.line = line;
            continue;
        }
        field += c;
        atFieldStart = false;
        ++i;
        ++column;
    }
    endRecord();
    return records;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r') &&
        !value.startsWith(u' ') && !value.endsWith(u' '))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.push_back(csvField(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace drpo::io::detail
