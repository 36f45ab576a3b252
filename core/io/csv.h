// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/io: RFC 4180 CSV reading and writing.

#include "io/fileerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::io::detail {

// One CSV record and the line it starts on (a quoted field may span lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text: comma separated, fields in double quotes may hold commas, line breaks
// and doubled quotes. CRLF and LF both end records. Fully blank lines are skipped.
std::optional<QList<CsvRecord>> parseCsv(const QByteArray &data, const QString &file, FileError *error);

// Quotes a field when it needs it.
QString csvField(const QString &value);
// One record with a CRLF line end, as RFC 4180 asks.
QString csvLine(const QStringList &fields);

} // namespace drpo::io::detail
