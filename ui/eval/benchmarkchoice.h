// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace drpo::ui {

// The benchmark a panel evaluates on (the Evaluation tab's and the Experiments tab's), read
// the same way in both, with the line that tells the user what it is.
struct BenchmarkChoice {
    Q_DECLARE_TR_FUNCTIONS(drpo::ui::BenchmarkChoice)

public:
    eval::Benchmark benchmark;
    QString source; // "the demo benchmark", or the file's name with its import notes

    // "the demo benchmark: 100 questions, 20 of them safety"
    QString description() const;

    static std::optional<BenchmarkChoice> demo(QString *error);
    // Through the eval importers; records left out are counted in `source`.
    static std::optional<BenchmarkChoice> fromFile(const QString &path, QString *error);
};

} // namespace drpo::ui
