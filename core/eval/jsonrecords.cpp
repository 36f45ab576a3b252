// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/jsonrecords.h"

#include "eval/evaltext.h"
#include "io/jsonerrors.h"
#include "io/jsonlocator.h"

namespace drpo::eval::detail {

using io::FileError;
using io::detail::setError;
using model::Json;

std::optional<JsonRecords> JsonRecords::read(const QString &path, FileError *error)
{
    const std::optional<QByteArray> data = io::detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    JsonRecords out;
    out.m_file = path;
    QByteArray body = *data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, FileError{path, 0, 0, {}, EvalText::tr("the file is empty; expected a JSON list of records.")});
        return std::nullopt;
    }
    if (trimmed.startsWith('[')) {
        const std::optional<Json> doc = io::detail::parseJson(body, path, error);
        if (!doc)
            return std::nullopt;
        const QList<int> lines = io::detail::jsonElementLines(body, QString());
        for (std::size_t i = 0; i < doc->size(); ++i) {
            out.m_records.push_back((*doc)[i]);
            out.m_lines.push_back(qsizetype(i) < lines.size() ? lines.at(qsizetype(i)) : 0);
        }
    } else if (trimmed.startsWith('{')) {
        // One record per line (JSON Lines); a single pretty-printed object is not a list.
        const QList<QByteArray> lines = body.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const std::optional<Json> record = io::detail::parseJson(line, path, error, i + 1);
            if (!record) {
                if (error && lines.size() > 1 && !line.endsWith('}'))
                    error->message += u' ' + EvalText::tr("(JSON Lines files hold one whole record on each line.)");
                return std::nullopt;
            }
            out.m_records.push_back(*record);
            out.m_lines.push_back(i + 1);
        }
    } else {
        setError(error,
            FileError{
                path, 1, 1, {}, EvalText::tr("expected a JSON list of records ([...]) or one JSON record per line.")});
        return std::nullopt;
    }
    for (int i = 0; i < out.size(); ++i)
        if (!out.at(i).is_object()) {
            setError(error,
                out.errorAt(i, {},
                    EvalText::tr("expected a record (an object) but found %1.")
                        .arg(io::detail::typeWord(out.at(i).type_name()))));
            return std::nullopt;
        }
    if (out.size() == 0) {
        setError(error, FileError{path, 0, 0, {}, EvalText::tr("the file holds no records.")});
        return std::nullopt;
    }
    return out;
}

FileError JsonRecords::errorAt(int i, const QString &field, const QString &message) const
{
    QString id;
    if (i >= 0 && i < size()) {
        const Json &r = at(i);
        if (auto it = r.find("id"); it != r.end() && (it->is_string() || it->is_number_integer()))
            id = it->is_string() ? model::qs(it->get<std::string>()) : QString::number(it->get<long long>());
    }
    const QString where =
        id.isEmpty() ? EvalText::tr("record %1").arg(i + 1) : EvalText::tr("record %1 (id %2)").arg(i + 1).arg(id);
    FileError e;
    e.file = m_file;
    e.line = lineOf(i);
    e.field = QStringLiteral("/%1").arg(i) + (field.isEmpty() ? QString() : u'/' + field);
    e.message = where + QStringLiteral(": ") + message;
    return e;
}

bool JsonRecords::id(int i, QString *out, FileError *error) const
{
    const Json &r = at(i);
    const auto it = r.find("id");
    if (it == r.end() || it->is_null()) {
        setError(error, errorAt(i, QStringLiteral("id"), EvalText::tr("this record has no \"id\".")));
        return false;
    }
    if (it->is_number_integer()) {
        *out = QString::number(it->get<long long>());
        return true;
    }
    if (it->is_string() && !model::qs(it->get<std::string>()).trimmed().isEmpty()) {
        *out = model::qs(it->get<std::string>()).trimmed();
        return true;
    }
    setError(error,
        errorAt(i, QStringLiteral("id"),
            EvalText::tr("the id should be a whole number or a text but is %1.")
                .arg(io::detail::typeWord(it->type_name()))));
    return false;
}

bool JsonRecords::text(int i, const char *key, QString *out, FileError *error) const
{
    const Json &r = at(i);
    const auto it = r.find(key);
    const QString field = QString::fromUtf8(key);
    if (it == r.end() || it->is_null()) {
        setError(error, errorAt(i, field, EvalText::tr("this required field is missing.")));
        return false;
    }
    if (!it->is_string()) {
        setError(error,
            errorAt(i, field,
                EvalText::tr("expected text (a string) but found %1.").arg(io::detail::typeWord(it->type_name()))));
        return false;
    }
    *out = model::qs(it->get<std::string>());
    return true;
}

bool JsonRecords::optionalText(int i, const char *key, QString *out, FileError *error) const
{
    const Json &r = at(i);
    const auto it = r.find(key);
    if (it == r.end() || it->is_null())
        return true;
    if (it->is_string()) {
        *out = model::qs(it->get<std::string>());
        return true;
    }
    if (it->is_number_integer()) { // source ids are sometimes numbers
        *out = QString::number(it->get<long long>());
        return true;
    }
    setError(error,
        errorAt(i, QString::fromUtf8(key),
            EvalText::tr("expected text (a string) but found %1.").arg(io::detail::typeWord(it->type_name()))));
    return false;
}

bool JsonRecords::optionalList(int i, const char *key, QStringList *out, FileError *error) const
{
    const Json &r = at(i);
    const auto it = r.find(key);
    if (it == r.end() || it->is_null())
        return true;
    const QString field = QString::fromUtf8(key);
    if (it->is_string()) {
        *out = QStringList{model::qs(it->get<std::string>())};
        return true;
    }
    if (!it->is_array()) {
        setError(error,
            errorAt(i, field,
                EvalText::tr("expected a list of texts but found %1.").arg(io::detail::typeWord(it->type_name()))));
        return false;
    }
    out->clear();
    for (std::size_t k = 0; k < it->size(); ++k) {
        const Json &e = (*it)[k];
        if (!e.is_string()) {
            setError(error,
                errorAt(i, field + u'/' + QString::number(k),
                    EvalText::tr("expected text (a string) but found %1.").arg(io::detail::typeWord(e.type_name()))));
            return false;
        }
        out->push_back(model::qs(e.get<std::string>()));
    }
    return true;
}

} // namespace drpo::eval::detail
