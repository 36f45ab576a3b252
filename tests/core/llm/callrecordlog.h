// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/scheduler.h"
#include "llm/threadhandoff.h"

#include <QList>
#include <QObject>

namespace drpo::test {

// The scheduler's call records, collected on the test's thread. A QSignalSpy would append
// from the scheduler's thread while the test reads it (a race ThreadSanitizer rightly
// reports); this hops each record over as a hand-over (llm::postTo).
class CallRecordLog : public QObject {
public:
    explicit CallRecordLog(llm::Scheduler *scheduler)
    {
        connect(
            scheduler, &llm::Scheduler::callFinished, this,
            [this](const llm::CallRecord &r) { llm::postTo(this, [this, r] { m_records.push_back(r); }); },
            Qt::DirectConnection);
    }

    qsizetype size() const { return m_records.size(); }
    const llm::CallRecord &at(qsizetype i) const { return m_records.at(i); }
    const llm::CallRecord &last() const { return m_records.last(); }

private:
    QList<llm::CallRecord> m_records;
};

} // namespace drpo::test
