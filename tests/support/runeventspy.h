// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runcontroller.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace drpo::test {

// Records a RunController's events for assertions: how many of a kind, the distinct levels
// finished, the last saved record and the final one.
class RunEventSpy : public QObject {
public:
    explicit RunEventSpy(engine::RunController *run);

    template<typename T> int count() const
    {
        int n = 0;
        for (const engine::RunEvent &e : m_events)
            n += e.is<T>() ? 1 : 0;
        return n;
    }
    template<typename T> QList<T> all() const
    {
        QList<T> out;
        for (const engine::RunEvent &e : m_events)
            if (const T *x = e.get<T>())
                out.append(*x);
        return out;
    }
    const QList<engine::RunEvent> &events() const { return m_events; }
    // Distinct stage-2 levels finished (a level announced again after an edit counts once).
    int levels() const { return int(m_levels.size()); }
    // The last record the run saved (or started with).
    model::RunRecord record() const { return m_record; }
    int finishedCount() const { return m_finished; }
    model::RunRecord finished() const { return m_final; }

private:
    QList<engine::RunEvent> m_events;
    QSet<int> m_levels;
    model::RunRecord m_record;
    model::RunRecord m_final;
    int m_finished = 0;
};

// What a run came to: its final record, or the last one saved before it paused (a fatal
// error) or failed; its log lines by severity; the calls it reported.
struct RunOutcome {
    model::RunRecord record;
    QStringList infos;
    QStringList warnings;
    QStringList errors;
    int calls = 0;
};
// Starts the run and processes events until it finishes, fails or pauses (up to 120 s).
RunOutcome runUntilSettled(engine::RunController &run, const model::RunInput &in, const QString &runFile = {});

} // namespace drpo::test
