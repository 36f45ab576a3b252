// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/schedulerpool.h"

#include "eval/evaltext.h"
#include "llm/providerfactory.h"
#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "llm/sqliteresponsecache.h"

#include <QCoreApplication>
#include <QHash>

namespace drpo::eval {

namespace {

// Systems on the same endpoint and model share one lane (and its concurrency limit).
QString endpointKey(const model::RoleConfig &c)
{
    return QStringList{c.kind, c.baseUrls.join(u'|'), c.model, c.api, c.keyEnv}.join(u'\x1f');
}

int concurrencyOf(const model::RoleConfig &c)
{
    return c.isSim() ? 256 : qMax(1, c.concurrency); // the simulated models cost nothing
}

} // namespace

SchedulerPool::SchedulerPool() = default;

SchedulerPool::~SchedulerPool()
{
    // Hosts cancel their calls and join their threads on destruction.
    m_hosts.clear();
}

bool SchedulerPool::setUp(const EvalSettings &settings, const QList<SystemSpec> &systems, QString *error)
{
    const model::ModelSettings &models = settings.models;
    bool anyReal = false;
    bool anyJudged = false;
    for (const SystemSpec &s : systems) {
        anyReal = anyReal || (s.generates() && !s.endpoint.isSim());
        anyJudged = anyJudged || !s.readOnly();
    }
    anyReal = anyReal || (anyJudged && !models.judge.isSim());
    m_usesCache =
        models.provider.cache == model::CacheMode::On || (models.provider.cache == model::CacheMode::Auto && anyReal);
    std::shared_ptr<llm::SqliteResponseCache> cache;
    if (m_usesCache) {
        QString why;
        cache = llm::SqliteResponseCache::openAt(models.provider.cachePath, &why);
        if (!cache) {
            if (error)
                *error = EvalText::tr("the response cache cannot be used: %1").arg(why);
            return false;
        }
    }
    if (models.provider.budgetUsd > 0)
        m_budget = std::make_shared<llm::BudgetGuard>(models.provider.budgetUsd);

    auto addHost = [&](model::Role role, const model::RoleConfig &config, const QString &name) -> llm::Scheduler * {
        QString why;
        std::shared_ptr<llm::Provider> provider = llm::makeProvider(role, config, models, settings.seed, &why);
        if (!provider) {
            if (error)
                *error = name.isEmpty() ? why : EvalText::tr("system \"%1\": %2").arg(name, why);
            return nullptr;
        }
        auto host = std::make_unique<llm::SchedulerHost>(QStringLiteral("drpo-eval-scheduler"));
        llm::Scheduler *s = host->scheduler();
        s->setProvider(role, std::move(provider), concurrencyOf(config));
        if (cache)
            s->setCache(cache);
        s->setBudget(m_budget);
        m_hosts.push_back(std::move(host));
        return s;
    };

    if (anyJudged) {
        m_judge = addHost(model::Role::Judge, models.judge, {});
        if (!m_judge)
            return false;
    }
    QHash<QString, llm::Scheduler *> byEndpoint;
    for (const SystemSpec &s : systems) {
        if (!s.generates()) {
            m_bySystem.push_back(nullptr);
            continue;
        }
        const QString key = endpointKey(s.endpoint);
        llm::Scheduler *scheduler = byEndpoint.value(key);
        if (!scheduler) {
            scheduler = addHost(model::Role::Base, s.endpoint, s.name);
            if (!scheduler)
                return false;
            byEndpoint.insert(key, scheduler);
        }
        m_bySystem.push_back(scheduler);
    }
    return true;
}

void SchedulerPool::start()
{
    for (const std::unique_ptr<llm::SchedulerHost> &h : m_hosts)
        h->start();
}

void SchedulerPool::cancelAll()
{
    for (const std::unique_ptr<llm::SchedulerHost> &h : m_hosts)
        if (h->isStarted())
            h->scheduler()->cancelAll();
}

QList<llm::Scheduler *> SchedulerPool::all() const
{
    QList<llm::Scheduler *> out;
    for (const std::unique_ptr<llm::SchedulerHost> &h : m_hosts)
        out.push_back(h->scheduler());
    return out;
}

} // namespace drpo::eval
