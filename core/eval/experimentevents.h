// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "eval/evalevents.h"
#include "eval/experiment.h"

#include <QMetaType>
#include <QString>

#include <variant>

namespace drpo::eval {

// A cell begins (or continues after a resume) its optimization or its evaluation.
struct CellStarted {
    int cell = 0;  // index into Experiment::cells
    int cells = 0; // cells in the grid
    CellSettings settings;
    CellState state = CellState::Pending; // the phase it begins with
    bool resumed = false;                 // it continues work done in an earlier session
};

// The cell's run reports (levels, nodes, the best prompt, ...), as the engine sends it.
struct CellRunEvent {
    int cell = 0;
    engine::RunEvent event;
};

// The cell's evaluation reports (items judged, progress, ...), as the EvalRunner sends it.
struct CellEvalEvent {
    int cell = 0;
    EvalEvent event;
};

// A cell is done: its run and its evaluation, as stored in the experiment file.
struct CellFinished {
    int cell = 0;
    ExperimentCell result;
    EvalProgress totals; // this session's evaluation calls of the cell
};

// The experiment file was rewritten (after every phase of every cell).
struct ExperimentSaved {
    QString path;
    int doneCells = 0;
    int cells = 0;
};

struct ExperimentLogLine {
    EvalLogLine::Severity severity = EvalLogLine::Severity::Info;
    QString message;
};

// The runner returned: every cell done (complete), or stopped by the user or by an error
// that needs the user; the file is resumable either way.
struct ExperimentFinished {
    Experiment experiment;
    bool complete = false;
    QString error;
};

// Everything an experiment reports, as immutable values through one sink (the CLI prints
// them; a GUI queues them to its thread).
using ExperimentEvent = std::variant<CellStarted, CellRunEvent, CellEvalEvent, CellFinished, ExperimentSaved,
    ExperimentLogLine, ExperimentFinished>;

} // namespace drpo::eval

Q_DECLARE_METATYPE(drpo::eval::ExperimentEvent)
