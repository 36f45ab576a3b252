// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/criteriaimporter.h"

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

struct Reader {
    QString file;
    QByteArray data;
    FileError at(const QString &pointer, const QString &message) const
    {
        return FileError{file, detail::jsonLineOf(data, pointer), 0, pointer, message};
    }
};

QString typeName(const OJson &j)
{
    return detail::typeWord(j.type_name());
}

bool textField(const OJson &o, const char *key, const QString &pointer, const Reader &r, QString *out, FileError *error)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return true;
    if (!it->is_string()) {
        setError(error,
            r.at(pointer + u'/' + QString::fromUtf8(key),
                IoText::tr("expected text (a string) but found %1.").arg(typeName(*it))));
        return false;
    }
    *out = QString::fromStdString(it->get<std::string>());
    return true;
}

bool criterionFromJson(const OJson &o, const QString &pointer, const Reader &r, model::Criterion *c, FileError *error)
{
    if (!o.is_object()) {
        setError(error,
            r.at(pointer,
                IoText::tr("expected a criterion (an object with a name and a description) but found %1.")
                    .arg(typeName(o))));
        return false;
    }
    if (!o.contains("name")) {
        setError(error,
            r.at(pointer + u"/name", IoText::tr("this criterion has no name: it needs a field named \"name\".")));
        return false;
    }
    if (!textField(o, "name", pointer, r, &c->name, error) ||
        !textField(o, "description", pointer, r, &c->description, error))
        return false;
    if (const auto en = o.find("enabled"); en != o.end() && !en->is_null()) {
        if (!en->is_boolean()) {
            setError(error,
                r.at(pointer + u"/enabled", IoText::tr("expected true or false but found %1.").arg(typeName(*en))));
            return false;
        }
        c->enabled = en->get<bool>();
    }
    return true;
}

bool namesFromJson(
    const OJson &o, const char *key, const QString &pointer, const Reader &r, QStringList *out, FileError *error)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return true;
    const QString field = pointer + u'/' + QString::fromUtf8(key);
    if (!it->is_array()) {
        setError(error, r.at(field, IoText::tr("expected a list of criterion names but found %1.").arg(typeName(*it))));
        return false;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const OJson &name = (*it)[i];
        if (!name.is_string()) {
            setError(error,
                r.at(field + u'/' + QString::number(i),
                    IoText::tr("expected a criterion name (a string) but found %1.").arg(typeName(name))));
            return false;
        }
        out->push_back(QString::fromStdString(name.get<std::string>()));
    }
    return true;
}

bool readJson(
    const Reader &r, model::CriteriaLibrary *lib, QList<QString> *fields, QString *holderPointer, FileError *error)
{
    const auto doc = detail::parseOrderedJson(r.data, r.file, error);
    if (!doc)
        return false;
    const OJson *holder = &*doc;
    QString pointer;
    if (doc->is_object() && doc->value("format", std::string()) == "drpo-project") {
        const auto it = doc->find("criteria");
        if (it == doc->end() || !it->is_object()) {
            setError(error, r.at(QStringLiteral("/criteria"), IoText::tr("this project holds no criteria library.")));
            return false;
        }
        holder = &*it;
        pointer = QStringLiteral("/criteria");
    }
    *holderPointer = pointer;
    const OJson *list = nullptr;
    if (holder->is_array()) {
        list = holder;
    } else if (holder->is_object() && holder->contains("criteria")) {
        list = &(*holder)["criteria"];
        if (!list->is_array()) {
            setError(error,
                r.at(pointer + u"/criteria",
                    IoText::tr("expected a list of criteria but found %1.").arg(typeName(*list))));
            return false;
        }
        if (!namesFromJson(*holder, "pinned", pointer, r, &lib->pinned, error) ||
            !namesFromJson(*holder, "banned", pointer, r, &lib->banned, error))
            return false;
        pointer += QStringLiteral("/criteria");
    } else if (holder->is_object()) {
        // name -> description, in file order (the reference code's aspect dictionaries).
        for (auto it = holder->begin(); it != holder->end(); ++it) {
            const QString field = pointer + u'/' + detail::jsonPointerKey(QString::fromStdString(it.key()));
            if (!it->is_string()) {
                setError(error,
                    r.at(field,
                        IoText::tr(
                            "expected the description of this criterion as text but found %1. A file of criteria "
                            "maps each name to its description.")
                            .arg(typeName(*it))));
                return false;
            }
            lib->criteria.push_back(
                {QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()), true});
            fields->push_back(field);
        }
        return true;
    } else {
        setError(error,
            r.at(QString(), IoText::tr("expected criteria (an object or a list) but found %1.").arg(typeName(*doc))));
        return false;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString field = pointer + u'/' + QString::number(i);
        model::Criterion c;
        if (!criterionFromJson((*list)[i], field, r, &c, error))
            return false;
        lib->criteria.push_back(c);
        fields->push_back(field);
    }
    return true;
}

bool readCsv(const Reader &r, model::CriteriaLibrary *lib, QList<int> *lines, FileError *error)
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
    const int nameColumn = int(names.indexOf(u"name"));
    const int descriptionColumn = int(names.indexOf(u"description"));
    const int enabledColumn = int(names.indexOf(u"enabled"));
    if (nameColumn < 0 || descriptionColumn < 0) {
        setError(error,
            FileError{r.file, header.line, 0, QStringLiteral("header"),
                IoText::tr("the header row needs a \"name\" and a \"description\" column (found: %1).")
                    .arg(header.fields.join(QStringLiteral(", ")))});
        return false;
    }
    for (qsizetype i = 1; i < records->size(); ++i) {
        const detail::CsvRecord &rec = records->at(i);
        if (std::all_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        if (rec.fields.size() != header.fields.size()) {
            setError(error,
                FileError{r.file, rec.line, 0, {},
                    IoText::tr(
                        "this row has %1 fields but the header has %2 columns. Put fields that contain commas or line "
                        "breaks in double quotes.")
                        .arg(rec.fields.size())
                        .arg(header.fields.size())});
            return false;
        }
        model::Criterion c;
        c.name = rec.fields.at(nameColumn);
        c.description = rec.fields.at(descriptionColumn);
        if (enabledColumn >= 0) {
            const QString v = rec.fields.at(enabledColumn).trimmed().toLower();
            if (v == u"false" || v == u"no" || v == u"0")
                c.enabled = false;
            else if (!v.isEmpty() && v != u"true" && v != u"yes" && v != u"1") {
                setError(error,
                    FileError{r.file, rec.line, 0, QStringLiteral("enabled"),
                        IoText::tr("expected true or false but found \"%1\".").arg(rec.fields.at(enabledColumn))});
                return false;
            }
        }
        lib->criteria.push_back(c);
        lines->push_back(rec.line);
    }
    return true;
}

} // namespace

std::optional<model::CriteriaLibrary> importCriteria(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return importCriteriaFromData(path, *data, error);
}

std::optional<model::CriteriaLibrary> importCriteriaFromData(
    const QString &path, const QByteArray &data, FileError *error)
{
    const Reader reader{path, data};
    model::CriteriaLibrary lib;
    QList<QString> fields; // JSON pointer of each criterion
    QList<int> lines;      // or its line (CSV)
    QString holder;        // JSON pointer of the library (pins and bans sit there)
    const bool csv = QFileInfo(path).suffix().toLower() == u"csv";
    if (!(csv ? readCsv(reader, &lib, &lines, error) : readJson(reader, &lib, &fields, &holder, error)))
        return std::nullopt;
    auto where = [&](qsizetype i, const QString &sub) {
        if (csv)
            return FileError{path, int(lines.value(i)), 0, sub, {}};
        const QString field = fields.value(i) + (sub.isEmpty() ? QString() : u'/' + sub);
        return FileError{path, detail::jsonLineOf(data, field), 0, field, {}};
    };
    QHash<QString, qsizetype> seen; // lower-case name -> index
    for (qsizetype i = 0; i < lib.criteria.size(); ++i) {
        model::Criterion &c = lib.criteria[i];
        c.name = c.name.trimmed();
        c.description = c.description.trimmed();
        FileError e = where(i, QStringLiteral("name"));
        if (c.name.isEmpty()) {
            e.message = IoText::tr("the criterion name is empty.");
            setError(error, e);
            return std::nullopt;
        }
        if (const auto it = seen.constFind(c.name.toLower()); it != seen.cend()) {
            e.message =
                IoText::tr("the criterion \"%1\" appears twice (the judge could not tell them apart).").arg(c.name);
            setError(error, e);
            return std::nullopt;
        }
        seen.insert(c.name.toLower(), i);
        if (c.description.isEmpty()) {
            e = where(i, QStringLiteral("description"));
            e.message =
                IoText::tr("the criterion \"%1\" has no description; the judge needs one to know what a 5 and a 1 "
                           "mean.")
                    .arg(c.name);
            setError(error, e);
            return std::nullopt;
        }
    }
    if (lib.criteria.isEmpty()) {
        setError(error, FileError{path, 0, 0, {}, IoText::tr("the file holds no criteria.")});
        return std::nullopt;
    }
    for (const QStringList *names : {&lib.pinned, &lib.banned}) {
        for (const QString &n : *names) {
            if (!lib.find(n)) {
                const QString key =
                    holder + (names == &lib.pinned ? QStringLiteral("/pinned") : QStringLiteral("/banned"));
                setError(error,
                    FileError{path, detail::jsonLineOf(data, key), 0, key,
                        IoText::tr("\"%1\" names no criterion of this file.").arg(n)});
                return std::nullopt;
            }
        }
    }
    if (lib.selectable().isEmpty()) {
        setError(error,
            FileError{path, 0, 0, {}, IoText::tr("every criterion is disabled or banned; a run needs at least one.")});
        return std::nullopt;
    }
    return lib;
}

} // namespace drpo::io
