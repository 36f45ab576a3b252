#pragma once

#include "engine/runevents.h"
#include "model/runrecord.h"

#include <QObject>
#include <QSet>

namespace drpo::ui {

class NodeModel;

// Turns run events into plain-language sentences for people who have never seen DRPO
// ("the judge chose Safety for this question because…; the score rose from 2.4 to 3.9").
class StoryNarrator : public QObject {
    Q_OBJECT
public:
    explicit StoryNarrator(const NodeModel *nodes, QObject *parent = nullptr);

    void reset();
    void setSimulated(bool simulated) { m_simulated = simulated; }

public slots:
    void onStateChanged(drpo::engine::RunState state);
    void onSelectionMade(const QString &query, const drpo::model::Selection &selection);
    void onNodeUpdated(const drpo::model::Node &node);
    void onLevelFinished(const drpo::model::LevelSummary &level);

signals:
    // One paragraph of the story; `headline` marks the big moments.
    void told(const QString &sentence, bool headline);

private:
    static QString quote(const QString &text, int maxChars = 80);
    static QString addedInstruction(const QString &before, const QString &after);

    const NodeModel *m_nodes;
    bool m_simulated = false;
    bool m_introduced = false;
    double m_bestSoFar = -1;
    QSet<QString> m_told; // nodes already narrated
};

} // namespace drpo::ui
