// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetestutil.h"

#include "io/projectfile.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace drpo::test {

model::RunInput demoInput()
{
    io::FileError error;
    const std::optional<model::Project> p = io::loadDemoProject(&error);
    if (!p)
        qFatal("demo project: %s", qPrintable(error.toString()));
    return p->runInput();
}

model::RunRecord runToEnd(const model::RunInput &input, const QString &runFile)
{
    engine::RunController run;
    model::RunRecord result;
    QEventLoop loop;
    QObject::connect(&run, &engine::RunController::runEvent, &loop, [&](const engine::RunEvent &e) {
        if (const auto *f = e.get<engine::event::Finished>()) {
            result = f->record;
            loop.quit();
        }
    });
    QString error;
    if (!run.start(input, runFile, &error))
        qFatal("start failed: %s", qPrintable(error));
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

qint64 calls(const model::RunRecord &r, model::Role role)
{
    return r.usageByRole.value(model::roleName(role)).calls;
}

QByteArray replayFingerprint(const model::RunRecord &r)
{
    QByteArray out;
    for (const model::Node &n : r.nodes) {
        out += n.id.toUtf8() + '|' + n.parentId.toUtf8() + '|' + QByteArray::number(n.level) + '|' +
            model::originName(n.origin).toUtf8() + '|' + n.prompt.toUtf8() + '|' +
            QByteArray::number(n.reward.value_or(-1), 'f', 6) + '|' + QByteArray::number(n.inBeam) + '\n';
        for (const model::Evaluation &e : n.evaluations)
            out += "  " + e.queryId.toUtf8() + ' ' + e.answer.toUtf8() + ' ' + e.criteria.join(u',').toUtf8() + '\n';
    }
    for (const model::LevelSummary &l : r.levels)
        out += "L" + QByteArray::number(l.level) + ' ' + l.beamIds.join(u',').toUtf8() + '\n';
    for (const model::Example &e : r.examples)
        out += "E " + e.id.toUtf8() + ' ' + e.answer.toUtf8() + '\n';
    out += "best " + r.bestNodeId.toUtf8() + ' ' + QByteArray::number(r.bestReward.value_or(-1), 'f', 6);
    return out;
}

} // namespace drpo::test
