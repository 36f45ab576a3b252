// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/message.h"
#include "model/criterion.h"
#include "model/evaluation.h"
#include "model/example.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace drpo::llm {

// What a request asks, structured, per purpose. The rendered messages are what an HTTP
// provider sends; the payload is the same content as values, read by the simulated world
// (which has no language understanding) and hashed into its cache keys.
namespace payload {

struct Select {
    QString query;
    QString category;
    QList<model::Criterion> criteria; // the pool to choose from (name, description)
    int min = 2;
    int max = 5;
};

struct Judge {
    QString query;
    QString answer;
    QList<model::Criterion> criteria;
    bool harsh = false;
};

struct Respond {
    QString system;
    QString query; // the open query: the trailing user turns, joined
    QString category;
    QList<model::Example> examples; // query and answer are what counts
    QList<Message> history;         // earlier turns of a conversation, oldest first
};

struct OptimizePrompt {
    QString prompt;
    QStringList lineage; // earlier prompts on the path, oldest first
    QList<model::Evaluation> feedback;
    int maxBullets = 8;
    int maxNewBullets = 2;
};

struct RewriteExample {
    QString query;
    QString answer;
    QString category;
    QList<model::CriterionScore> scores; // the critique
};

struct Evaluate {
    QString query;
    QString answer;
    QStringList aspects; // lower-case just-eval aspect names
    QString category;    // "regular" or "safety"
};

} // namespace payload

using Payload = std::variant<std::monostate, payload::Select, payload::Judge, payload::Respond, payload::OptimizePrompt,
    payload::RewriteExample, payload::Evaluate>;

// The payload as one JSON object: the canonical form hashed into the sim's cache keys (keys
// recorded before payloads were typed stay valid) and used to estimate a request's size when
// it has no rendered text. Empty for std::monostate.
QJsonObject payloadJson(const Payload &payload);

} // namespace drpo::llm
