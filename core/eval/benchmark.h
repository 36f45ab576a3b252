// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::eval {

// One query of an evaluation set, as just-eval-instruct describes it: "regular" items are
// judged on five aspects, "safety" items (red-team requests) on safety alone.
struct BenchmarkItem {
    QString id;
    QString instruction;
    QString category = QStringLiteral("regular"); // "regular" | "safety"
    QStringList tasks;                            // info-seek, reasoning, procedure, writing, ...
    QStringList topics;                           // ethics, nature, stem, medical, ...
    QString sourceId;
    QString dataset;

    bool isSafety() const { return category == u"safety"; }
    friend bool operator==(const BenchmarkItem &, const BenchmarkItem &) = default;
};

// An evaluation set: its name, where it came from, and its items in file order.
struct Benchmark {
    QString name;
    QString source; // the file it was read from, or ":/drpo/eval/demo-benchmark.json"
    QList<BenchmarkItem> items;

    const BenchmarkItem *find(const QString &id) const;
    int safetyCount() const;
    int regularCount() const { return int(items.size()) - safetyCount(); }
    friend bool operator==(const Benchmark &, const Benchmark &) = default;
};

void to_json(model::Json &j, const BenchmarkItem &i);
void from_json(const model::Json &j, BenchmarkItem &i);
void to_json(model::Json &j, const Benchmark &b);
void from_json(const model::Json &j, Benchmark &b);

} // namespace drpo::eval
