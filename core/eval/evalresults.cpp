// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalresults.h"

namespace drpo::eval {

SystemResult *EvalResults::system(const QString &name)
{
    for (SystemResult &s : systems)
        if (s.spec.name == name)
            return &s;
    return nullptr;
}

const SystemResult *EvalResults::system(const QString &name) const
{
    for (const SystemResult &s : systems)
        if (s.spec.name == name)
            return &s;
    return nullptr;
}

bool EvalResults::simulated() const
{
    bool anyJudged = false;
    for (const SystemResult &s : systems) {
        if (s.spec.simulated)
            return true;
        anyJudged = anyJudged || !s.spec.readOnly();
    }
    return anyJudged && settings.models.judge.isSim();
}

int EvalResults::doneCount() const
{
    int n = 0;
    for (const SystemResult &s : systems)
        for (const ItemResult &r : s.items)
            n += r.isDone() ? 1 : 0;
    return n;
}

int EvalResults::totalCount() const
{
    // Stored outputs and imported judgements cover the items their files hold.
    int n = 0;
    for (const SystemResult &s : systems)
        n += s.spec.generates() ? int(benchmark.items.size()) : int(s.items.size());
    return n;
}

} // namespace drpo::eval
