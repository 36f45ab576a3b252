// SPDX-License-Identifier: GPL-3.0-or-later
#include "storynarrator.h"

#include "runsession.h"
#include "textformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace drpo::ui {

StoryNarrator::StoryNarrator(const RunSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void StoryNarrator::reset()
{
    m_introduced = false;
    m_leader.clear();
    m_levelsTold.clear();
    m_told.clear();
    m_exampleVersions.clear();
    m_stage1Introduced = false;
}

QString StoryNarrator::quote(const QString &text, int maxChars)
{
    return QStringLiteral("\u201c") + text::firstLine(text, maxChars) + QStringLiteral("\u201d");
}

namespace {

struct PromptShape {
    QString opening;
    QStringList bullets;
};

// The shape every optimizer is asked for: an opening paragraph, then "- rule" lines.
PromptShape parseShape(const QString &prompt)
{
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*(?:[-*\x{2022}]|\d+[.)])\s+(.*\S)\s*$)"));
    PromptShape s;
    QStringList opening;
    for (const QString &line : prompt.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = bullet.match(line);
        if (m.hasMatch())
            s.bullets.append(m.captured(1).simplified());
        else if (!line.trimmed().isEmpty())
            opening.append(line.trimmed());
    }
    s.opening = opening.join(QLatin1Char(' ')).simplified();
    return s;
}

QSet<QString> words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    QSet<QString> out;
    for (const QString &w : text.toLower().split(nonWord, Qt::SkipEmptyParts))
        out.insert(w);
    return out;
}

// Two rules are "the same rule, reworded" when most of the words of the shorter one
// survive (a condensed or merged rule) or the two share most of their words.
bool similar(const QString &a, const QString &b)
{
    const QSet<QString> wa = words(a), wb = words(b);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    const double common = double(QSet<QString>(wa).intersect(wb).size());
    const double dice = 2 * common / double(wa.size() + wb.size());
    const double containment = common / double(std::min(wa.size(), wb.size()));
    return dice >= 0.5 || containment >= 0.8;
}

} // namespace

PromptChange PromptChange::between(const QString &before, const QString &after)
{
    const PromptShape a = parseShape(before), b = parseShape(after);
    PromptChange change;
    change.openingChanged = a.opening != b.opening;
    if (a.bullets.isEmpty() && b.bullets.isEmpty()) {
        // Free prose: name the sentences the edit added (an edited sentence counts as new).
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
        const QStringList old = before.simplified().split(sentenceEnd, Qt::SkipEmptyParts);
        QStringList added;
        for (const QString &sentence : after.simplified().split(sentenceEnd, Qt::SkipEmptyParts))
            if (!old.contains(sentence))
                added.append(sentence);
        change.addedProse = added.join(QLatin1Char(' '));
        change.openingChanged =
            change.addedProse.isEmpty() && before.simplified() != after.simplified(); // only deletions
        return change;
    }
    QStringList oldLeft, newLeft;
    for (const QString &r : a.bullets)
        if (!b.bullets.contains(r))
            oldLeft.append(r);
    for (const QString &r : b.bullets)
        if (!a.bullets.contains(r))
            newLeft.append(r);
    // First the rules that kept most of their words (condensed, merged, lightly edited).
    for (auto it = newLeft.begin(); it != newLeft.end();) {
        auto match = std::find_if(oldLeft.begin(), oldLeft.end(), [&](const QString &o) { return similar(o, *it); });
        if (match != oldLeft.end()) {
            change.reworded.append({*match, *it});
            oldLeft.erase(match);
            it = newLeft.erase(it);
        } else {
            ++it;
        }
    }
    // A different wording in the very place of an old rule replaces it.
    for (auto it = newLeft.begin(); it != newLeft.end();) {
        const qsizetype at = b.bullets.indexOf(*it);
        const QString old = at < a.bullets.size() ? a.bullets.at(at) : QString();
        if (!old.isEmpty() && oldLeft.removeOne(old)) {
            change.reworded.append({old, *it});
            it = newLeft.erase(it);
        } else {
            ++it;
        }
    }
    change.added = newLeft;
    change.removed = oldLeft;
    return change;
}

QString StoryNarrator::tidyQuotes(QString sentence)
{
    // A quoted rule ends with its own full stop: "… the rule “Be brief.”." reads as a typo.
    static const QRegularExpression doubled(QStringLiteral("([.!?])\u201d([.\u3002])"));
    return sentence.replace(doubled, QStringLiteral("\\1\u201d"));
}

QString StoryNarrator::describe(const PromptChange &change)
{
    QStringList quoted;
    for (const QString &r : change.added)
        quoted.append(quote(r, 120));
    QString sentence;
    if (!change.added.isEmpty()) {
        // Separate sentences rather than %n: English has no catalogue to pick the plural.
        sentence = change.added.size() == 1
            ? tr("The optimizer added the rule %1.").arg(quoted.first())
            : tr("The optimizer added the rules %1.").arg(QLocale().createSeparatedList(quoted));
    } else if (!change.reworded.isEmpty()) {
        sentence = tr("The optimizer added no new rule; it reworded %1 as %2.")
                       .arg(quote(change.reworded.first().first, 60), quote(change.reworded.first().second, 120));
    } else if (!change.removed.isEmpty()) {
        sentence = tr("The optimizer added no new rule; it dropped %1.").arg(quote(change.removed.first(), 120));
    } else if (!change.addedProse.isEmpty()) {
        sentence = tr("The optimizer reworded the prompt, adding %1.").arg(quote(change.addedProse, 120));
    } else if (change.openingChanged) {
        sentence = tr("The optimizer added no new rule; it reworded the opening of the prompt.");
    } else {
        sentence = tr("The optimizer proposed the same prompt again.");
    }
    // The secondary edits, briefly, so the sentence stays readable.
    QStringList also;
    if (!change.added.isEmpty() && !change.reworded.isEmpty())
        also.append(change.reworded.size() == 1 ? tr("reworded one rule")
                                                : tr("reworded %1 rules").arg(change.reworded.size()));
    if ((!change.added.isEmpty() || !change.reworded.isEmpty()) && !change.removed.isEmpty())
        also.append(
            change.removed.size() == 1 ? tr("dropped one rule") : tr("dropped %1 rules").arg(change.removed.size()));
    if (change.openingChanged && (!change.added.isEmpty() || !change.reworded.isEmpty() || !change.removed.isEmpty()))
        also.append(tr("reworded the opening"));
    if (!also.isEmpty())
        sentence += QLatin1Char(' ') + tr("It also %1.").arg(QLocale().createSeparatedList(also));
    return tidyQuotes(sentence);
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
    case engine::RunState::Finished: {
        // The engine's verdict, as the status bar, the tree and the profile have it.
        const engine::BestNode best = m_session->best();
        if (best.nodeId.isEmpty()) {
            emit told(tr("The search is finished."), true);
        } else if (best.measure == model::BestMeasure::Validation) {
            emit told(tr("The search is finished. On %n question(s) it never trained on, the starting prompt scores "
                         "%1 and the best prompt found (%2) scores %3. That prompt is the one in the profile.",
                          nullptr, best.queries)
                          .arg(text::reward(best.rootFigure), best.nodeId, text::reward(best.figure)),
                true);
        } else {
            emit told(tr("The search is finished. The best prompt found (%1) has a %2 of %3; the starting prompt "
                         "scored %4. That prompt is the one in the profile.")
                          .arg(best.nodeId, engine::measureText(best.measure), text::reward(best.figure),
                              text::reward(best.rootFigure)),
                true);
        }
        break;
    }
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
    const model::Node *parent = node.parentId.isEmpty() ? nullptr : m_session->record().node(node.parentId);
    QString sentence;
    switch (node.origin) {
    case model::Origin::Root:
        sentence = tr("The starting prompt %1 scores %2 out of 5.").arg(quote(node.prompt)).arg(r, 0, 'f', 2);
        break;
    case model::Origin::Carried:
        // The carry was earned on the last round's questions; this round's score may differ.
        if (parent && parent->reward)
            sentence = tr("A prompt that scored %1 last round, above the skip threshold, goes on unchanged; on this "
                          "round's questions it scores %2.")
                           .arg(*parent->reward, 0, 'f', 2)
                           .arg(r, 0, 'f', 2);
        else
            sentence = tr("A prompt that already scores very well is carried to the next round unchanged (%1).")
                           .arg(r, 0, 'f', 2);
        break;
    case model::Origin::Human:
        sentence = tr("Your hand-edited prompt was judged: it scores %1.").arg(r, 0, 'f', 2);
        break;
    case model::Origin::Optimizer: {
        sentence = parent ? describe(PromptChange::between(parent->prompt, node.prompt))
                          : tr("The optimizer rewrote the prompt.");
        if (parent && parent->reward) {
            const double before = *parent->reward;
            if (r > before + 0.005)
                sentence +=
                    QLatin1Char(' ') + tr("The score rose from %1 to %2.").arg(before, 0, 'f', 2).arg(r, 0, 'f', 2);
            else if (r < before - 0.005)
                sentence +=
                    QLatin1Char(' ') + tr("The score fell from %1 to %2.").arg(before, 0, 'f', 2).arg(r, 0, 'f', 2);
            else
                sentence += QLatin1Char(' ') + tr("The score stayed at %1.").arg(r, 0, 'f', 2);
        } else {
            sentence += QLatin1Char(' ') + tr("It scores %1.").arg(r, 0, 'f', 2);
        }
        break;
    }
    }
    emit told(sentence, false);
}

void StoryNarrator::onLevelFinished(const model::LevelSummary &level)
{
    // A level is announced again when a hand edit or "continue from here" changes it.
    if (m_levelsTold.contains(level.level))
        return;
    m_levelsTold.insert(level.level);
    QString sentence;
    if (level.bestReward)
        sentence = tr("Round %1 is over: on this round's questions the best new prompt scores %2, the average %3. "
                      "%n prompt(s) go on to the next round.",
            nullptr, int(level.beamIds.size()))
                       .arg(level.level)
                       .arg(text::reward(level.bestReward), text::reward(level.meanReward));
    else
        sentence = tr("Round %1 is over, but no new prompt could be scored.").arg(level.level);
    if (level.unscored > 0)
        sentence += QLatin1Char(' ') +
            tr("%n prompt(s) could not be scored (see the log); they count as unscored, not as zero.", nullptr,
                level.unscored);
    if (level.extended)
        sentence += QLatin1Char(' ') + tr("Because a prompt was carried unchanged, the search gets one extra round.");
    emit told(sentence, false);
}

void StoryNarrator::onBestChanged(const engine::BestNode &best)
{
    if (best.nodeId.isEmpty() || best.measure == model::BestMeasure::Validation)
        return; // the held-out verdict is told when the search finishes
    const model::Node *n = m_session->record().node(best.nodeId);
    if (!n || n->origin == model::Origin::Root || best.nodeId == m_leader)
        return;
    m_leader = best.nodeId;
    emit told(best.measure == model::BestMeasure::PathMean
            ? tr("Prompt %1 now leads the search with a path mean of %2: the average score along its line of "
                 "prompts from the starting one.")
                  .arg(best.nodeId, text::reward(best.figure))
            : tr("Prompt %1 now leads the search with a score of %2 on its round's questions.")
                  .arg(best.nodeId, text::reward(best.figure)),
        false);
}

void StoryNarrator::onExampleUpdated(int, const model::Example &example)
{
    const qsizetype versions = example.history.size();
    if (versions == 0 || m_exampleVersions.value(example.id) >= versions)
        return;
    m_exampleVersions.insert(example.id, versions);
    if (!m_stage1Introduced) {
        m_stage1Introduced = true;
        emit told(tr("First, DRPO improves the example answers it will show the model next to each question. The judge "
                     "grades each example harshly, and the optimizer rewrites it to answer every criticism, a few "
                     "rounds at most."),
            true);
    }
    if (versions == 1) {
        emit told(tr("The example answer to %1 scores %2 as written.")
                      .arg(quote(example.query), text::reward(example.history.first().evaluation.reward)),
            false);
        return;
    }
    const model::ExampleVersion &before = example.history.at(versions - 2);
    const model::ExampleVersion &after = example.history.last();
    const double from = before.evaluation.reward.value_or(0), to = after.evaluation.reward.value_or(0);
    QString sentence;
    if (to > from + 0.005)
        sentence = tr("The optimizer rewrote the example answer to %1: its score rose from %2 to %3.")
                       .arg(quote(example.query), text::reward(before.evaluation.reward),
                           text::reward(after.evaluation.reward));
    else if (to < from - 0.005)
        sentence = tr("The optimizer rewrote the example answer to %1, but the new version scores lower (%2 instead of "
                      "%3); the better version is kept.")
                       .arg(quote(example.query), text::reward(after.evaluation.reward),
                           text::reward(before.evaluation.reward));
    else
        sentence = tr("The optimizer rewrote the example answer to %1; its score stayed at %2.")
                       .arg(quote(example.query), text::reward(after.evaluation.reward));
    if (after.evaluation.allFives())
        sentence += QLatin1Char(' ') + tr("The judge has nothing left to criticise.");
    emit told(sentence, false);
}

void StoryNarrator::onBranched(const model::Node &node)
{
    emit told(tr("You chose to continue the search from the prompt of round %1 that scored %2. The other prompts "
                 "leave the race; when you resume, the optimizer builds on this one.")
                  .arg(node.level)
                  .arg(text::reward(node.reward)),
        true);
}

} // namespace drpo::ui
