// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/queryexporter.h"

#include "io/atomicfile.h"
#include "io/csv.h"
#include "io/iotext.h"
#include "io/jsonerrors.h"

#include <QFileInfo>

namespace drpo::io {

bool exportQueries(const QString &path, const model::QuerySet &set, QueryFormat format, QString *error)
{
    if (format == QueryFormat::Auto) {
        const QString ext = QFileInfo(path).suffix().toLower();
        format = ext == u"jsonl" || ext == u"ndjson" ? QueryFormat::Jsonl
            : ext == u"csv"                          ? QueryFormat::Csv
            : ext == u"txt"                          ? QueryFormat::Text
                                                     : QueryFormat::Json;
    }
    QByteArray data;
    switch (format) {
    case QueryFormat::Auto: // resolved above
    case QueryFormat::Json:
        data = QByteArray::fromStdString(model::Json(set).dump(2, ' ', false, model::Json::error_handler_t::replace));
        data += '\n';
        break;
    case QueryFormat::Jsonl:
        for (const model::Query &q : set.queries) {
            data +=
                QByteArray::fromStdString(model::Json(q).dump(-1, ' ', false, model::Json::error_handler_t::replace));
            data += '\n';
        }
        break;
    case QueryFormat::Csv: {
        QString text = detail::csvLine({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("category"),
            QStringLiteral("tags"), QStringLiteral("reference")});
        for (const model::Query &q : set.queries)
            text += detail::csvLine({q.id, q.text, q.category, q.tags.join(u';'), q.reference});
        data = text.toUtf8();
        break;
    }
    case QueryFormat::Text:
        for (const model::Query &q : set.queries) {
            // One query a line: a line break would silently split a query in two.
            if (q.text.contains(u'\n') || q.text.contains(u'\r')) {
                if (error)
                    *error = IoText::tr("Could not export to %1: query \"%2\" contains a line break, which plain text "
                                        "cannot hold. Export as JSON, JSON Lines or CSV instead.")
                                 .arg(path, q.id);
                return false;
            }
            data += q.text.toUtf8() + '\n';
        }
        break;
    case QueryFormat::JustEval:
        if (error)
            *error = IoText::tr("Could not export to %1: the just-eval format is for importing only; "
                                "export as JSON, JSON Lines or CSV instead.")
                         .arg(path);
        return false;
    }
    return writeFileAtomic(path, data, error);
}

} // namespace drpo::io
