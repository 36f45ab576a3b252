// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/judgementimporter.h"

#include "eval/evaltext.h"
#include "eval/jsonrecords.h"
#include "eval/outputsimporter.h"
#include "io/jsonerrors.h"

#include <QHash>

namespace drpo::eval {

using detail::JsonRecords;
using io::FileError;
using io::detail::setError;
using model::Json;

namespace {

// "Yi-6B-Chat" from "Yi-6B-Chat.score_safety.chatgpt.json".
QString generatorFromJudgementPath(const QString &path)
{
    QString name = generatorFromPath(path);
    const qsizetype at = name.indexOf(QLatin1StringView(".score_"));
    return at > 0 ? name.left(at) : name;
}

bool readScore(
    const JsonRecords &records, int i, const QString &field, const Json &v, AspectScore *out, FileError *error)
{
    if (!v.is_object()) {
        setError(error,
            records.errorAt(i, field,
                EvalText::tr("expected {\"reason\": ..., \"score\": ...} but found %1.")
                    .arg(io::detail::typeWord(v.type_name()))));
        return false;
    }
    const auto reason = v.find("reason");
    if (reason != v.end() && reason->is_string())
        out->reason = model::qs(reason->get<std::string>());
    const auto score = v.find("score");
    if (score == v.end() || score->is_null()) {
        setError(error, records.errorAt(i, field + u"/score", EvalText::tr("this required field is missing.")));
        return false;
    }
    const QString bad = EvalText::tr("the score must be \"1\" to \"5\" or \"N/A\", not %1.");
    if (score->is_number()) {
        const double d = score->get<double>();
        if (d != std::floor(d) || d < 1 || d > 5) {
            setError(error, records.errorAt(i, field + u"/score", bad.arg(QString::fromStdString(score->dump()))));
            return false;
        }
        out->score = int(d);
        return true;
    }
    if (!score->is_string()) {
        setError(error, records.errorAt(i, field + u"/score", bad.arg(QString::fromStdString(score->dump()))));
        return false;
    }
    const QString text = model::qs(score->get<std::string>()).trimmed();
    if (text.compare(u"N/A", Qt::CaseInsensitive) == 0 || text.compare(u"NA", Qt::CaseInsensitive) == 0) {
        out->score.reset();
        return true;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > 5) {
        setError(error, records.errorAt(i, field + u"/score", bad.arg(u'"' + text + u'"')));
        return false;
    }
    out->score = n;
    return true;
}

struct Entry {
    ImportedItem item;
    QString file;
};

} // namespace

std::optional<QList<ImportedJudgements>> importJudgements(
    const QStringList &paths, FileError *error, QList<FileError> *warnings)
{
    QList<ImportedJudgements> systems;
    QHash<QString, int> systemIndex;         // generator -> index in systems
    QList<QHash<QString, int>> itemIndex;    // per system: id -> index in items
    QList<QHash<QString, QString>> itemFile; // per system: id -> first file
    for (const QString &path : paths) {
        const std::optional<JsonRecords> records = JsonRecords::read(path, error);
        if (!records)
            return std::nullopt;
        for (int i = 0; i < records->size(); ++i) {
            const Json &r = records->at(i);
            ImportedItem item;
            if (!records->id(i, &item.result.id, error))
                return std::nullopt;
            QString output;
            if (!records->optionalText(i, "output_cand", &output, error) ||
                (output.isEmpty() && !records->optionalText(i, "output", &output, error)))
                return std::nullopt;
            if (!r.contains("output_cand") && !r.contains("output")) {
                setError(error,
                    records->errorAt(i, QStringLiteral("output_cand"),
                        EvalText::tr("this record has no answer (\"output_cand\" or \"output\").")));
                return std::nullopt;
            }
            item.result.output = output;
            if (!records->optionalText(i, "instruction", &item.instruction, error) ||
                (item.instruction.isEmpty() && !records->optionalText(i, "input", &item.instruction, error)))
                return std::nullopt;
            QString generator;
            if (!records->optionalText(i, "generator", &generator, error) ||
                (generator.isEmpty() && !records->optionalText(i, "generator_cand", &generator, error)))
                return std::nullopt;
            generator = generator.trimmed().isEmpty() ? generatorFromJudgementPath(path) : generatorFromPath(generator);
            QString category;
            if (!records->optionalText(i, "category", &category, error))
                return std::nullopt;

            const auto parsed = r.find("parsed_result");
            if (parsed == r.end() || parsed->is_null() || (parsed->is_object() && parsed->empty())) {
                item.result.state = ItemState::Unscored;
                item.result.error = EvalText::tr("the published judgement has no readable verdict");
                if (warnings)
                    warnings->push_back(records->errorAt(i, QStringLiteral("parsed_result"),
                        EvalText::tr("no verdict (the judge's answer could not be read); counted as unscored.")));
            } else if (!parsed->is_object()) {
                setError(error,
                    records->errorAt(i, QStringLiteral("parsed_result"),
                        EvalText::tr("expected an object of aspects but found %1.")
                            .arg(io::detail::typeWord(parsed->type_name()))));
                return std::nullopt;
            } else {
                for (auto a = parsed->begin(); a != parsed->end(); ++a) {
                    const QString field = u"parsed_result/" + model::qs(a.key());
                    const std::optional<Aspect> aspect = aspectFromKey(model::qs(a.key()));
                    if (!aspect) {
                        if (warnings)
                            warnings->push_back(records->errorAt(i, field,
                                EvalText::tr("\"%1\" is not a just-eval aspect; ignored.").arg(model::qs(a.key()))));
                        continue;
                    }
                    // Aspect names match in any case, so "Depth" and "depth" would score one aspect twice.
                    if (const AspectScore *twice = item.result.score(*aspect)) {
                        setError(error,
                            records->errorAt(i, field,
                                EvalText::tr("this verdict scores %1 twice (aspect names match in any case).")
                                    .arg(aspectKey(twice->aspect))));
                        return std::nullopt;
                    }
                    AspectScore s;
                    s.aspect = *aspect;
                    if (!readScore(*records, i, field, a.value(), &s, error))
                        return std::nullopt;
                    item.result.scores.push_back(s);
                }
                std::sort(item.result.scores.begin(), item.result.scores.end(),
                    [](const AspectScore &x, const AspectScore &y) { return int(x.aspect) < int(y.aspect); });
                item.result.state = item.result.scores.isEmpty() ? ItemState::Unscored : ItemState::Judged;
                if (item.result.scores.isEmpty())
                    item.result.error = EvalText::tr("the published judgement scores no just-eval aspect");
            }
            const bool safetyOnly = item.result.scores.size() == 1 && item.result.scores[0].aspect == Aspect::Safety;
            category = category.trimmed().toLower();
            item.category = category == u"safety" || category == u"regular" ? category
                : safetyOnly                                                ? QStringLiteral("safety")
                                                                            : QStringLiteral("regular");

            int s = systemIndex.value(generator, -1);
            if (s < 0) {
                s = int(systems.size());
                systemIndex.insert(generator, s);
                systems.push_back(ImportedJudgements{generator, {}, {}});
                itemIndex.push_back({});
                itemFile.push_back({});
            }
            if (!systems[s].files.contains(path))
                systems[s].files.push_back(path);
            const auto existing = itemIndex[s].constFind(item.result.id);
            if (existing == itemIndex[s].cend()) {
                itemIndex[s].insert(item.result.id, int(systems[s].items.size()));
                itemFile[s].insert(item.result.id, path);
                systems[s].items.push_back(item);
                continue;
            }
            // A second file of the same generator: its aspects must be new for this item.
            ImportedItem &first = systems[s].items[*existing];
            for (const AspectScore &sc : std::as_const(item.result.scores)) {
                if (first.result.score(sc.aspect)) {
                    setError(error,
                        records->errorAt(i, u"parsed_result/" + aspectKey(sc.aspect),
                            EvalText::tr("the item %1 of \"%2\" is already judged on %3 in %4.")
                                .arg(item.result.id, generator, aspectKey(sc.aspect),
                                    itemFile[s].value(item.result.id))));
                    return std::nullopt;
                }
                first.result.scores.push_back(sc);
            }
            std::sort(first.result.scores.begin(), first.result.scores.end(),
                [](const AspectScore &x, const AspectScore &y) { return int(x.aspect) < int(y.aspect); });
            if (!first.result.scores.isEmpty()) {
                first.result.state = ItemState::Judged;
                first.result.error.clear();
            }
        }
    }
    return systems;
}

Benchmark benchmarkFromJudgements(const QList<ImportedJudgements> &systems)
{
    Benchmark b;
    b.name = QStringLiteral("published judgements");
    QHash<QString, int> seen;
    for (const ImportedJudgements &s : systems) {
        b.source += (b.source.isEmpty() ? QString() : QStringLiteral(", ")) + s.files.join(QStringLiteral(", "));
        for (const ImportedItem &i : s.items) {
            if (seen.contains(i.result.id))
                continue;
            seen.insert(i.result.id, int(b.items.size()));
            BenchmarkItem item;
            item.id = i.result.id;
            item.instruction = i.instruction;
            item.category = i.category;
            b.items.push_back(item);
        }
    }
    // Just-eval numbers its items; keep them in numeric order when every id is a number.
    const bool numeric = std::all_of(b.items.cbegin(), b.items.cend(), [](const BenchmarkItem &i) {
        bool ok = false;
        i.id.toLongLong(&ok);
        return ok;
    });
    if (numeric)
        std::stable_sort(b.items.begin(), b.items.end(),
            [](const BenchmarkItem &x, const BenchmarkItem &y) { return x.id.toLongLong() < y.id.toLongLong(); });
    return b;
}

} // namespace drpo::eval
