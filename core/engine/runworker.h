#pragma once

#include "engine/runevents.h"
#include "model/runrecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace drpo::llm {
class Scheduler;
class SchedulerHost;
} // namespace drpo::llm
namespace drpo::search {
class PromptSearch;
}

namespace drpo::engine {

class RunController;

// The engine's sequential code in its own thread: stage 1, then stage 2 level by level,
// saving the record after each level and honouring pause/step/stop/edit at safe points.
// Owns the scheduler's thread too. Created and destroyed by RunController.
class RunWorker {
public:
    RunWorker(RunController *controller, model::RunRecord record, QString runFile);
    ~RunWorker(); // requests a stop and joins both threads

    // Sets up providers; returns false with a user-facing reason when a role cannot work.
    bool prepare(QString *error);
    void startThread();

    void requestPause();
    void requestResume();
    void requestStep();
    void requestStop();
    void requestEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void requestBranch(const QString &nodeId);
    bool isRunning() const;

    // What the run is doing: a stable key ("stage 1", "level 3"...) and the translated text.
    struct Phase {
        QString key;
        QString text;
    };

private:
    struct Command {
        enum class Kind { Edit, Branch } kind;
        QString nodeId;
        QString prompt;
        QString note;
    };

    void run();
    bool runStage1();
    bool runStage2();
    // Blocks while paused, handling edits; returns false when the run must stop.
    bool checkpoint(search::PromptSearch *search);
    void handleCommands(search::PromptSearch *search);
    void pauseForError(const QString &message);
    void save();
    void publishStats(const Phase &phase);
    void log(const QString &message, LogEntry::Severity severity = LogEntry::Severity::Info);
    void setState(RunState s);
    void finishRun(model::RunStatus status);
    void noteRetrieval(const QString &description);

    RunController *m_controller;
    model::RunRecord m_record;
    QString m_runFile;
    QElapsedTimer m_clock;
    qint64 m_levelTimeTotal = 0;
    int m_levelsTimed = 0;
    int m_stage1Progress = 0; // examples finished so far while stage 1 runs

    std::unique_ptr<llm::SchedulerHost> m_host;
    llm::Scheduler *m_scheduler = nullptr; // m_host's, on its thread
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_pause = false;
    bool m_stop = false;
    int m_stepsLeft = -1; // -1: run freely; n >= 0: pause after n more levels
    QList<Command> m_commands;
};

} // namespace drpo::engine
