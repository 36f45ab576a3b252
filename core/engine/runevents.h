#pragma once

#include "model/node.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace drpo::engine {

enum class RunState { Idle, Running, Paused, Stopping, Finished, Stopped, Failed };
QString runStateName(RunState s);

// Live figures of a run, published after every batch of calls.
struct RunStats {
    QString phase;      // a stable key, not for display: "stage 1", "level 3", "validation", …
    QString phaseText;  // the same phase for people, translated
    int level = 0;      // last completed stage-2 level
    int depthLimit = 0; // D plus the extension granted so far
    int stage1Done = 0; // examples finished improving (updated after every stage-1 batch)
    int stage1Total = 0;
    int nodes = 0;
    // While searching: the root's reward on level 0 and the best path mean seen so far, never
    // below the root's (the root's path mean is its reward); once finished: both re-scored on
    // the held-out validation queries (when there are any), where the best may score lower.
    double rootReward = 0;
    double bestReward = 0;
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

} // namespace drpo::engine

Q_DECLARE_METATYPE(drpo::engine::RunState)
Q_DECLARE_METATYPE(drpo::engine::RunStats)
Q_DECLARE_METATYPE(drpo::engine::LogEntry)
