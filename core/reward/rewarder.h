// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/criterion.h"
#include "model/evaluation.h"
#include "model/runrecord.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"

#include <QMap>
#include <QString>

#include <functional>
#include <utility>

namespace drpo::reward {

// Dynamic rewarding: picks criteria per query (cached per query text) and has the judge
// score answers on them. Unreadable verdicts get one repair retry, then become an error on
// the evaluation — never a silent zero.
class Rewarder {
public:
    struct Bounds {
        int min = 2;
        int max = 5;
    };

    Rewarder(CallRunner &calls, const RequestBuilder &builder, const model::CriteriaLibrary &library,
        model::CriteriaMode mode, QMap<QString, model::Selection> &selections);

    // Makes sure every query has a selection; one batch of selector calls for the new ones.
    // Reports each new selection through onSelection.
    void ensureSelections(const QList<QPair<QString, QString>> &queriesWithCategory, Bounds bounds,
        const std::function<void(const QString &, const model::Selection &)> &onSelection = {});
    // The criteria for a query (selected, or all selectable in static mode).
    model::Selection selectionFor(const QString &query) const;

    // Judges all evaluations (query + answer set) in one batch and fills criteria, scores,
    // reward or error. Evaluations that already carry an error are left alone. Returns the
    // judge's usage per evaluation, in the order given.
    QList<model::Usage> judge(QList<model::Evaluation *> evaluations, bool harsh);

    // The problems met since the last call (failed selections, unreadable verdicts), once each.
    QStringList takeErrors() { return std::exchange(m_errors, {}); }

private:
    QList<model::Criterion> criteriaObjects(const QStringList &names) const;

    CallRunner &m_calls;
    const RequestBuilder &m_builder;
    model::CriteriaLibrary m_library;
    model::CriteriaMode m_mode;
    QMap<QString, model::Selection> &m_selections;
    QStringList m_errors;
};

} // namespace drpo::reward
