// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::model {

// One criterion's verdict from the judge. No score means the judge said "N/A".
struct CriterionScore {
    QString criterion;
    std::optional<double> score;
    QString rationale;

    friend bool operator==(const CriterionScore &, const CriterionScore &) = default;
};

// One answer to one query, with its selected criteria and the judge's verdicts.
// A failed step leaves an error and no reward: never a silent zero.
struct Evaluation {
    QString queryId;
    QString query;
    QString answer;
    QStringList criteria;
    QString selectionReason;
    QList<CriterionScore> scores;
    std::optional<double> reward; // mean of numeric scores
    QString error;

    static std::optional<double> meanScore(const QList<CriterionScore> &scores);
    bool allFives() const;
    friend bool operator==(const Evaluation &, const Evaluation &) = default;
};

void to_json(Json &j, const CriterionScore &s);
void from_json(const Json &j, CriterionScore &s);
void to_json(Json &j, const Evaluation &e);
void from_json(const Json &j, Evaluation &e);

} // namespace drpo::model
