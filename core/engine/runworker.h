// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runcontrol.h"
#include "engine/runevents.h"
#include "model/runrecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace drpo::llm {
class Scheduler;
class SchedulerHost;
} // namespace drpo::llm
namespace drpo::search {
class PromptSearch;
}

namespace drpo::engine {

// The engine's sequential code: stage 1 round by round, then stage 2 level by level, saving
// the record after each step and honouring pause/step/stop/edit at the safe points between
// them. A QObject that lives on its own thread (RunController creates it, moves it there and
// lets the thread delete it when it ends); it reports everything as one typed event.
// Commands reach it through the shared RunControl.
class RunWorker : public QObject {
    Q_OBJECT
public:
    RunWorker(model::RunRecord record, QString runFile, std::shared_ptr<RunControl> control);
    ~RunWorker() override;

    // Sets up the scheduler and its providers, on the creating thread; false with a
    // user-facing reason when a role cannot work.
    bool prepare(QString *error);

    // What the run is doing: a stable key ("stage 1", "level 3"...) and the translated text.
    struct Phase {
        QString key;
        QString text;
    };

public slots:
    // The whole run, on the worker's thread; emits done() at the end.
    void run();

signals:
    void runEvent(const drpo::engine::RunEvent &event);
    void done();

private:
    bool runStage1();
    bool runStage2();
    // Blocks while paused, handling edits; returns false when the run must stop.
    bool checkpoint(search::PromptSearch *search);
    void handleCommands(search::PromptSearch *search);
    void pauseForError(const QString &message);
    void save();
    void publishStats(const Phase &phase);
    void publish(RunEvent e);
    void log(const QString &message, LogEntry::Severity severity = LogEntry::Severity::Info);
    void setState(RunState s);
    void finishRun(RunState status);
    void fillProfile();

    model::RunRecord m_record;
    QString m_runFile;
    QElapsedTimer m_clock;
    qint64 m_levelTimeTotal = 0;
    int m_levelsTimed = 0;
    int m_stage1Done = 0; // examples finished improving, while stage 1 runs

    std::unique_ptr<llm::SchedulerHost> m_host;
    llm::Scheduler *m_scheduler = nullptr; // m_host's, on its thread
    std::shared_ptr<RunControl> m_control;
};

} // namespace drpo::engine
