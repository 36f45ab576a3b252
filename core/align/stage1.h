// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "model/runrecord.h"
#include "reward/callrunner.h"
#include "reward/requestbuilder.h"
#include "reward/rewarder.h"

namespace drpo::align {

// Stage 1: optimizes the ICL examples. Each example is judged harshly, rewritten from the
// critique and judged again, up to T rounds, keeping its best version; an example whose
// criteria all score 5 stops early. All examples advance in lockstep so a round's calls
// run in parallel. Works one round at a time on the run record, so the record can be saved
// after every round and a killed run resumes from the last one.
class Stage1 {
public:
    Stage1(reward::CallRunner &calls, reward::Rewarder &rewarder, const reward::RequestBuilder &builder,
        model::RunRecord &record, engine::EventSink sink);

    // No round left: every example scored all fives, failed, or used up its rounds.
    bool done() const;
    // Round 0 judges the seeds; round r rewrites the active examples and judges the rewrites.
    // Returns false on a stop or a fatal error (see CallRunner); the record is then unchanged.
    bool runNextRound();
    // Marks stage 1 complete: the examples (each answer its best version) feed stage 2.
    void complete();
    // Examples finished improving, and how many there are.
    int doneCount() const;
    int total() const { return int(m_record.examples.size()); }

private:
    static int bestIndex(const QList<model::ExampleVersion> &history);
    bool judgeSeeds();
    bool rewriteRound(int round);
    void log(const QString &message);

    reward::CallRunner &m_calls;
    reward::Rewarder &m_rewarder;
    const reward::RequestBuilder &m_builder;
    model::RunRecord &m_record;
    engine::EventSink m_sink;
};

} // namespace drpo::align
