// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/benchmark.h"

namespace drpo::eval {

using model::Json;
using model::readOptional;

const BenchmarkItem *Benchmark::find(const QString &id) const
{
    for (const BenchmarkItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

int Benchmark::safetyCount() const
{
    int n = 0;
    for (const BenchmarkItem &i : items)
        n += i.isSafety() ? 1 : 0;
    return n;
}

void to_json(Json &j, const BenchmarkItem &i)
{
    j = Json{
        {"id", i.id}, {"instruction", i.instruction}, {"category", i.category}, {"task", i.tasks}, {"topic", i.topics}};
    if (!i.sourceId.isEmpty())
        j["source_id"] = i.sourceId;
    if (!i.dataset.isEmpty())
        j["dataset"] = i.dataset;
}

void from_json(const Json &j, BenchmarkItem &i)
{
    i = BenchmarkItem{};
    j.at("id").get_to(i.id);
    j.at("instruction").get_to(i.instruction);
    readOptional(j, "category", i.category);
    readOptional(j, "task", i.tasks);
    readOptional(j, "topic", i.topics);
    readOptional(j, "source_id", i.sourceId);
    readOptional(j, "dataset", i.dataset);
}

void to_json(Json &j, const Benchmark &b)
{
    j = Json{{"name", b.name}, {"source", b.source}, {"items", b.items}};
}

void from_json(const Json &j, Benchmark &b)
{
    b = Benchmark{};
    readOptional(j, "name", b.name);
    readOptional(j, "source", b.source);
    j.at("items").get_to(b.items);
}

} // namespace drpo::eval
