// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exampleimporter.h"

#include "io/csv.h"
#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonlocator.h"

#include <QFileInfo>
#include <QHash>

namespace drpo::io {

using detail::setError;
using OJson = nlohmann::ordered_json;

namespace {

const char *const kQueryKeys[] = {"query", "instruction", "prompt", "text"};
const char *const kAnswerKeys[] = {"answer", "response", "output"};

// One example as read, with where it came from for messages.
struct Item {
    model::Example example;
    int line = 0;
    QString field; // JSON pointer; empty for line-based formats
};

struct Reader {
    QString file;
    QByteArray data;
    FileError at(const QString &pointer, const QString &message) const
    {
        return FileError{file, detail::jsonLineOf(data, pointer), 0, pointer, message};
    }
};

// The reference files wrap answers in "<START>" and "<END>" lines.
QString stripMarkers(QString answer)
{
    answer = answer.trimmed();
    if (answer.startsWith(u"<START>"))
        answer.remove(0, 7);
    if (answer.endsWith(u"<END>"))
        answer.chop(5);
    return answer.trimmed();
}

QString typeName(const OJson &j)
{
    return detail::typeWord(j.type_name());
}

bool readString(const OJson &o, const char *const *keys, std::size_t count, const QString &pointer, const Reader &r,
    QString *out, bool *present, FileError *error)
{
    *present = false;
    for (std::size_t i = 0; i < count; ++i) {
        const auto it = o.find(keys[i]);
        if (it == o.end() || it->is_null())
            continue;
        *present = true;
        if (it->is_string()) {
            *out = QString::fromStdString(it->get<std::string>());
            return true;
        }
        if (it->is_number_integer()) { // ids may be numbers
            *out = QString::number(it->get<long long>());
            return true;
        }
        setError(error,
            r.at(pointer + u'/' + QString::fromUtf8(keys[i]),
                IoText::tr("expected text (a string) but found %1.").arg(typeName(*it))));
        return false;
    }
    return true;
}

bool itemFromObject(const OJson &o, const QString &pointer, const Reader &r, Item *item, FileError *error)
{
    item->field = pointer;
    if (!o.is_object()) {
        setError(error,
            r.at(pointer,
                IoText::tr("expected an example (an object with a query and an answer) but found %1.")
                    .arg(typeName(o))));
        return false;
    }
    if (o.contains("history")) {
        // Our own Example JSON (e.g. from a project or a profile): keep the stage-1 history.
        try {
            item->example = model::Json::parse(o.dump()).get<model::Example>();
            return true;
        } catch (const std::exception &e) {
            FileError err = detail::errorFromException(r.file, e);
            err.field = pointer + err.field;
            setError(error, r.at(err.field, err.message));
            return false;
        }
    }
    bool present = false;
    model::Example &ex = item->example;
    if (!readString(o, kQueryKeys, std::size(kQueryKeys), pointer, r, &ex.query, &present, error))
        return false;
    if (!present) {
        setError(error,
            r.at(pointer + u"/query", IoText::tr("this example has no query: it needs a field named \"query\".")));
        return false;
    }
    if (!readString(o, kAnswerKeys, std::size(kAnswerKeys), pointer, r, &ex.answer, &present, error))
        return false;
    if (!present) {
        setError(error,
            r.at(pointer + u"/answer", IoText::tr("this example has no answer: it needs a field named \"answer\".")));
        return false;
    }
    const char *idKey[] = {"id"};
    const char *categoryKey[] = {"category"};
    return readString(o, idKey, 1, pointer, r, &ex.id, &present, error) &&
        readString(o, categoryKey, 1, pointer, r, &ex.category, &present, error);
}

bool readJson(const Reader &r, QList<Item> *items, FileError *error)
{
    const auto doc = detail::parseOrderedJson(r.data, r.file, error);
    if (!doc)
        return false;
    const OJson *array = nullptr;
    QString pointer;
    if (doc->is_array()) {
        array = &*doc;
    } else if (doc->is_object()) {
        for (const char *key : {"examples", "seed_examples"}) {
            if (const auto it = doc->find(key); it != doc->end() && it->is_array()) {
                array = &*it;
                pointer = u'/' + QString::fromUtf8(key);
                break;
            }
        }
        if (!array) {
            // The reference format: {"query": "<START>\nanswer\n<END>", ...}, in file order.
            for (auto it = doc->begin(); it != doc->end(); ++it) {
                const QString key = QString::fromStdString(it.key());
                const QString field = u'/' + detail::jsonPointerKey(key);
                if (!it->is_string()) {
                    setError(error,
                        r.at(field,
                            IoText::tr("expected the answer to this query as text but found %1. A file of "
                                       "examples maps each query to its answer.")
                                .arg(typeName(*it))));
                    return false;
                }
                Item item;
                item.field = field;
                item.example.query = key;
                item.example.answer = QString::fromStdString(it->get<std::string>());
                items->push_back(item);
            }
            return true;
        }
    } else {
        setError(error,
            r.at(QString(), IoText::tr("expected examples (an object or a list) but found %1.").arg(typeName(*doc))));
        return false;
    }
    const QList<int> lines = detail::jsonElementLines(r.data, pointer);
    for (std::size_t i = 0; i < array->size(); ++i) {
        Item item;
        if (!itemFromObject((*array)[i], pointer + u'/' + QString::number(i), r, &item, error))
            return false;
        const auto index = static_cast<qsizetype>(i);
        item.line = index < lines.size() ? lines.at(index) : 0;
        items->push_back(item);
    }
    return true;
}

bool readJsonl(const Reader &r, QList<Item> *items, FileError *error)
{
    if (!detail::checkLineLengths(r.data, r.file, error))
        return false;
    const QList<QByteArray> lines = r.data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto record = detail::parseOrderedJson(line, r.file, error, i + 1);
        if (!record)
            return false;
        Item item;
        if (!itemFromObject(*record, QString(), Reader{r.file, line}, &item, error)) {
            if (error)
                error->line = i + 1;
            return false;
        }
        item.line = i + 1;
        item.field.clear();
        items->push_back(item);
    }
    return true;
}

bool readCsv(const Reader &r, QList<Item> *items, FileError *error)
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
    auto column = [&](const char *const *keys, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i)
            if (const auto c = names.indexOf(QString::fromUtf8(keys[i])); c >= 0)
                return static_cast<int>(c);
        return -1;
    };
    const int queryColumn = column(kQueryKeys, std::size(kQueryKeys));
    const int answerColumn = column(kAnswerKeys, std::size(kAnswerKeys));
    if (queryColumn < 0 || answerColumn < 0) {
        setError(error,
            FileError{r.file, header.line, 0, QStringLiteral("header"),
                IoText::tr("the header row needs a \"query\" and an \"answer\" column (found: %1).")
                    .arg(header.fields.join(QStringLiteral(", ")))});
        return false;
    }
    const int idColumn = static_cast<int>(names.indexOf(u"id"));
    const int categoryColumn = static_cast<int>(names.indexOf(u"category"));
    for (qsizetype i = 1; i < records->size(); ++i) {
        const detail::CsvRecord &rec = records->at(i);
        if (std::all_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        if (rec.fields.size() != header.fields.size()) {
            const bool fewer = rec.fields.size() < header.fields.size();
            setError(error,
                FileError{r.file, rec.line, 0,
                    fewer ? header.fields.at(rec.fields.size()).trimmed()
                          : IoText::tr("column %1").arg(header.fields.size() + 1),
                    IoText::tr("this row has %1 fields but the header has %2 columns. Put fields that "
                               "contain commas or line breaks in double quotes.")
                        .arg(rec.fields.size())
                        .arg(header.fields.size())});
            return false;
        }
        Item item;
        item.line = rec.line;
        item.example.query = rec.fields.at(queryColumn);
        item.example.answer = rec.fields.at(answerColumn);
        if (idColumn >= 0)
            item.example.id = rec.fields.at(idColumn).trimmed();
        if (categoryColumn >= 0)
            item.example.category = rec.fields.at(categoryColumn).trimmed();
        items->push_back(item);
    }
    return true;
}

// "line 3", or "line 1 (/7)" for JSON where many records share a line.
QString where(const Item &item, const QByteArray &data)
{
    const int line = item.line > 0 ? item.line : detail::jsonLineOf(data, item.field);
    if (item.field.isEmpty())
        return IoText::tr("line %1").arg(line);
    return IoText::tr("line %1").arg(line) + QStringLiteral(" (") + item.field + u')';
}

} // namespace

std::optional<QList<model::Example>> importExamples(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return importExamplesFromData(path, *data, error);
}

std::optional<QList<model::Example>> importExamplesFromData(
    const QString &path, const QByteArray &data, FileError *error)
{
    const Reader reader{path, data};
    const QString ext = QFileInfo(path).suffix().toLower();
    const QByteArray body = data.trimmed();
    QList<Item> items;
    bool ok = false;
    if (ext == u"csv")
        ok = readCsv(reader, &items, error);
    else if (ext == u"jsonl" || ext == u"ndjson")
        ok = readJsonl(reader, &items, error);
    else if (body.startsWith('{') && !nlohmann::json::accept(body.constBegin(), body.constEnd()) &&
        nlohmann::json::accept(body.left(body.indexOf('\n')).constBegin(), body.left(body.indexOf('\n')).constEnd()))
        ok = readJsonl(reader, &items, error); // JSON Lines under another extension
    else
        ok = readJson(reader, &items, error);
    if (!ok)
        return std::nullopt;

    QHash<QString, int> ids;
    for (int i = 0; i < items.size(); ++i) {
        const model::Example &ex = items.at(i).example;
        if (ex.id.isEmpty())
            continue;
        if (const auto it = ids.constFind(ex.id); it != ids.cend()) {
            FileError e{path, items.at(i).line, 0,
                items.at(i).field.isEmpty() ? QStringLiteral("id") : items.at(i).field + u"/id",
                IoText::tr("the example id \"%1\" is used twice: first at %2, again at %3.")
                    .arg(ex.id, where(items.at(*it), data), where(items.at(i), data))};
            detail::locate(&e, data);
            setError(error, e);
            return std::nullopt;
        }
        ids.insert(ex.id, i);
    }

    QList<model::Example> out;
    for (int i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        model::Example &ex = item.example;
        ex.query = ex.query.trimmed();
        ex.answer = stripMarkers(ex.answer);
        const bool emptyQuery = ex.query.isEmpty();
        if (emptyQuery || ex.answer.isEmpty()) {
            FileError e{path, item.line, 0, item.field,
                emptyQuery ? IoText::tr("this example's query is empty.")
                           : IoText::tr("the answer to \"%1\" is empty.").arg(ex.query.left(60))};
            detail::locate(&e, data);
            setError(error, e);
            return std::nullopt;
        }
        if (ex.id.isEmpty()) {
            // Stable ids by position, never taking one the file gave to another example.
            ex.id = u'e' + QString::number(i + 1);
            for (int suffix = 2; ids.contains(ex.id); ++suffix)
                ex.id = u'e' + QString::number(i + 1) + u'-' + QString::number(suffix);
            ids.insert(ex.id, i);
        }
        out.push_back(ex);
    }
    if (out.isEmpty()) {
        setError(error, FileError{path, 0, 0, {}, IoText::tr("the file holds no examples.")});
        return std::nullopt;
    }
    return out;
}

} // namespace drpo::io
