// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/systemlist.h"

#include "eval/evaltext.h"
#include "eval/systemfactory.h"

#include <QSet>

namespace drpo::eval {

void addSystem(QList<SystemResult> &systems, SystemResult system)
{
    QSet<QString> names;
    for (const SystemResult &s : std::as_const(systems))
        names.insert(s.spec.name);
    const QString base = system.spec.name;
    for (int n = 2; names.contains(system.spec.name); ++n)
        system.spec.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    systems.push_back(std::move(system));
}

std::optional<QList<SystemSpec>> demoReferenceSystems(const model::RoleConfig &base, QString *error)
{
    std::optional<SystemSpec> urial = makeSystem(Method::Urial, base, nullptr, error);
    if (!urial)
        return std::nullopt;
    model::RoleConfig instruct;
    instruct.model = QStringLiteral("sim-instruct");
    std::optional<SystemSpec> chat = makeSystem(Method::Basic, instruct, nullptr, error);
    if (!chat)
        return std::nullopt;
    return QList<SystemSpec>{*urial, *chat};
}

bool acceptImportedItem(
    const Benchmark &benchmark, const QString &id, const QString &category, const QString &file, QStringList *notes)
{
    const BenchmarkItem *b = benchmark.find(id);
    if (!b) {
        notes->push_back(EvalText::tr("%1: item %2 is not in the benchmark; left out").arg(file, id));
        return false;
    }
    if (!category.isEmpty() && b->category != category)
        notes->push_back(EvalText::tr("%1: item %2 is \"%3\" there but \"%4\" in the benchmark; the benchmark decides")
                             .arg(file, id, category, b->category));
    return true;
}

SystemResult importedSystemOn(const Benchmark &benchmark, const ImportedJudgements &judgements, QStringList *notes)
{
    SystemResult s{importedSystem(judgements), {}, {}};
    const QString files = judgements.files.join(QStringLiteral(", "));
    for (const ImportedItem &item : judgements.items)
        if (acceptImportedItem(benchmark, item.result.id, item.category, files, notes))
            s.items.insert(item.result.id, item.result);
    return s;
}

SystemResult storedOutputsSystemOn(const Benchmark &benchmark, const OutputsImport &outputs, QStringList *notes)
{
    SystemResult s{storedOutputsSystem(outputs), {}, {}};
    for (const StoredOutput &item : outputs.items)
        if (acceptImportedItem(benchmark, item.id, item.category, outputs.file, notes)) {
            ItemResult pending;
            pending.id = item.id;
            pending.output = item.output;
            s.items.insert(item.id, pending);
        }
    return s;
}

} // namespace drpo::eval
