// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/selectionimporter.h"

#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonlocator.h"

namespace drpo::io {

using detail::setError;
using model::Json;

namespace {

// Reads a list of criterion names at pointer; false with an error when it is not one.
bool readNames(const Json &list, const QString &pointer, const QString &file, QStringList *out, FileError *error)
{
    if (!list.is_array()) {
        setError(error,
            FileError{file, 0, 0, pointer,
                IoText::tr("expected a list of criterion names but found %1.")
                    .arg(detail::typeWord(list.type_name()))});
        return false;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string()) {
            setError(error,
                FileError{file, 0, 0, pointer + u'/' + QString::number(i),
                    IoText::tr("expected a criterion name (a string) but found %1.")
                        .arg(detail::typeWord(list[i].type_name()))});
            return false;
        }
        out->push_back(QString::fromStdString(list[i].get<std::string>()));
    }
    return true;
}

bool readSelection(
    const Json &value, const QString &pointer, const QString &file, model::Selection *selection, FileError *error)
{
    if (!value.is_object()) {
        setError(error,
            FileError{file, 0, 0, pointer,
                IoText::tr("expected the selector's answer (an object) but found %1.")
                    .arg(detail::typeWord(value.type_name()))});
        return false;
    }
    const Json *holder = &value;
    QString at = pointer;
    const char *namesKey = "criteria";
    const char *reasonKey = "reason";
    if (const auto it = value.find("aspects_selection"); it != value.end()) {
        // The reference selector's answer: {query_analysis, aspects_selection{reasoning, selected_aspects}}.
        holder = &*it;
        at += QStringLiteral("/aspects_selection");
        namesKey = "selected_aspects";
        reasonKey = "reasoning";
        if (!holder->is_object()) {
            setError(error,
                FileError{file, 0, 0, at,
                    IoText::tr("expected an object with \"selected_aspects\" but found %1.")
                        .arg(detail::typeWord(holder->type_name()))});
            return false;
        }
    } else if (!value.contains("criteria")) {
        setError(error,
            FileError{file, 0, 0, pointer + QStringLiteral("/aspects_selection"),
                IoText::tr("this required field is missing: the entry holds no criteria selection.")});
        return false;
    }
    const auto names = holder->find(namesKey);
    if (names == holder->end()) {
        setError(error,
            FileError{
                file, 0, 0, at + u'/' + QString::fromUtf8(namesKey), IoText::tr("this required field is missing.")});
        return false;
    }
    if (!readNames(*names, at + u'/' + QString::fromUtf8(namesKey), file, &selection->criteria, error))
        return false;
    if (const auto reason = holder->find(reasonKey); reason != holder->end() && reason->is_string())
        selection->reason = QString::fromStdString(reason->get<std::string>());
    return true;
}

} // namespace

std::optional<QMap<QString, model::Selection>> importSelections(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return importSelectionsFromData(path, *data, error);
}

std::optional<QMap<QString, model::Selection>> importSelectionsFromData(
    const QString &path, const QByteArray &data, FileError *error)
{
    const auto doc = detail::parseJson(data, path, error);
    if (!doc)
        return std::nullopt;
    if (!doc->is_object()) {
        setError(error,
            FileError{path, 1, 0, {},
                IoText::tr("expected an object that maps each query to its criteria selection but found %1.")
                    .arg(detail::typeWord(doc->type_name()))});
        return std::nullopt;
    }
    QMap<QString, model::Selection> out;
    for (auto it = doc->begin(); it != doc->end(); ++it) {
        model::Selection selection;
        if (!readSelection(
                *it, u'/' + detail::jsonPointerKey(QString::fromStdString(it.key())), path, &selection, error)) {
            detail::locate(error, data);
            return std::nullopt;
        }
        out.insert(QString::fromStdString(it.key()), selection);
    }
    return out;
}

} // namespace drpo::io
