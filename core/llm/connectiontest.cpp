// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/connectiontest.h"

#include "llm/httpprovider.h"
#include "llm/llmtext.h"
#include "llm/providerfactory.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace drpo::llm {

void testConnection(model::Role role, const model::RoleConfig &config, const model::ProviderSettings &options,
    QObject *context, std::function<void(const ConnectionResult &)> done, std::function<void()> allDone)
{
    model::ModelSettings all;
    all.role(role) = config;
    all.provider = options;
    QString error;
    std::shared_ptr<Provider> provider = makeProvider(role, config, all, 0, &error);
    auto finishLater = [context, done, allDone](ConnectionResult r) {
        QMetaObject::invokeMethod(
            context,
            [done, allDone, r] {
                done(r);
                if (allDone)
                    allDone();
            },
            Qt::QueuedConnection);
    };
    if (!provider) {
        ConnectionResult r;
        r.endpoint = config.baseUrls.value(0);
        r.message = error;
        finishLater(r);
        return;
    }
    auto http = std::dynamic_pointer_cast<HttpProvider>(provider);
    if (!http) {
        ConnectionResult r;
        r.ok = true;
        r.endpoint = provider->endpoint();
        r.models = {provider->model()};
        r.modelListed = true;
        r.message = LlmText::tr("simulated models (offline, no network)");
        finishLater(r);
        return;
    }
    // The provider stays alive until every replica has answered.
    auto remaining = std::make_shared<int>(http->replicaCount());
    QMetaObject::invokeMethod(
        context,
        [http, done, allDone, remaining] {
            http->testConnection([http, done, allDone, remaining](const ConnectionResult &r) {
                done(r);
                if (--*remaining == 0 && allDone)
                    allDone();
            });
        },
        Qt::QueuedConnection);
}

} // namespace drpo::llm
