#pragma once

#include "model/example.h"
#include "model/searchsettings.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "reward/rewarder.h"

#include <QList>

#include <functional>

namespace drpo::align {

// Stage 1: optimizes the ICL examples. Each example is judged harshly, rewritten from the
// critique and judged again, up to T rounds, keeping its best version; an example whose
// criteria all score 5 stops early. All examples advance in lockstep so a round's calls
// run in parallel.
class Stage1 {
public:
    struct Hooks {
        std::function<void(int index, const model::Example &)> exampleUpdated;
        std::function<void(const QString &)> log;
        // After every batch of calls: how many examples are finished (no further rewrite
        // coming) out of how many, so the caller can publish progress and usage as it goes.
        std::function<void(int done, int total)> progress;
    };

    Stage1(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
        const model::SearchSettings &settings, Hooks hooks);

    // Returns the optimized examples, each with its version history. On a stop or a fatal
    // error (see CallRunner) returns early; the caller discards the partial result.
    QList<model::Example> run(const QList<model::Example> &seeds);

private:
    static int bestIndex(const QList<model::ExampleVersion> &history);
    void reportProgress(int done, int total) const;

    reward::CallRunner &m_calls;
    reward::Rewarder &m_rewarder;
    const reward::RequestBuilder &m_builder;
    model::SearchSettings m_settings;
    Hooks m_hooks;
};

} // namespace drpo::align
