// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakellmserver.h"
#include "llm/providerfactory.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"

#include <QtTest>

#include <memory>

namespace drpo::test {

// A scheduler in its own thread (as the engine runs it) in front of a fake server.
class LlmHarness {
public:
    static constexpr const char *kKeyEnv = "DRPO_TEST_API_KEY";
    static QString secret() { return QStringLiteral("sk-test-VERYSECRET-0123456789abcdef"); }

    LlmHarness()
    {
        qputenv(kKeyEnv, secret().toUtf8());
        QVERIFY(server.start());
        llm::RetryPolicy fast;
        fast.maxAttempts = 4;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        scheduler->setRetryPolicy(fast);
        scheduler->setPriceTable(llm::PriceTable::defaults());
        host.start();
    }

    model::RoleConfig config(const QString &kind = QStringLiteral("openai")) const
    {
        model::RoleConfig c;
        c.kind = kind;
        c.baseUrls = {server.baseUrl()};
        c.model = QStringLiteral("fake-model");
        c.keyEnv = QString::fromLatin1(kKeyEnv);
        c.concurrency = 4;
        return c;
    }

    std::shared_ptr<llm::Provider> use(model::Role role, const model::RoleConfig &c, int concurrency = 4)
    {
        QString error;
        model::ModelSettings all;
        all.provider = options;
        std::shared_ptr<llm::Provider> p = llm::makeProvider(role, c, all, 1, &error);
        if (!p)
            qWarning("makeProvider: %s", qPrintable(error));
        scheduler->setProvider(role, p, concurrency);
        return p;
    }

    static llm::LlmRequest chat(const QString &text, model::Role role = model::Role::Base)
    {
        llm::LlmRequest r;
        r.role = role;
        r.messages = {llm::Message{QStringLiteral("system"), QStringLiteral("You are terse.")},
            llm::Message{QStringLiteral("user"), text}};
        r.maxTokens = 64;
        return r;
    }

    llm::LlmResponse run(const llm::LlmRequest &r) { return scheduler->runAll({r}).value(0); }

    FakeLlmServer server;
    model::ProviderSettings options; // timeout, streaming... of the providers use() makes
    llm::SchedulerHost host;
    llm::Scheduler *scheduler = host.scheduler();
};

} // namespace drpo::test
