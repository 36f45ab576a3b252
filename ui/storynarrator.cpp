#include "storynarrator.h"

#include "models/nodemodel.h"
#include "textformat.h"

#include <QLocale>

namespace drpo::ui {

StoryNarrator::StoryNarrator(const NodeModel *nodes, QObject *parent) : QObject(parent), m_nodes(nodes) {}

void StoryNarrator::reset()
{
    m_introduced = false;
    m_bestSoFar = -1;
    m_told.clear();
}

QString StoryNarrator::quote(const QString &text, int maxChars)
{
    return QStringLiteral("\u201c") + text::firstLine(text, maxChars) + QStringLiteral("\u201d");
}

QString StoryNarrator::addedInstruction(const QString &before, const QString &after)
{
    const QStringList old = before.split(QLatin1Char('\n'));
    for (const QString &line : after.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !old.contains(line))
            return t;
    }
    return {};
}

void StoryNarrator::onStateChanged(engine::RunState state)
{
    switch (state) {
    case engine::RunState::Running:
        if (!m_introduced) {
            m_introduced = true;
            emit told(tr("The search has started. One model answers questions while following a \"system prompt\" "
                         "(its standing instructions). A judge model grades each answer from 1 to 5, and an "
                         "optimizer model rewrites the instructions to fix what the judge criticised. The best "
                         "instructions survive to the next round."),
                      true);
            if (m_simulated)
                emit told(tr("All models here are simulated on this computer: no account, no network. The scores "
                             "are made up by a small simulated world, not by a real language model."),
                          false);
        } else {
            emit told(tr("The search continues."), false);
        }
        break;
    case engine::RunState::Paused:
        emit told(tr("Paused. You can now edit any prompt by hand (right-click a node, \"Edit prompt\u2026\"); "
                     "your version is judged and competes with the others when you resume."),
                  true);
        break;
    case engine::RunState::Finished:
        emit told(tr("The search is finished. The best instructions found score %1, against %2 for the "
                     "starting prompt.")
                      .arg(m_bestSoFar >= 0 ? QString::number(m_bestSoFar, 'f', 2) : text::reward({}),
                           m_nodes->nodes().isEmpty() ? text::reward({}) : text::reward(m_nodes->nodes().first().reward)),
                  true);
        break;
    case engine::RunState::Stopped: emit told(tr("The search was stopped. It can be resumed later."), false); break;
    case engine::RunState::Failed: emit told(tr("The search stopped because of an error; see the log."), true); break;
    default: break;
    }
}

void StoryNarrator::onSelectionMade(const QString &query, const model::Selection &selection)
{
    const QString names = QLocale().createSeparatedList(selection.criteria);
    QString sentence = tr("For the question %1 the judge will look at %2.").arg(quote(query), names);
    if (!selection.reason.isEmpty())
        sentence += QLatin1Char(' ') + tr("Why: %1").arg(text::firstLine(selection.reason, 200));
    emit told(sentence, false);
}

void StoryNarrator::onNodeUpdated(const model::Node &node)
{
    if (!node.reward || m_told.contains(node.id))
        return;
    m_told.insert(node.id);
    const double r = *node.reward;
    const model::Node *parent = node.parentId.isEmpty() ? nullptr : m_nodes->node(node.parentId);
    QString sentence;
    switch (node.origin) {
    case model::Origin::Root:
        sentence = tr("The starting prompt %1 scores %2 out of 5.").arg(quote(node.prompt)).arg(r, 0, 'f', 2);
        break;
    case model::Origin::Carried:
        sentence = tr("A prompt that already scores very well is carried to the next round unchanged (%1).")
                       .arg(r, 0, 'f', 2);
        break;
    case model::Origin::Human:
        sentence = tr("Your hand-edited prompt was judged: it scores %1.").arg(r, 0, 'f', 2);
        break;
    case model::Origin::Optimizer: {
        const QString added = parent ? addedInstruction(parent->prompt, node.prompt) : QString();
        sentence = added.isEmpty() ? tr("The optimizer rewrote the prompt.")
                                   : tr("The optimizer added the rule %1.").arg(quote(added, 120));
        if (parent && parent->reward) {
            const double before = *parent->reward;
            if (r > before + 0.005)
                sentence += QLatin1Char(' ') + tr("The score rose from %1 to %2.").arg(before, 0, 'f', 2).arg(r, 0, 'f', 2);
            else if (r < before - 0.005)
                sentence += QLatin1Char(' ') + tr("The score fell from %1 to %2.").arg(before, 0, 'f', 2).arg(r, 0, 'f', 2);
            else
                sentence += QLatin1Char(' ') + tr("The score stayed at %1.").arg(r, 0, 'f', 2);
        } else {
            sentence += QLatin1Char(' ') + tr("It scores %1.").arg(r, 0, 'f', 2);
        }
        break;
    }
    }
    const bool record = r > m_bestSoFar + 0.005 && m_bestSoFar >= 0;
    m_bestSoFar = std::max(m_bestSoFar, r);
    if (record)
        sentence += QLatin1Char(' ') + tr("That is the best so far!");
    emit told(sentence, record);
}

void StoryNarrator::onLevelFinished(const model::LevelSummary &level)
{
    QString sentence = tr("Round %1 is over: best score %2, average %3. %n prompt(s) go on to the next round.", nullptr,
                          int(level.beamIds.size()))
                           .arg(level.level)
                           .arg(level.bestReward, 0, 'f', 2)
                           .arg(level.meanReward, 0, 'f', 2);
    if (level.extended)
        sentence += QLatin1Char(' ') + tr("Because a prompt was carried unchanged, the search gets one extra round.");
    emit told(sentence, false);
}

} // namespace drpo::ui
