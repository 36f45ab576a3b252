// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runrecord.h"

#include <QList>
#include <QString>

namespace drpo::model {

// A *.drpo project: the inputs of runs plus the runs made with them. Never holds API keys.
struct Project {
    static constexpr int kFormatVersion = 1;

    QString name;
    QString description;
    bool simulated = false; // the demo project: every figure comes from the simulated world
    QuerySet queries;
    CriteriaLibrary criteria;
    QList<Example> seedExamples;
    ModelSettings models;
    SearchSettings settings;
    QList<RunRecord> runs;

    RunInput runInput() const { return RunInput{queries, criteria, seedExamples, models, settings}; }
};

void to_json(Json &j, const Project &p);
// Throws std::runtime_error (or nlohmann::json::exception) naming the bad field.
void from_json(const Json &j, Project &p);

} // namespace drpo::model
