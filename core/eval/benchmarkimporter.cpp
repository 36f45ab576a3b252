// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/benchmarkimporter.h"

#include "eval/evaltext.h"
#include "eval/jsonrecords.h"
#include "io/jsonerrors.h"
#include "io/queryimporter.h"

#include <QFileInfo>
#include <QHash>

namespace drpo::eval {

using detail::JsonRecords;
using io::FileError;
using io::detail::setError;

namespace {

bool looksLikeJustEval(const JsonRecords &records)
{
    const model::Json &r = records.at(0);
    if (!r.contains("instruction"))
        return false;
    for (const char *key : {"category", "task", "topic", "dataset", "source_id"})
        if (r.contains(key))
            return true;
    return false;
}

std::optional<BenchmarkImport> readJustEval(const JsonRecords &records, FileError *error)
{
    BenchmarkImport out;
    QHash<QString, int> seen;
    for (int i = 0; i < records.size(); ++i) {
        BenchmarkItem item;
        if (!records.id(i, &item.id, error) || !records.text(i, "instruction", &item.instruction, error))
            return std::nullopt;
        if (item.instruction.trimmed().isEmpty()) {
            setError(
                error, records.errorAt(i, QStringLiteral("instruction"), EvalText::tr("the instruction is empty.")));
            return std::nullopt;
        }
        QString category = QStringLiteral("regular");
        if (!records.optionalText(i, "category", &category, error))
            return std::nullopt;
        category = category.trimmed().toLower();
        if (category != u"regular" && category != u"safety") {
            setError(error,
                records.errorAt(i, QStringLiteral("category"),
                    EvalText::tr("the category is \"%1\" but must be \"regular\" or \"safety\".").arg(category)));
            return std::nullopt;
        }
        item.category = category;
        if (!records.optionalList(i, "task", &item.tasks, error) ||
            !records.optionalList(i, "topic", &item.topics, error) ||
            !records.optionalText(i, "source_id", &item.sourceId, error) ||
            !records.optionalText(i, "dataset", &item.dataset, error))
            return std::nullopt;
        if (const auto it = seen.constFind(item.id); it != seen.cend()) {
            setError(error,
                records.errorAt(i, QStringLiteral("id"),
                    EvalText::tr("the id %1 is used twice: first by record %2 (line %3).")
                        .arg(item.id, QString::number(*it + 1), QString::number(records.lineOf(*it)))));
            return std::nullopt;
        }
        seen.insert(item.id, i);
        out.benchmark.items.push_back(item);
    }
    return out;
}

bool isSafetyCategory(const QString &category)
{
    static const QStringList safety{QStringLiteral("safety"), QStringLiteral("harmful"), QStringLiteral("red-team"),
        QStringLiteral("redteam"), QStringLiteral("unsafe"), QStringLiteral("malicious")};
    return safety.contains(category.trimmed().toLower());
}

} // namespace

std::optional<BenchmarkImport> importBenchmark(const QString &path, FileError *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json" || suffix == u"jsonl" || suffix == u"ndjson" || path.startsWith(u':')) {
        FileError jsonError;
        if (std::optional<JsonRecords> records = JsonRecords::read(path, &jsonError);
            records && looksLikeJustEval(*records)) {
            std::optional<BenchmarkImport> out = readJustEval(*records, error);
            if (out) {
                out->benchmark.name = QFileInfo(path).completeBaseName();
                out->benchmark.source = path;
            }
            return out;
        }
    }
    // Any query set the project imports; its category gives the safety split.
    std::optional<io::QueryImport> queries = io::importQueries(path, io::QueryFormat::Auto, error);
    if (!queries)
        return std::nullopt;
    BenchmarkImport out;
    out.benchmark.name = queries->set.name;
    out.benchmark.source = path;
    out.warnings = queries->warnings;
    for (const model::Query &q : std::as_const(queries->set.queries)) {
        BenchmarkItem item;
        item.id = q.id;
        item.instruction = q.text;
        const QString category = q.category.trimmed().toLower();
        item.category = isSafetyCategory(category) ? QStringLiteral("safety") : QStringLiteral("regular");
        if (!category.isEmpty() && category != u"regular" && !isSafetyCategory(category))
            item.tasks = QStringList{category};
        item.topics = q.tags;
        out.benchmark.items.push_back(item);
    }
    return out;
}

std::optional<Benchmark> demoBenchmark(FileError *error)
{
    const QString path = QString::fromLatin1(kDemoBenchmarkPath);
    const std::optional<JsonRecords> records = JsonRecords::read(path, error);
    if (!records)
        return std::nullopt;
    std::optional<BenchmarkImport> out = readJustEval(*records, error);
    if (!out)
        return std::nullopt;
    out->benchmark.name = QStringLiteral("DRPO demo benchmark");
    out->benchmark.source = path;
    return out->benchmark;
}

} // namespace drpo::eval
