// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonerrors.h"

#include "io/inputlimits.h"
#include "io/iotext.h"
#include "io/jsonlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace drpo::io::detail {

using model::Json;

std::optional<QByteArray> readFileBytes(const QString &path, FileError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, FileError{path, 0, 0, {}, IoText::tr("could not open the file: %1.").arg(file.errorString())});
        return std::nullopt;
    }
    auto tooBig = [&](qint64 size) {
        setError(error,
            FileError{path, 0, 0, {},
                IoText::tr("the file is %1 MiB; DRPO Studio reads files of up to %2 MiB. Is it the right file?")
                    .arg(size >> 20)
                    .arg(kMaxInputFileBytes >> 20)});
        return std::nullopt;
    };
    // Refuse before reading, so a multi-gigabyte file costs neither memory nor time.
    if (!file.isSequential() && file.size() > kMaxInputFileBytes)
        return tooBig(file.size());
    QByteArray data;
    if (!file.isSequential()) {
        data = file.readAll();
    } else {
        // A pipe or a device such as /dev/zero: read no more than the limit.
        qsizetype used = 0;
        for (;;) {
            if (data.size() - used < (1 << 20))
                data.resize(qMax<qsizetype>(data.size() * 2, 1 << 20));
            const qint64 n = file.read(data.data() + used, data.size() - used); // blocks until data or the end
            if (n <= 0)
                break;
            used += n;
            if (used > kMaxInputFileBytes)
                return tooBig(used);
        }
        data.truncate(used);
    }
    if (file.error() != QFileDevice::NoError) {
        setError(error, FileError{path, 0, 0, {}, IoText::tr("could not read the file: %1.").arg(file.errorString())});
        return std::nullopt;
    }
    return data;
}

bool checkLineLengths(const QByteArray &data, const QString &file, FileError *error)
{
    qsizetype start = 0;
    const int line = lineTooLongAt(data.constData(), data.size(), kMaxLineBytes, &start);
    if (line < 0)
        return true;
    const qsizetype nl = data.indexOf('\n', start);
    const qsizetype length = (nl < 0 ? data.size() : nl) - start;
    setError(error,
        FileError{file, line + 1, 0, {},
            IoText::tr(
                "this line is %1 MiB long; a line of a query or example file may be at most %2 MiB (one record a "
                "line).")
                .arg(double(length) / double(1 << 20), 0, 'f', 1)
                .arg(kMaxLineBytes >> 20)});
    return false;
}

void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto ch = static_cast<unsigned char>(data.at(i));
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++c;
        }
    }
    *line = l;
    *column = c;
}

QString typeWord(const char *typeName)
{
    const QString nlohmannType = QString::fromUtf8(typeName);
    if (nlohmannType == u"string")
        return IoText::tr("text (a string)");
    if (nlohmannType == u"number")
        return IoText::tr("a number");
    if (nlohmannType == u"boolean")
        return IoText::tr("true or false");
    if (nlohmannType == u"object")
        return IoText::tr("an object");
    if (nlohmannType == u"array")
        return IoText::tr("a list (an array)");
    if (nlohmannType == u"null")
        return IoText::tr("null");
    return nlohmannType;
}

namespace {

// Rephrases nlohmann's terse messages as sentences; unknown ones pass through.
QString rephrase(const QString &message, QString *field)
{
    static const QRegularExpression typeMust(QStringLiteral("^type must be (\\w+), but is (\\w+)$"));
    static const QRegularExpression keyMissing(QStringLiteral("^key '(.*)' not found$"));
    static const QRegularExpression cannotUse(QStringLiteral("^cannot use (\\S+)\\(\\) with (\\w+)$"));
    if (auto m = typeMust.match(message); m.hasMatch())
        return IoText::tr("expected %1 but found %2.")
            .arg(typeWord(m.captured(1).toUtf8().constData()), typeWord(m.captured(2).toUtf8().constData()));
    if (auto m = keyMissing.match(message); m.hasMatch()) {
        *field += u'/' + m.captured(1);
        return IoText::tr("this required field is missing.");
    }
    if (auto m = cannotUse.match(message); m.hasMatch())
        return IoText::tr("expected an object or a list but found %1.")
            .arg(typeWord(m.captured(2).toUtf8().constData()));
    QString out = message;
    if (!out.isEmpty() && !out.endsWith(u'.'))
        out += u'.';
    return out;
}

} // namespace

FileError errorFromException(const QString &file, const std::exception &e)
{
    FileError err;
    err.file = file;
    QString what = QString::fromUtf8(e.what());
    // "[json.exception.type_error.302] (/queries/3/text) type must be string, but is null"
    static const QRegularExpression prefix(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "));
    what.remove(prefix);
    static const QRegularExpression path(QStringLiteral("^\\(([^)]*)\\) "));
    if (auto m = path.match(what); m.hasMatch()) {
        err.field = m.captured(1);
        what = what.mid(m.capturedLength());
    }
    err.message = rephrase(what, &err.field);
    return err;
}

namespace {

template<typename J>
std::optional<J> parseAny(const QByteArray &data, const QString &file, FileError *error, int firstLine)
{
    if (const qsizetype deep = jsonTooDeepAt(data.constData(), data.size()); deep >= 0) {
        FileError err;
        err.file = file;
        lineColumnAt(data, deep, &err.line, &err.column);
        err.line += firstLine - 1;
        err.message =
            IoText::tr("the JSON is nested more than %1 levels deep here; no file DRPO Studio reads nests that "
                       "deep.")
                .arg(kMaxJsonDepth);
        setError(error, err);
        return std::nullopt;
    }
    try {
        return J::parse(data.constBegin(), data.constEnd());
    } catch (const typename J::parse_error &e) {
        FileError err;
        err.file = file;
        if (data.trimmed().isEmpty()) {
            err.message = IoText::tr("the file is empty; expected JSON.");
            if (firstLine > 1)
                err.line = firstLine;
        } else {
            // nlohmann's byte is 1-based and points at the character that broke the parse.
            lineColumnAt(data, static_cast<qsizetype>(e.byte) - 1, &err.line, &err.column);
            err.line += firstLine - 1;
            QString detail = QString::fromUtf8(e.what());
            static const QRegularExpression head(QStringLiteral("^.*?(column \\d+|byte \\d+): "));
            detail.remove(head);
            err.message = IoText::tr("this is not valid JSON (%1).").arg(detail);
        }
        setError(error, err);
        return std::nullopt;
    } catch (const typename J::out_of_range &e) {
        // A number too large for a double ("1e400") is out_of_range, not parse_error: uncaught,
        // it ended every loader with std::terminate (found by fuzz_profile).
        FileError err;
        err.file = file;
        QString detail = QString::fromUtf8(e.what());
        static const QRegularExpression head(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "));
        detail.remove(head);
        static const QRegularExpression number(QStringLiteral("'([^']*)'"));
        if (const auto m = number.match(detail); m.hasMatch()) {
            if (const qsizetype at = data.indexOf(m.captured(1).toUtf8()); at >= 0) {
                lineColumnAt(data, at, &err.line, &err.column);
                err.line += firstLine - 1;
            }
        }
        err.message = IoText::tr("this is not valid JSON (%1: no number is that large).").arg(detail);
        setError(error, err);
        return std::nullopt;
    }
}

} // namespace

std::optional<Json> parseJson(const QByteArray &data, const QString &file, FileError *error, int firstLine)
{
    return parseAny<Json>(data, file, error, firstLine);
}

std::optional<nlohmann::ordered_json> parseOrderedJson(
    const QByteArray &data, const QString &file, FileError *error, int firstLine)
{
    return parseAny<nlohmann::ordered_json>(data, file, error, firstLine);
}

void locate(FileError *error, const QByteArray &data)
{
    if (error && error->line == 0 && error->field.startsWith(u'/'))
        error->line = jsonLineOf(data, error->field);
}

bool checkFormat(
    const Json &j, const char *format, int maxVersion, const QString &kind, const QString &file, FileError *error)
{
    FileError err;
    err.file = file;
    const QString expected = QString::fromUtf8(format);
    if (!j.is_object()) {
        err.message = IoText::tr("this is not a %1 file: it does not hold a JSON object.").arg(kind);
        setError(error, err);
        return false;
    }
    const auto f = j.find("format");
    if (f == j.end() || !f->is_string()) {
        err.field = QStringLiteral("/format");
        err.message = IoText::tr("this is not a %1 file: the field \"format\" should be \"%2\".").arg(kind, expected);
        setError(error, err);
        return false;
    }
    if (f->get<std::string>() != format) {
        err.field = QStringLiteral("/format");
        err.message = IoText::tr("this is not a %1 file: \"format\" is \"%2\" but should be \"%3\".")
                          .arg(kind, QString::fromStdString(f->get<std::string>()), expected);
        setError(error, err);
        return false;
    }
    const auto v = j.find("format_version");
    err.field = QStringLiteral("/format_version");
    if (v == j.end()) {
        err.message = IoText::tr("this required field is missing.");
        setError(error, err);
        return false;
    }
    if (!v->is_number_integer()) {
        err.message = IoText::tr("the format version should be a whole number.");
        setError(error, err);
        return false;
    }
    const auto version = v->get<long long>();
    if (version < 1) {
        err.message = IoText::tr("the format version %1 is not valid.").arg(version);
        setError(error, err);
        return false;
    }
    if (version > maxVersion) {
        err.message = IoText::tr("this %1 was saved by a newer version of DRPO Studio (format version %2; this "
                                 "version reads up to %3). Please update DRPO Studio to open it.")
                          .arg(kind)
                          .arg(version)
                          .arg(maxVersion);
        setError(error, err);
        return false;
    }
    return true;
}

} // namespace drpo::io::detail
