// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "model/runrecord.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <variant>

namespace drpo::engine {

using model::RunState;

// Live figures of a run, published after every batch of calls.
struct RunStats {
    QString phase;      // a stable key, not for display: "stage 1", "level 3", "validation", …
    QString phaseText;  // the same phase for people, translated
    int level = 0;      // last completed stage-2 level
    int depthLimit = 0; // D plus the extension granted so far
    int stage1Done = 0; // examples finished improving (updated after every stage-1 batch)
    int stage1Total = 0;
    int nodes = 0;
    int unscored = 0; // nodes whose answers could not be judged: shown as such, never as 0
    model::Usage total;
    QMap<QString, model::Usage> byRole;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 when unknown
    bool simulated = false;
};

struct LogEntry {
    enum class Severity { Info, Warning, Error };
    QDateTime time;
    Severity severity = Severity::Info;
    QString message;
};

// The engine's best node: which one, the figure it is ranked by, what that figure means, and
// the starting prompt's figure by the same measure. The engine alone decides it (its ranking
// rule during the search, the held-out validation after it); every front end shows it as is.
struct BestNode {
    QString nodeId;
    std::optional<double> figure;
    std::optional<double> rootFigure;
    model::BestMeasure measure = model::BestMeasure::PathMean;
    int queries = 0; // queries behind the figure (validation set, or one level's batch)

    friend bool operator==(const BestNode &, const BestNode &) = default;
};
BestNode bestOf(const model::RunRecord &record);
// What a best figure is, in words for people (translated): "path mean", "last-level reward",
// "held-out score".
QString measureText(model::BestMeasure measure);

// The kinds of news a run publishes. Each is an immutable value; together they rebuild the
// engine's record exactly (a front end's copy equals the run file after every save).
namespace event {
struct Started { // a new or resumed run: the record as it stands at its first moment
    model::RunRecord record;
};
struct StateChanged {
    RunState state;
};
struct NodeAdded { // announced before it is scored, so the tree can show it being judged
    model::Node node;
};
struct NodeUpdated { // scored, re-scored on validation, or its beam membership changed
    model::Node node;
};
struct NodesDropped { // an abandoned level (stop, fatal error) leaves no trace
    QStringList ids;
};
struct LevelFinished {
    model::LevelSummary level;
    int depthLimit = 0;
};
struct ExampleUpdated { // stage 1: a new version of one example
    int index = 0;
    model::Example example;
};
struct SelectionMade {
    QString query;
    model::Selection selection;
};
struct BestChanged {
    BestNode best;
};
struct Stats {
    RunStats stats;
};
struct Log {
    LogEntry entry;
};
struct Call {
    llm::CallRecord call;
};
// The record was written (or would have been: no run file); carries the whole record, an
// implicitly shared value, so a front end can check its copy and keep the scalar fields.
struct Saved {
    model::RunRecord record;
    QString runFile;
};
struct Finished { // the run ended (finished, stopped or failed): the final record
    model::RunRecord record;
};
} // namespace event

struct RunEvent {
    using Payload = std::variant<event::Started, event::StateChanged, event::NodeAdded, event::NodeUpdated,
        event::NodesDropped, event::LevelFinished, event::ExampleUpdated, event::SelectionMade, event::BestChanged,
        event::Stats, event::Log, event::Call, event::Saved, event::Finished>;
    Payload payload;

    template<typename T> const T *get() const { return std::get_if<T>(&payload); }
    template<typename T> bool is() const { return std::holds_alternative<T>(payload); }
};

// Where the engine's code reports: the worker turns each call into one queued event.
using EventSink = std::function<void(RunEvent)>;

} // namespace drpo::engine

Q_DECLARE_METATYPE(drpo::engine::RunEvent)
