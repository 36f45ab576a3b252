// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/payload.h"

#include <QString>
#include <QStringList>

namespace drpo::sim {

// The simulated criteria selector: picks the criteria that matter for a query from its
// category and wording, and explains each choice in plain words.
class SimSelector {
public:
    explicit SimSelector(quint64 seed)
        : m_seed(seed)
    {}

    // The chosen names (library spelling), between min and max, only from `available`.
    QStringList choose(
        const QString &query, const QString &category, const QStringList &available, int min, int max) const;
    // Purpose::Select: the JSON text {"query_analysis": {...}, "aspects_selection": {...}}.
    QString select(const llm::payload::Select &payload) const;

private:
    quint64 m_seed;
};

} // namespace drpo::sim
