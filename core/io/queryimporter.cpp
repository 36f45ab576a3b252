// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/queryimporter.h"

#include "io/csv.h"
#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonlocator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace drpo::io {

using detail::setError;
using model::Json;

namespace {

// Field names that may hold the query text, in order of preference.
const char *const kTextKeys[] = {"text", "query", "instruction", "prompt"};

// One query as read, before ids are checked and generated.
struct Row {
    int line = 0;
    QString field; // JSON pointer of the record, or empty for line-based formats
    QString id;
    QString text;
    QString category;
    QStringList tags;
    QString reference;
};

struct Reader {
    QString file;
    QByteArray data;
    QList<FileError> warnings;

    int lineOf(const QString &pointer) const { return detail::jsonLineOf(data, pointer); }
    FileError at(const QString &pointer, const QString &message) const
    {
        return FileError{file, lineOf(pointer), 0, pointer, message};
    }
};

QString typeName(const Json &j)
{
    return detail::typeWord(j.type_name());
}

QStringList splitTags(const QString &s)
{
    QStringList out;
    for (const QString &t : s.split(u';')) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty())
            out.push_back(tag);
    }
    return out;
}

// Reads an optional string field; a number is accepted for ids (just-eval uses integer ids).
bool stringField(const Json &o, const char *key, const QString &pointer, const Reader &r, QString *out,
    FileError *error, bool allowNumber = false)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return true;
    if (it->is_string()) {
        *out = QString::fromStdString(it->get<std::string>());
        return true;
    }
    if (allowNumber && it->is_number_integer()) {
        *out = QString::number(it->get<long long>());
        return true;
    }
    const QString field = pointer + u'/' + QString::fromUtf8(key);
    setError(error, r.at(field, IoText::tr("expected text (a string) but found %1.").arg(typeName(*it))));
    return false;
}

bool isJustEvalRecord(const Json &o)
{
    return o.is_object() && o.contains("instruction") && (o.contains("dataset") || o.contains("source_id"));
}

// Converts one JSON record (an object, or a bare string) into a row.
bool rowFromJson(const Json &o, const QString &pointer, bool justEval, Reader &r, Row *row, FileError *error)
{
    row->field = pointer;
    if (o.is_string()) {
        row->text = QString::fromStdString(o.get<std::string>());
        return true;
    }
    if (!o.is_object()) {
        setError(error,
            r.at(pointer, IoText::tr("expected a query (an object or a string) but found %1.").arg(typeName(o))));
        return false;
    }
    const char *textKey = nullptr;
    for (const char *key : kTextKeys) {
        if (o.contains(key)) {
            textKey = key;
            break;
        }
    }
    if (!textKey) {
        setError(error,
            r.at(pointer,
                IoText::tr("this record has no query text: it needs a field named \"text\", "
                           "\"query\", \"instruction\" or \"prompt\".")));
        return false;
    }
    if (!stringField(o, textKey, pointer, r, &row->text, error))
        return false;
    // Alpaca records put the material the instruction works on in "input".
    QString input;
    if (!stringField(o, "input", pointer, r, &input, error))
        return false;
    if (!input.trimmed().isEmpty())
        row->text += QStringLiteral("\n\n") + input;
    if (!stringField(o, "id", pointer, r, &row->id, error, true) ||
        !stringField(o, "category", pointer, r, &row->category, error))
        return false;
    if (!stringField(o, "reference", pointer, r, &row->reference, error) ||
        (row->reference.isEmpty() && !stringField(o, "output", pointer, r, &row->reference, error)))
        return false;
    if (const auto tags = o.find("tags"); tags != o.end() && !tags->is_null()) {
        if (tags->is_string()) {
            row->tags = splitTags(QString::fromStdString(tags->get<std::string>()));
        } else if (tags->is_array()) {
            for (std::size_t i = 0; i < tags->size(); ++i) {
                const Json &t = (*tags)[i];
                if (!t.is_string()) {
                    setError(error,
                        r.at(pointer + u"/tags/" + QString::number(i),
                            IoText::tr("expected a tag (a string) but found %1.").arg(typeName(t))));
                    return false;
                }
                row->tags.push_back(QString::fromStdString(t.get<std::string>()));
            }
        } else {
            setError(error,
                r.at(pointer + u"/tags",
                    IoText::tr("expected a list of tags or a text with tags separated by \";\" but found %1.")
                        .arg(typeName(*tags))));
            return false;
        }
    }
    if (justEval && !row->category.isEmpty() && row->category != u"regular" && row->category != u"safety") {
        r.warnings.push_back(r.at(pointer + u"/category",
            IoText::tr("just-eval categories are \"regular\" or \"safety\"; \"%1\" is kept as it is.")
                .arg(row->category)));
    }
    return true;
}

bool rowsFromJsonArray(
    const Json &array, const QString &pointer, bool justEval, Reader &r, QList<Row> *rows, FileError *error)
{
    const QList<int> lines = detail::jsonElementLines(r.data, pointer);
    for (std::size_t i = 0; i < array.size(); ++i) {
        Row row;
        if (!rowFromJson(array[i], pointer + u'/' + QString::number(i), justEval, r, &row, error))
            return false;
        row.line = static_cast<qsizetype>(i) < lines.size() ? lines.at(static_cast<qsizetype>(i)) : 0;
        rows->push_back(row);
    }
    return true;
}

// A JSON document: our QuerySet, a project's query set, or an array of records.
bool readJson(Reader &r, QueryFormat format, QList<Row> *rows, model::QuerySet *set, FileError *error)
{
    const auto doc = detail::parseJson(r.data, r.file, error);
    if (!doc)
        return false;
    const Json *array = &*doc;
    QString pointer;
    if (doc->is_object()) {
        const Json *holder = &*doc;
        if (doc->value("format", std::string()) == "drpo-project" && doc->contains("queries")) {
            holder = &(*doc)["queries"];
            pointer = QStringLiteral("/queries");
        }
        const auto queries = holder->find("queries");
        if (!holder->is_object() || queries == holder->end()) {
            setError(
                error, r.at(pointer, IoText::tr("expected a list of queries, or an object with a \"queries\" list.")));
            return false;
        }
        pointer += QStringLiteral("/queries");
        if (!queries->is_array()) {
            setError(
                error, r.at(pointer, IoText::tr("expected a list of queries but found %1.").arg(typeName(*queries))));
            return false;
        }
        array = &*queries;
        try {
            if (const auto name = holder->find("name"); name != holder->end() && name->is_string())
                set->name = QString::fromStdString(name->get<std::string>());
            model::readOptional(*holder, "validation_ids", set->validationIds);
        } catch (const std::exception &e) {
            setError(error, detail::errorFromException(r.file, e));
            return false;
        }
    } else if (!doc->is_array()) {
        setError(error, r.at(QString(), IoText::tr("expected a list of queries but found %1.").arg(typeName(*doc))));
        return false;
    }
    const bool justEval = format == QueryFormat::JustEval || (!array->empty() && isJustEvalRecord(array->front()));
    return rowsFromJsonArray(*array, pointer, justEval, r, rows, error);
}

bool readJsonl(Reader &r, QueryFormat format, QList<Row> *rows, FileError *error)
{
    if (!detail::checkLineLengths(r.data, r.file, error))
        return false;
    const QList<QByteArray> lines = r.data.split('\n');
    bool justEval = format == QueryFormat::JustEval;
    bool first = true;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto record = detail::parseJson(line, r.file, error, i + 1);
        if (!record)
            return false;
        if (first)
            justEval = justEval || isJustEvalRecord(*record);
        first = false;
        Row row;
        // Pointers are relative to the line, so locate by line number instead.
        Reader lineReader{r.file, line, {}};
        if (!rowFromJson(*record, QString(), justEval, lineReader, &row, error)) {
            if (error)
                error->line = i + 1;
            return false;
        }
        for (FileError w : lineReader.warnings) {
            w.line = i + 1;
            r.warnings.push_back(w);
        }
        row.line = i + 1;
        row.field.clear();
        rows->push_back(row);
    }
    return true;
}

bool readCsv(Reader &r, QList<Row> *rows, FileError *error)
{
    const auto records = detail::parseCsv(r.data, r.file, error);
    if (!records)
        return false;
    if (records->isEmpty())
        return true;
    const detail::CsvRecord &header = records->first();
    QStringList names;
    for (const QString &h : header.fields)
        names.push_back(h.trimmed().toLower());
    int textColumn = -1;
    for (const char *key : kTextKeys) {
        textColumn = names.indexOf(QString::fromUtf8(key));
        if (textColumn >= 0)
            break;
    }
    if (textColumn < 0) {
        setError(error,
            FileError{r.file, header.line, 0, QStringLiteral("header"),
                IoText::tr("the header row has no query text column; name one column \"text\", "
                           "\"query\", \"instruction\" or \"prompt\" (found: %1).")
                    .arg(header.fields.join(QStringLiteral(", ")))});
        return false;
    }
    const int idColumn = names.indexOf(u"id");
    const int categoryColumn = names.indexOf(u"category");
    const int tagsColumn = names.indexOf(u"tags");
    int referenceColumn = names.indexOf(u"reference");
    if (referenceColumn < 0)
        referenceColumn = names.indexOf(u"output");
    const int inputColumn = names.indexOf(u"input");
    const bool justEval =
        names.contains(u"instruction") && (names.contains(u"dataset") || names.contains(u"source_id"));

    for (qsizetype i = 1; i < records->size(); ++i) {
        const detail::CsvRecord &rec = records->at(i);
        const bool blank =
            std::all_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (rec.fields.size() != header.fields.size()) {
            FileError e{r.file, rec.line, 0, {}, {}};
            if (rec.fields.size() < header.fields.size()) {
                e.field = header.fields.at(rec.fields.size()).trimmed();
                e.message =
                    IoText::tr("this row has %1 fields but the header has %2 columns; the column \"%3\" is missing. "
                               "Put fields that contain commas in double quotes.")
                        .arg(rec.fields.size())
                        .arg(header.fields.size())
                        .arg(e.field);
            } else {
                e.field = IoText::tr("column %1").arg(header.fields.size() + 1);
                e.message = IoText::tr("this row has %1 fields but the header has %2 columns. "
                                       "Put fields that contain commas in double quotes.")
                                .arg(rec.fields.size())
                                .arg(header.fields.size());
            }
            setError(error, e);
            return false;
        }
        Row row;
        row.line = rec.line;
        row.text = rec.fields.at(textColumn);
        if (inputColumn >= 0 && !rec.fields.at(inputColumn).trimmed().isEmpty())
            row.text += QStringLiteral("\n\n") + rec.fields.at(inputColumn);
        if (idColumn >= 0)
            row.id = rec.fields.at(idColumn).trimmed();
        if (categoryColumn >= 0)
            row.category = rec.fields.at(categoryColumn).trimmed();
        if (tagsColumn >= 0)
            row.tags = splitTags(rec.fields.at(tagsColumn));
        if (referenceColumn >= 0)
            row.reference = rec.fields.at(referenceColumn);
        if (justEval && !row.category.isEmpty() && row.category != u"regular" && row.category != u"safety")
            r.warnings.push_back(FileError{r.file, rec.line, 0, QStringLiteral("category"),
                IoText::tr("just-eval categories are \"regular\" or \"safety\"; \"%1\" is kept "
                           "as it is.")
                    .arg(row.category)});
        rows->push_back(row);
    }
    return true;
}

bool readText(Reader &r, QList<Row> *rows, FileError *error)
{
    if (!detail::checkLineLengths(r.data, r.file, error))
        return false;
    QString text = QString::fromUtf8(r.data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Row row;
        row.line = i + 1;
        row.text = line;
        rows->push_back(row);
    }
    return true;
}

// "line 3", or "line 1 (/queries/7)" for JSON where many records share a line.
QString where(const Row &row)
{
    if (row.line <= 0)
        return row.field;
    const QString line = IoText::tr("line %1").arg(row.line);
    return row.field.isEmpty() ? line : line + QStringLiteral(" (") + row.field + u')';
}

// Checks ids, generates missing ones, applies the default category, and builds the set.
bool finish(Reader &r, const QList<Row> &rows, const QString &defaultCategory, model::QuerySet *set, FileError *error)
{
    QHash<QString, int> given; // id -> index into rows
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (row.id.isEmpty())
            continue;
        if (const auto it = given.constFind(row.id); it != given.cend()) {
            const Row &firstUse = rows.at(*it);
            setError(error,
                FileError{r.file, row.line, 0, row.field.isEmpty() ? QStringLiteral("id") : row.field + u"/id",
                    IoText::tr("the query id \"%1\" is used twice: first at %2, again at %3.")
                        .arg(row.id, where(firstUse), where(row))});
            return false;
        }
        given.insert(row.id, i);
    }
    QHash<QString, int> texts;
    int position = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (row.text.trimmed().isEmpty()) {
            r.warnings.push_back(
                FileError{r.file, row.line, 0, row.field, IoText::tr("this query has no text and was skipped.")});
            continue;
        }
        ++position;
        model::Query q;
        q.id = row.id;
        if (q.id.isEmpty()) {
            // Stable: the n-th query gets "qn" unless the file already gave that id to another one.
            q.id = u'q' + QString::number(position);
            for (int suffix = 2; given.contains(q.id); ++suffix)
                q.id = u'q' + QString::number(position) + u'-' + QString::number(suffix);
            given.insert(q.id, -1);
        }
        q.text = row.text;
        q.category = row.category.isEmpty() ? defaultCategory : row.category;
        q.tags = row.tags;
        q.reference = row.reference;
        if (const auto it = texts.constFind(q.text); it != texts.cend())
            r.warnings.push_back(FileError{r.file, row.line, 0, row.field,
                IoText::tr("the same query text already appears at %1.").arg(where(rows.at(*it)))});
        else
            texts.insert(q.text, i);
        set->queries.push_back(q);
    }
    QStringList validation;
    for (const QString &id : std::as_const(set->validationIds)) {
        if (set->find(id))
            validation.push_back(id);
        else
            r.warnings.push_back(
                FileError{r.file, r.lineOf(QStringLiteral("/validation_ids")), 0, QStringLiteral("/validation_ids"),
                    IoText::tr("the validation id \"%1\" names no query and was dropped.").arg(id)});
    }
    set->validationIds = validation;
    return true;
}

QueryFormat detectFormat(const QString &path, const QByteArray &data)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"jsonl" || ext == u"ndjson")
        return QueryFormat::Jsonl;
    if (ext == u"csv")
        return QueryFormat::Csv;
    if (ext == u"txt" || ext == u"text")
        return QueryFormat::Text;
    QByteArray body = data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    body = body.trimmed();
    if (body.startsWith('[') || body.startsWith('{')) {
        if (Json::accept(body.constBegin(), body.constEnd()))
            return QueryFormat::Json;
        const QByteArray firstLine = body.left(body.indexOf('\n')).trimmed();
        if (body.startsWith('{') && Json::accept(firstLine.constBegin(), firstLine.constEnd()))
            return QueryFormat::Jsonl;
        return QueryFormat::Json; // let the JSON parser say what is wrong
    }
    if (ext == u"json")
        return QueryFormat::Json;
    const QString firstLine = QString::fromUtf8(body.left(body.indexOf('\n'))).toLower();
    if (firstLine.contains(u',')) {
        for (const QString &cell : firstLine.split(u',')) {
            const QString name = cell.trimmed().remove(u'"');
            for (const char *key : kTextKeys)
                if (name == QLatin1StringView(key))
                    return QueryFormat::Csv;
        }
    }
    return QueryFormat::Text;
}

} // namespace

std::optional<QueryImport> importQueries(
    const QString &path, QueryFormat format, FileError *error, const QString &defaultCategory)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return importQueriesFromData(path, *data, format, error, defaultCategory);
}

std::optional<QueryImport> importQueriesFromData(
    const QString &path, const QByteArray &data, QueryFormat format, FileError *error, const QString &defaultCategory)
{
    Reader reader{path, data, {}};
    if (format == QueryFormat::Auto)
        format = detectFormat(path, data);

    QueryImport result;
    QList<Row> rows;
    bool ok = true;
    switch (format) {
    case QueryFormat::Auto: // resolved above
    case QueryFormat::Json: ok = readJson(reader, format, &rows, &result.set, error); break;
    case QueryFormat::JustEval: {
        const QByteArray body = data.trimmed();
        ok = body.startsWith('[') || body.startsWith("\xEF\xBB\xBF[")
            ? readJson(reader, format, &rows, &result.set, error)
            : readJsonl(reader, format, &rows, error);
        break;
    }
    case QueryFormat::Jsonl: ok = readJsonl(reader, format, &rows, error); break;
    case QueryFormat::Csv: ok = readCsv(reader, &rows, error); break;
    case QueryFormat::Text: ok = readText(reader, &rows, error); break;
    }
    if (!ok || !finish(reader, rows, defaultCategory, &result.set, error))
        return std::nullopt;
    if (result.set.name.isEmpty())
        result.set.name = QFileInfo(path).completeBaseName();
    if (result.set.queries.isEmpty()) {
        setError(error, FileError{path, 0, 0, {}, IoText::tr("the file holds no queries.")});
        return std::nullopt;
    }
    result.warnings = reader.warnings;
    return result;
}

} // namespace drpo::io
