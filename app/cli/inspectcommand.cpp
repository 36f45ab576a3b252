// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "align/worddiff.h"
#include "clicommon.h"
#include "engine/runevents.h"
#include "io/runfile.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace drpo::cli {

int runInspect(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Prints a run record's best path: level, reward and how much the prompt changed."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("run"), QStringLiteral("A run record written by drpo optimize --out."),
        QStringLiteral("RUN.json"));
    p.addOption({QStringLiteral("prompt"), QStringLiteral("Also print every prompt along the path.")});
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("give one run record, e.g. drpo inspect run.json"), 2);
    io::FileError fe;
    const std::optional<model::RunRecord> r = io::loadRunRecord(p.positionalArguments().first(), &fe);
    if (!r)
        return fail(fe.toString());

    QTextStream &o = out();
    o << "Run " << r->id << "  (" << model::runStateName(r->status) << ", provider " << r->provider
      << (r->input.models.allSim() ? ", simulated" : "") << ")" << Qt::endl;
    if (!r->retrieval.isEmpty())
        o << "ICL retrieval: " << r->retrieval << Qt::endl;
    o << "Settings: " << model::strategyName(r->input.settings.strategy) << " W=" << r->input.settings.beamWidth
      << " A=" << r->input.settings.actions << " D=" << r->input.settings.depth << " b=" << r->input.settings.batchSize
      << " K=" << r->input.settings.kOptimize << " seed=" << r->input.settings.seed << Qt::endl;
    // The engine's best and what its figure is: the same node the profile and the GUI name.
    const engine::BestNode b = engine::bestOf(*r);
    const QString measure = b.measure == model::BestMeasure::Validation
        ? QStringLiteral("score on %1 held-out queries").arg(b.queries)
        : engine::measureText(b.measure);
    if (!b.nodeId.isEmpty()) {
        o << "Starting prompt: " << formatReward(b.rootFigure) << "  (" << measure << ")" << Qt::endl;
        o << "Best prompt:     " << formatReward(b.figure) << "  (" << measure << "; node " << b.nodeId
          << (r->stage2Done ? ", the profile's" : ", the current leader") << ")" << Qt::endl;
    }
    if (r->bestNodeId.isEmpty()) {
        o << "No stage-2 level has completed yet." << Qt::endl;
        return 0;
    }

    o << Qt::endl
      << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
             .arg(QStringLiteral("level"), 5)
             .arg(QStringLiteral("node"), -6)
             .arg(QStringLiteral("origin"), -9)
             .arg(QStringLiteral("reward"), 6)
             .arg(QStringLiteral("path"), 6)
             .arg(QStringLiteral("change"), -14)
             .arg(QStringLiteral("words"))
      << Qt::endl;
    QString previous;
    for (const model::Node *n : r->path(r->bestNodeId)) {
        const align::DiffSize d = align::diffSize(previous, n->prompt);
        const QString change =
            previous.isEmpty() ? QStringLiteral("(start)") : QStringLiteral("+%1 -%2").arg(d.added).arg(d.removed);
        o << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                 .arg(n->level, 5)
                 .arg(n->id, -6)
                 .arg(model::originName(n->origin), -9)
                 .arg(formatReward(n->reward), 6)
                 .arg(formatReward(n->pathReward), 6)
                 .arg(change, -14)
                 .arg(n->prompt.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size())
          << Qt::endl;
        if (p.isSet(QStringLiteral("prompt")))
            o << "       " << QString(n->prompt).replace(u'\n', QStringLiteral("\n       ")) << Qt::endl << Qt::endl;
        previous = n->prompt;
    }
    return 0;
}

} // namespace drpo::cli
