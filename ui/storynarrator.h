// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "model/runrecord.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace drpo::ui {

class RunSession;

// What an optimizer edit did to a prompt, rule by rule: a prompt is an opening paragraph
// plus bullet rules, and the story should name the rule that is genuinely new, not the
// first line that differs.
struct PromptChange {
    QStringList added;                           // new rules, as written in the new prompt
    QList<std::pair<QString, QString>> reworded; // (old rule, new wording)
    QStringList removed;                         // rules that are gone
    bool openingChanged = false;
    QString addedProse; // prompts without bullets: the sentences the edit added
    bool isEmpty() const
    {
        return added.isEmpty() && reworded.isEmpty() && removed.isEmpty() && !openingChanged && addedProse.isEmpty();
    }

    static PromptChange between(const QString &before, const QString &after);
};

// Turns run events into plain-language sentences for people who have never seen DRPO
// ("the judge chose Safety for this question because…; the score rose from 2.4 to 3.9").
class StoryNarrator : public QObject {
    Q_OBJECT
public:
    explicit StoryNarrator(const RunSession *session, QObject *parent = nullptr);

    void reset();
    void setSimulated(bool simulated) { m_simulated = simulated; }
    // Adds a paragraph told elsewhere (the evaluation's story) to the same story.
    void tell(const QString &sentence, bool headline) { emit told(sentence, headline); }

public slots:
    void onStateChanged(drpo::engine::RunState state);
    void onSelectionMade(const QString &query, const drpo::model::Selection &selection);
    void onNodeUpdated(const drpo::model::Node &node);
    void onLevelFinished(const drpo::model::LevelSummary &level);
    // The engine's best changed: a new leader during the search, the held-out verdict after it.
    void onBestChanged(const drpo::engine::BestNode &best);
    // The user chose "continue the search from here" on this node.
    void onBranched(const drpo::model::Node &node);
    // Stage 1: an example answer was judged or rewritten.
    void onExampleUpdated(int index, const drpo::model::Example &example);

signals:
    // One paragraph of the story; `headline` marks the big moments.
    void told(const QString &sentence, bool headline);

private:
    static QString quote(const QString &text, int maxChars = 80);
    // One sentence for an optimizer edit ("The optimizer added the rule …").
    static QString describe(const PromptChange &change);
    static QString tidyQuotes(QString sentence);

    const RunSession *m_session;
    bool m_simulated = false;
    bool m_introduced = false;
    QString m_leader; // the leader last told about
    QSet<int> m_levelsTold;
    QSet<QString> m_told;                        // nodes already narrated
    QHash<QString, qsizetype> m_exampleVersions; // versions of each example already narrated
    bool m_stage1Introduced = false;
};

} // namespace drpo::ui
