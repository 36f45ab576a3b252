// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evaluation.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::model {

enum class Origin { Root, Optimizer, Carried, Human };

QString originName(Origin o);
Origin originFromName(const QString &s);

// Token usage of the calls made for one node (or a whole run).
struct Usage {
    qint64 calls = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheHits = 0;
    double costUsd = 0;

    Usage &operator+=(const Usage &o);
    friend bool operator==(const Usage &, const Usage &) = default;
};

// A prompt state in the stage-2 search tree.
struct Node {
    QString id;
    QString parentId; // empty for the root
    int level = 0;
    Origin origin = Origin::Root;
    QString prompt;
    QString note;                     // optimizer's reasoning or the human's comment
    QList<Evaluation> evaluations;    // this node's answers on its level's batch
    std::optional<double> reward;     // mean over evaluations with a reward
    std::optional<double> pathReward; // mean of rewards along the path from the root
    std::optional<double> validationReward;
    bool inBeam = false; // survived ranking at its level
    Usage usage;

    bool isScored() const { return reward.has_value(); }
    friend bool operator==(const Node &, const Node &) = default;
};

void to_json(Json &j, const Usage &u);
void from_json(const Json &j, Usage &u);
void to_json(Json &j, const Node &n);
void from_json(const Json &j, Node &n);

} // namespace drpo::model
