// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evaluation.h"

#include <QList>
#include <QString>

namespace drpo::model {

// One version of an in-context example's answer, with the judge's verdict on it.
struct ExampleVersion {
    QString answer;
    Evaluation evaluation;
    QString origin; // "seed", "rewrite" or "human"

    friend bool operator==(const ExampleVersion &, const ExampleVersion &) = default;
};

// An in-context (ICL) example: a query and its answer; stage 1 keeps the history.
struct Example {
    QString id;
    QString query;
    QString answer;
    QString category;
    QList<ExampleVersion> history; // stage 1 versions, seed first
    int bestVersion = -1;          // index into history, -1 when never optimized

    friend bool operator==(const Example &, const Example &) = default;
};

void to_json(Json &j, const ExampleVersion &v);
void from_json(const Json &j, ExampleVersion &v);
void to_json(Json &j, const Example &e);
void from_json(const Json &j, Example &e);

} // namespace drpo::model
