// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/provider.h"
#include "sim/simvariant.h"

#include <QHash>

#include <memory>

namespace drpo::sim {

// The offline demo models: a deterministic, seeded simulated world playing one role.
// Answers depend only on (seed, request), never on call order, so runs replay exactly.
// The variant picks which simulated base model answers (base role only).
class SimProvider final : public llm::Provider {
public:
    SimProvider(model::Role role, quint64 seed, int latencyMs = 0, SimVariant variant = SimVariant::Base);
    ~SimProvider() override;

    QString kind() const override { return QStringLiteral("sim"); }
    QString endpoint() const override { return QStringLiteral("sim://demo"); }
    QString model() const override;
    void start(const llm::LlmRequest &request, Done done) override;
    void cancelAll() override;

    // The same answer start() gives, synchronously (for tests and tools).
    llm::LlmResponse answer(const llm::LlmRequest &request) const;

private:
    // Calls waiting for their simulated latency; shared with the timers so a timer that
    // fires after cancelAll() or after the provider is gone finds nothing to deliver.
    struct Pending {
        QHash<quint64, Done> calls;
        quint64 next = 0;
    };

    model::Role m_role;
    quint64 m_seed;
    SimVariant m_variant;
    int m_latencyMs;
    std::shared_ptr<Pending> m_pending = std::make_shared<Pending>();
};

} // namespace drpo::sim
