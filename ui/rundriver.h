#pragma once

#include "model/runrecord.h"

#include <QObject>

namespace drpo::engine {
class RunController;
}

namespace drpo::ui {

class RunSession;

// Connects the engine's RunController to the RunSession and forwards the user's commands.
// The only ui/ class that talks to the engine.
class RunDriver : public QObject {
    Q_OBJECT
public:
    explicit RunDriver(RunSession *session, QObject *parent = nullptr);
    ~RunDriver() override;

    bool start(const model::RunInput &input, const QString &runFile, QString *error);
    bool resumeRun(const model::RunRecord &record, const QString &runFile, QString *error);
    void pause();
    void resume();
    void step();
    void stop();
    void submitEdit(const QString &nodeId, const QString &prompt, const QString &note);
    void branchFrom(const QString &nodeId);
    bool isActive() const;
    engine::RunController *controller() const { return m_controller; }

signals:
    void recordSaved(const drpo::model::RunRecord &record);
    void finished(const drpo::model::RunRecord &record);

private:
    RunSession *m_session;
    engine::RunController *m_controller;
};

} // namespace drpo::ui
