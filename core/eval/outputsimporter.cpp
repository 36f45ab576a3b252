// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/outputsimporter.h"

#include "eval/evaltext.h"
#include "eval/jsonrecords.h"
#include "io/jsonerrors.h"

#include <QFileInfo>
#include <QHash>

namespace drpo::eval {

using detail::JsonRecords;
using io::FileError;
using io::detail::setError;

QString generatorFromPath(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".json", ".jsonl", ".to_eval"})
        if (name.endsWith(QLatin1StringView(suffix)))
            name.chop(qsizetype(qstrlen(suffix)));
    return name;
}

std::optional<OutputsImport> importOutputs(const QString &path, FileError *error)
{
    const std::optional<JsonRecords> records = JsonRecords::read(path, error);
    if (!records)
        return std::nullopt;
    OutputsImport out;
    out.file = path;
    QHash<QString, int> seen;
    int generatorRecord = -1;
    for (int i = 0; i < records->size(); ++i) {
        StoredOutput o;
        if (!records->id(i, &o.id, error) || !records->text(i, "instruction", &o.instruction, error) ||
            !records->text(i, "output", &o.output, error))
            return std::nullopt;
        QString category = QStringLiteral("regular");
        QString generator;
        if (!records->optionalText(i, "category", &category, error) ||
            !records->optionalText(i, "generator", &generator, error) ||
            !records->optionalText(i, "source_id", &o.sourceId, error) ||
            !records->optionalText(i, "dataset", &o.dataset, error) ||
            !records->optionalText(i, "datasplit", &o.datasplit, error))
            return std::nullopt;
        o.category = category.trimmed().toLower();
        if (o.category != u"regular" && o.category != u"safety") {
            setError(error,
                records->errorAt(i, QStringLiteral("category"),
                    EvalText::tr("the category is \"%1\" but must be \"regular\" or \"safety\".").arg(category)));
            return std::nullopt;
        }
        generator = generator.trimmed();
        if (!generator.isEmpty()) {
            if (generatorRecord >= 0 && generator != out.generator) {
                setError(error,
                    records->errorAt(i, QStringLiteral("generator"),
                        EvalText::tr("this file mixes the outputs of \"%1\" (record %2) and \"%3\"; give each generator its "
                           "own file.")
                            .arg(out.generator, QString::number(generatorRecord + 1), generator)));
                return std::nullopt;
            }
            out.generator = generator;
            generatorRecord = i;
        }
        if (const auto it = seen.constFind(o.id); it != seen.cend()) {
            setError(error,
                records->errorAt(i, QStringLiteral("id"),
                    EvalText::tr("the id %1 is used twice: first by record %2 (line %3).")
                        .arg(o.id, QString::number(*it + 1), QString::number(records->lineOf(*it)))));
            return std::nullopt;
        }
        seen.insert(o.id, i);
        out.items.push_back(o);
    }
    if (out.generator.isEmpty())
        out.generator = generatorFromPath(path);
    return out;
}

Benchmark benchmarkFromOutputs(const OutputsImport &outputs)
{
    Benchmark b;
    b.name = QFileInfo(outputs.file).completeBaseName();
    b.source = outputs.file;
    for (const StoredOutput &o : outputs.items) {
        BenchmarkItem item;
        item.id = o.id;
        item.instruction = o.instruction;
        item.category = o.category;
        item.sourceId = o.sourceId;
        item.dataset = o.dataset;
        b.items.push_back(item);
    }
    return b;
}

} // namespace drpo::eval
