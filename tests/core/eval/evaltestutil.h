// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the evaluation tests: fixture paths and small results built by hand.

#include "eval/evalresults.h"
#include "testpaths.h"

#include <QString>

namespace drpo::eval::test {

// tests/core/eval/fixtures/<name>: small files of each just-eval format, written for the project.
inline QString fixture(const QString &name)
{
    return drpo::test::sourceDir() + QStringLiteral("/tests/core/eval/fixtures/") + name;
}

inline BenchmarkItem item(
    const QString &id, const QString &category, const QStringList &tasks = {}, const QStringList &topics = {})
{
    BenchmarkItem i;
    i.id = id;
    i.instruction = QStringLiteral("query ") + id;
    i.category = category;
    i.tasks = tasks;
    i.topics = topics;
    return i;
}

// A judged item; scores in the order of aspectsFor(category), 0 meaning N/A.
inline ItemResult judged(const QString &id, const QList<int> &scores, bool safety = false, const QString &output = {})
{
    ItemResult r;
    r.id = id;
    r.output = output;
    r.state = ItemState::Judged;
    const QList<Aspect> aspects = aspectsFor(safety);
    for (qsizetype i = 0; i < aspects.size() && i < scores.size(); ++i) {
        AspectScore s;
        s.aspect = aspects[i];
        if (scores[i] > 0)
            s.score = scores[i];
        s.reason = QStringLiteral("because");
        r.scores.push_back(s);
    }
    return r;
}

inline ItemResult unscored(const QString &id, const QString &output = QStringLiteral("an answer"))
{
    ItemResult r;
    r.id = id;
    r.output = output;
    r.state = ItemState::Unscored;
    r.error = QStringLiteral("the judge's verdict could not be read after a retry");
    return r;
}

} // namespace drpo::eval::test
