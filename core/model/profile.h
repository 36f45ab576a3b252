// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/example.h"

#include <QList>
#include <QString>

namespace drpo::model {

// The result of a run: everything needed to answer a query the aligned way.
struct AlignmentProfile {
    QString systemPrompt;
    QList<Example> examples;
    int k = 3;
    QString assemblyTemplate; // for completion-API base models; empty = default
    QString baseModel;        // the model the profile was found for ("sim" for the demo)
    bool simulated = false;

    friend bool operator==(const AlignmentProfile &, const AlignmentProfile &) = default;
};

void to_json(Json &j, const AlignmentProfile &p);
void from_json(const Json &j, AlignmentProfile &p);

} // namespace drpo::model
