// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelscommand.h"

#include "clicommon.h"
#include "modelflags.h"

#include "llm/connectiontest.h"
#include "llm/costforecast.h"
#include "llm/providerpresets.h"
#include "llm/secretstore.h"
#include "model/searchsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace drpo::cli {

namespace {

QString tr(const char *t, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ModelsCommand", t, disambiguation, n);
}

QString keySource(const model::RoleConfig &c)
{
    const QString env = c.keyEnv.isEmpty() ? llm::SecretStore::defaultKeyEnv(c.kind, c.baseUrls) : c.keyEnv;
    if (env.isEmpty())
        return tr("no key (local server)");
    const QString key = llm::SecretStore::fromEnvironment(env);
    if (!key.isEmpty())
        return tr("key from $%1 (%2)").arg(env, llm::SecretStore::mask(key));
    return llm::SecretStore::keychainCompiledIn() ? tr("key: $%1 is not set; trying the keychain").arg(env)
                                                  : tr("key: $%1 is not set").arg(env);
}

} // namespace

int runModelsTest(const model::ModelSettings &models, QTextStream &out)
{
    QObject context;
    QEventLoop loop; // the CLI's only loop: nothing else runs on this thread meanwhile
    int pending = 0;
    int failures = 0;
    QList<model::RoleConfig> tested;
    for (model::Role role : model::kModelRoles) {
        const model::RoleConfig &c = models.role(role);
        if (!c.isConfigured()) {
            out << model::roleName(role).leftJustified(10) << tr("none (ICL retrieval by BM25)") << Qt::endl;
            continue;
        }
        out << model::roleName(role).leftJustified(10) << c.kind << "  "
            << (c.model.isEmpty() ? tr("(no model)") : c.model);
        if (!c.isSim())
            out << "  " << keySource(c);
        out << Qt::endl;
        if (tested.contains(c)) {
            out << "    " << tr("same endpoint as above") << Qt::endl;
            continue;
        }
        tested.push_back(c);
        ++pending;
        llm::testConnection(
            role, c, models.provider, &context,
            [&out, &failures](const llm::ConnectionResult &r) {
                out << "    " << (r.ok ? (r.modelListed ? "OK    " : "WARN  ") : "FAIL  ") << r.endpoint
                    << (r.endpoint.isEmpty() ? "" : "  ") << r.message << Qt::endl;
                if (!r.ok)
                    ++failures;
            },
            [&pending, &loop] {
                if (--pending == 0)
                    loop.quit();
            });
    }
    const model::ProviderSettings &o = models.provider;
    out << tr("cache: %1")
               .arg(models.usesCache()
                       ? (o.cachePath.isEmpty() ? tr("on (user cache folder)") : tr("on (%1)").arg(o.cachePath))
                       : tr("off"))
        << "  " << (o.budgetUsd > 0 ? tr("budget: $%1").arg(o.budgetUsd, 0, 'f', 2) : tr("budget: none")) << "  "
        << tr("timeout: %1 ms").arg(o.timeoutMs) << Qt::endl;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    out << (failures == 0 ? tr("All endpoints answered.") : tr("%n endpoint(s) failed.", nullptr, failures))
        << Qt::endl;
    return failures == 0 && pending == 0 ? 0 : 1;
}

int runModels(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Check model endpoints (test), list presets (presets), or forecast a run's calls and cost (forecast)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), tr("test, presets or forecast"));
    addModelOptions(p);
    p.addOption({QStringLiteral("queries"), tr("forecast: number of training queries."), QStringLiteral("N"),
        QStringLiteral("20")});
    p.addOption({QStringLiteral("examples"), tr("forecast: number of seed examples."), QStringLiteral("N"),
        QStringLiteral("10")});
    p.addOption({QStringLiteral("batch"), tr("forecast: training queries per level b."), QStringLiteral("b"),
        QStringLiteral("1")});
    p.process(args);
    const QString action = p.positionalArguments().value(0);
    model::ModelSettings models;
    QString error;
    if (!applyModelOptions(p, models, &error))
        return fail(error, 2);
    if (action == u"test")
        return runModelsTest(models, out());
    if (action == u"presets") {
        for (const llm::ProviderPreset &preset : llm::providerPresets())
            out() << preset.id.leftJustified(12) << preset.baseUrl.leftJustified(34)
                  << (preset.keyEnv.isEmpty() ? tr("no key") : u'$' + preset.keyEnv) << Qt::endl;
        return 0;
    }
    if (action == u"forecast") {
        model::SearchSettings search;
        search.batchSize = qMax(1, p.value(QStringLiteral("batch")).toInt());
        const llm::CostForecast f = llm::forecast(
            models, search, p.value(QStringLiteral("queries")).toInt(), p.value(QStringLiteral("examples")).toInt());
        for (auto it = f.byRole.begin(); it != f.byRole.end(); ++it)
            out() << model::roleName(it.key()).leftJustified(10) << QString::number(it->calls).rightJustified(7)
                  << tr(" calls  ") << formatTokens(it->promptTokens + it->completionTokens) << tr(" tokens  $")
                  << QString::number(it->costUsd, 'f', 2) << (it->priceKnown ? "" : " (no price)") << Qt::endl;
        out() << tr("total").leftJustified(10) << QString::number(f.totalCalls).rightJustified(7) << tr(" calls  $")
              << QString::number(f.totalCostUsd, 'f', 2) << Qt::endl
              << f.note << Qt::endl;
        return 0;
    }
    return fail(tr("drpo models: expected test, presets or forecast"), 2);
}

} // namespace drpo::cli
