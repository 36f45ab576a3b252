// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalresults.h"
#include "eval/itemresult.h"
#include "llm/llmrequest.h"

#include <QMetaType>
#include <QString>

#include <variant>

namespace drpo::eval {

// An item of one system got its verdict (or became unscored).
struct ItemJudged {
    QString system;
    ItemResult item;
};

// Live figures, after every batch.
struct EvalProgress {
    int done = 0;  // items judged or unscored, over all systems
    int total = 0; // items wanted
    int batch = 0; // batches finished
    int batches = 0;
    qint64 calls = 0;       // calls that reached an endpoint this session
    qint64 cacheHits = 0;   // calls answered from the response cache
    qint64 tokens = 0;      // prompt + completion tokens this session
    double costUsd = 0;     // this session
    qint64 elapsedMs = 0;   // this session
    qint64 etaMs = -1;      // -1 when unknown
    bool simulated = false; // figures from the simulated world
};

// A line for the log (and the CLI's stderr).
struct EvalLogLine {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString message;
};

// The results file was rewritten (after a batch, and at the end).
struct ResultsSaved {
    QString path;
    int done = 0;
    int total = 0;
};

enum class EvalState { Running, Paused, Stopping };
struct EvalStateChanged {
    EvalState state = EvalState::Running;
};

// The runner returned: every item done (complete), or stopped by the user or by an error
// that needs the user (a key, a quota, the budget); the file is resumable either way.
struct EvalFinished {
    EvalResults results;
    Analysis analysis;
    EvalProgress totals; // this session's calls, cache hits, tokens, cost and time, all counted
    bool complete = false;
    QString error; // empty unless an error stopped it
};

// Everything an evaluation reports, as immutable values through one sink. The CLI prints
// them; the GUI queues them to its thread and applies them to its copy of the results.
using EvalEvent =
    std::variant<ItemJudged, EvalProgress, EvalLogLine, llm::CallRecord, ResultsSaved, EvalStateChanged, EvalFinished>;

} // namespace drpo::eval

Q_DECLARE_METATYPE(drpo::eval::EvalEvent)
