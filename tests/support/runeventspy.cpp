// SPDX-License-Identifier: GPL-3.0-or-later
#include "runeventspy.h"

#include <QEventLoop>
#include <QTimer>

namespace drpo::test {

RunEventSpy::RunEventSpy(engine::RunController *run)
{
    connect(run, &engine::RunController::runEvent, this, [this](const engine::RunEvent &e) {
        namespace ev = engine::event;
        m_events.append(e);
        if (const auto *l = e.get<ev::LevelFinished>())
            m_levels.insert(l->level.level);
        else if (const auto *started = e.get<ev::Started>())
            m_record = started->record;
        else if (const auto *saved = e.get<ev::Saved>())
            m_record = saved->record;
        else if (const auto *f = e.get<ev::Finished>()) {
            m_record = f->record;
            m_final = f->record;
            ++m_finished;
        }
    });
}

RunOutcome runUntilSettled(engine::RunController &run, const model::RunInput &in, const QString &runFile)
{
    namespace ev = engine::event;
    RunOutcome out;
    QEventLoop loop;
    QObject::connect(&run, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
        if (const auto *f = e.get<ev::Finished>()) {
            out.record = f->record;
            loop.quit();
        } else if (const auto *s = e.get<ev::Saved>()) {
            out.record = s->record;
        } else if (const auto *st = e.get<ev::StateChanged>()) {
            if (st->state == engine::RunState::Paused || st->state == engine::RunState::Failed)
                loop.quit();
        } else if (const auto *l = e.get<ev::Log>()) {
            using S = engine::LogEntry::Severity;
            (l->entry.severity == S::Warning        ? out.warnings
                    : l->entry.severity == S::Error ? out.errors
                                                    : out.infos)
                << l->entry.message;
        } else if (e.is<ev::Call>()) {
            ++out.calls;
        }
    });
    QString error;
    if (!run.start(in, runFile, &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return out;
    }
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

} // namespace drpo::test
