// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectfile.h"

#include "io/iotext.h"
#include "io/jsonerrors.h"
#include "io/jsonfile.h"

#include <QHash>

namespace drpo::io {

namespace {

// Checks what the JSON schema cannot: unique, non-empty ids and non-empty texts.
bool validateQueries(const model::QuerySet &set, const QString &prefix, const QString &file, FileError *error)
{
    QHash<QString, int> seen;
    for (int i = 0; i < set.queries.size(); ++i) {
        const model::Query &q = set.queries.at(i);
        const QString at = prefix + u"/queries/" + QString::number(i);
        if (q.id.trimmed().isEmpty()) {
            detail::setError(error, FileError{file, 0, 0, at + u"/id", IoText::tr("the query id is empty.")});
            return false;
        }
        if (const auto it = seen.constFind(q.id); it != seen.cend()) {
            detail::setError(error,
                FileError{file, 0, 0, at + u"/id",
                    IoText::tr("the query id \"%1\" is used twice (also at %2).")
                        .arg(q.id, prefix + u"/queries/" + QString::number(*it))});
            return false;
        }
        seen.insert(q.id, i);
        if (q.text.trimmed().isEmpty()) {
            detail::setError(error,
                FileError{file, 0, 0, at + u"/text", IoText::tr("the text of query \"%1\" is empty.").arg(q.id)});
            return false;
        }
    }
    return true;
}

std::optional<model::Project> projectFromJson(const model::Json &j, const QString &file, FileError *error)
{
    if (!detail::checkFormat(
            j, "drpo-project", model::Project::kFormatVersion, IoText::tr("DRPO project"), file, error))
        return std::nullopt;
    model::Project project;
    try {
        j.get_to(project);
    } catch (const std::exception &e) {
        detail::setError(error, detail::errorFromException(file, e));
        return std::nullopt;
    }
    if (!validateQueries(project.queries, QStringLiteral("/queries"), file, error))
        return std::nullopt;
    for (int r = 0; r < project.runs.size(); ++r)
        if (!validateQueries(
                project.runs.at(r).input.queries, u"/runs/" + QString::number(r) + u"/input/queries", file, error))
            return std::nullopt;
    return project;
}

} // namespace

std::optional<model::Project> loadProject(const QString &path, FileError *error)
{
    const auto data = detail::readFileBytes(path, error);
    if (!data)
        return std::nullopt;
    return projectFromData(path, *data, error);
}

std::optional<model::Project> projectFromData(const QString &path, const QByteArray &data, FileError *error)
{
    const auto j = detail::parseJson(data, path, error);
    if (!j)
        return std::nullopt;
    auto project = projectFromJson(*j, path, error);
    if (!project)
        detail::locate(error, data);
    return project;
}

bool saveProject(const QString &path, const model::Project &project, QString *error)
{
    return writeJsonFile(path, model::Json(project), error);
}

std::optional<model::Project> loadDemoProject(FileError *error)
{
    return loadProject(QStringLiteral(":/drpo/demo/demo.drpo"), error);
}

} // namespace drpo::io
