// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/aspects.h"
#include "eval/evalresults.h"

#include <QCoreApplication>
#include <QStringList>

namespace drpo::ui {

// The evaluation told in plain words for the Story panel: what the optimized profile
// improved over the starting prompt, by how much, where it did not, and how it stands
// against the other systems. Every sentence is computed from the results; "clearly" means
// the 95% interval of the paired difference excludes zero.
class EvalStory {
    Q_DECLARE_TR_FUNCTIONS(EvalStory)
public:
    struct Sentence {
        QString text;
        bool headline = false;
    };
    static QList<Sentence> tell(const eval::EvalResults &results, const eval::Analysis &analysis);
    // The system the story is about: the first DRPO profile, else the last generating system.
    static int focusSystem(const eval::EvalResults &results);
    static QString aspectName(eval::Aspect aspect);
};

} // namespace drpo::ui
