// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::model {

// One user query of a query set. Category drives the selector and the demo world;
// "safety" marks red-team queries for evaluation.
struct Query {
    QString id;
    QString text;
    QString category;
    QStringList tags;
    QString reference; // optional reference answer (e.g. just-eval "output")

    friend bool operator==(const Query &, const Query &) = default;
};

// A named list of queries, split into training and validation by the split flag.
struct QuerySet {
    QString name;
    QList<Query> queries;
    QStringList validationIds; // ids held out for validation; empty = none

    bool isValidation(const QString &id) const { return validationIds.contains(id); }
    QList<Query> training() const;
    QList<Query> validation() const;
    const Query *find(const QString &id) const;
    // Holds out `percent` (0-90) of the queries for validation, spread evenly over the list
    // so every part of it is represented; replaces the previous split. Same for GUI and CLI.
    void splitValidation(int percent);

    friend bool operator==(const QuerySet &, const QuerySet &) = default;
};

void to_json(Json &j, const Query &q);
void from_json(const Json &j, Query &q);
void to_json(Json &j, const QuerySet &s);
void from_json(const Json &j, QuerySet &s);

} // namespace drpo::model
