// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/modelsdialog.h"

#include "llm/connectiontest.h"
#include "llm/providerfactory.h"
#include "llm/providerpresets.h"
#include "llm/sqliteresponsecache.h"
#include "textformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {
bool isEmbedder(model::Role role)
{
    return role == model::Role::Embedder;
}
} // namespace

ModelsDialog::ModelsDialog(const model::ModelSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Models"));
    auto *tabs = new QTabWidget(this);
    for (model::Role role : model::kModelRoles)
        tabs->addTab(buildRolePage(role, settings.role(role)), isEmbedder(role) ? tr("Embedder") : text::role(role));
    tabs->addTab(buildProviderPage(settings.provider), tr("Provider settings"));
    m_latency = new QSpinBox(this);
    m_latency->setRange(0, 10000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setValue(settings.simLatencyMs);
    m_latency->setToolTip(tr("Simulated delay per call, so the demo runs at a watchable pace"));
    auto *keys = new QLabel(tr("API keys are read from the environment variable named for each role, or from the "
                               "system keychain. They are never written into the project file."),
        this);
    keys->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText); // carries URLs the user typed
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Simulated latency:"), m_latency);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addLayout(form);
    layout->addWidget(keys);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 500);
}

QWidget *ModelsDialog::buildRolePage(model::Role role, const model::RoleConfig &config)
{
    auto *page = new QWidget(this);
    RoleWidgets &w = m_roles[int(role)];
    const bool embedder = isEmbedder(role);
    w.preset = new QComboBox(page);
    w.preset->setObjectName(model::roleName(role) + u"Preset"); // for tests and accessibility tools
    if (embedder)
        w.preset->addItem(tr("Not used (retrieve examples by BM25 word matching)"), QStringLiteral("none"));
    w.preset->addItem(tr("Simulated (offline demo)"), QStringLiteral("sim"));
    for (const llm::ProviderPreset &p : llm::providerPresets())
        if (!embedder || p.kind != u"anthropic") // Anthropic serves no embeddings
            w.preset->addItem(p.displayName, p.id);
    w.urls = new QLineEdit(config.baseUrls.join(QStringLiteral(", ")), page);
    w.urls->setPlaceholderText(tr("https://host/v1 (several replicas: separate with commas)"));
    w.model = new QLineEdit(config.model, page);
    if (embedder)
        w.model->setPlaceholderText(tr("e.g. text-embedding-3-small or nomic-embed-text"));
    w.keyEnv = new QLineEdit(config.keyEnv, page);
    w.keyEnv->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    w.concurrency = new QSpinBox(page);
    w.concurrency->setRange(1, 256);
    w.concurrency->setValue(config.concurrency);
    w.result = new QLabel(page);
    w.result->setTextFormat(Qt::PlainText); // server messages are untrusted
    w.result->setWordWrap(true);
    auto *test = new QPushButton(tr("Test connection"), page);

    // Show the preset matching the stored kind and URL, without overwriting the fields.
    int presetIndex = w.preset->findData(config.isConfigured() ? QStringLiteral("sim") : QStringLiteral("none"));
    if (config.isConfigured() && !config.isSim()) {
        presetIndex = -1;
        for (int i = 0; i < w.preset->count(); ++i) {
            const llm::ProviderPreset p = llm::providerPreset(w.preset->itemData(i).toString());
            if (!p.id.isEmpty() && p.kind == config.kind &&
                (config.baseUrls.isEmpty() || config.baseUrls.first() == p.baseUrl))
                presetIndex = i;
        }
        if (presetIndex < 0) {
            w.preset->addItem(tr("Custom"), QStringLiteral("custom"));
            presetIndex = w.preset->count() - 1;
        }
    }
    w.preset->setCurrentIndex(std::max(0, presetIndex));
    w.shownPreset = w.preset->currentData().toString();

    auto *form = new QFormLayout(page);
    if (embedder) {
        auto *about = new QLabel(tr("An embeddings model lets DRPO pick the in-context examples whose queries mean the "
                                    "most the same as each query, instead of sharing the most words. Each text is "
                                    "embedded once per run."),
            page);
        about->setWordWrap(true);
        form->addRow(about);
    }
    form->addRow(tr("Provider:"), w.preset);
    form->addRow(tr("Base URLs:"), w.urls);
    form->addRow(tr("Model:"), w.model);
    form->addRow(tr("Key from env var:"), w.keyEnv);
    if (!embedder) { // an embeddings call has no API choice and no sampling
        w.api = new QComboBox(page);
        w.api->addItem(tr("Chat"), QStringLiteral("chat"));
        w.api->addItem(tr("Text completion (base models)"), QStringLiteral("completion"));
        w.api->setCurrentIndex(std::max(0, w.api->findData(config.api)));
        w.api->setEnabled(role == model::Role::Base);
        w.temperature = new QDoubleSpinBox(page);
        w.temperature->setRange(0, 2);
        w.temperature->setSingleStep(0.1);
        w.temperature->setValue(config.temperature);
        form->addRow(tr("API:"), w.api);
        form->addRow(tr("Temperature:"), w.temperature);
    }
    form->addRow(tr("Parallel calls:"), w.concurrency);
    form->addRow(test, w.result);
    connect(w.preset, &QComboBox::currentIndexChanged, this, [this, role] { applyPreset(role); });
    connect(test, &QPushButton::clicked, this, [this, role] { testRole(role); });
    // Only enable what applies: the stored URL, model and key variable stay as they are.
    const bool off = w.preset->currentData().toString() == u"sim" || w.preset->currentData().toString() == u"none";
    for (QWidget *f : std::initializer_list<QWidget *>{w.urls, w.model, w.keyEnv, w.concurrency})
        f->setEnabled(!off);
    test->setEnabled(config.isConfigured() || !embedder);
    connect(w.preset, &QComboBox::currentIndexChanged, test,
        [test, w] { test->setEnabled(w.preset->currentData().toString() != u"none"); });
    return page;
}

QWidget *ModelsDialog::buildProviderPage(const model::ProviderSettings &provider)
{
    auto *page = new QWidget(this);
    m_cache = new QComboBox(page);
    m_cache->setObjectName(QStringLiteral("cacheMode"));
    m_cache->addItem(tr("Automatic (for real endpoints only)"), int(model::CacheMode::Auto));
    m_cache->addItem(tr("Always"), int(model::CacheMode::On));
    m_cache->addItem(tr("Never"), int(model::CacheMode::Off));
    m_cache->setCurrentIndex(std::max(0, m_cache->findData(int(provider.cache))));
    m_cache->setToolTip(tr("Every model call is remembered on disk, so rerunning the same configuration or resuming "
                           "a run costs no call twice. Errors are never cached. The simulated models are free, so "
                           "Automatic leaves them out."));
    m_cachePath = new QLineEdit(provider.cachePath, page);
    m_cachePath->setPlaceholderText(llm::SqliteResponseCache::defaultPath());
    m_cachePath->setToolTip(tr("The cache file (SQLite). Empty: the default file in your user cache folder."));
    m_budget = new QDoubleSpinBox(page);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(1);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("No limit"));
    m_budget->setValue(provider.budgetUsd);
    m_budget->setToolTip(tr("The run pauses when its model calls have cost this much (priced from the price table). "
                            "You can raise it and resume."));
    m_timeout = new QSpinBox(page);
    m_timeout->setRange(100, 3600000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(provider.timeoutMs);
    m_timeout->setToolTip(tr("A call that sends no data for this long is given up and retried."));
    m_allowHttp = new QCheckBox(tr("Allow plain http to other machines"), page);
    m_allowHttp->setObjectName(QStringLiteral("allowHttp"));
    m_allowHttp->setChecked(provider.allowInsecureHttp);
    m_allowHttp->setToolTip(tr("Without https the API key travels unencrypted. Plain http to this computer "
                               "(localhost) is always allowed."));
    m_stream = new QCheckBox(tr("Stream answers from chat endpoints"), page);
    m_stream->setChecked(provider.stream);
    m_stream->setToolTip(tr("Receive answers as they are written, so a long answer never looks idle to the timeout. "
                            "The results are the same."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Response cache:"), m_cache);
    form->addRow(tr("Cache file:"), m_cachePath);
    form->addRow(tr("Budget per run:"), m_budget);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(m_allowHttp);
    form->addRow(m_stream);
    connect(m_cache, &QComboBox::currentIndexChanged, this, &ModelsDialog::updateCacheFields);
    updateCacheFields();
    return page;
}

void ModelsDialog::updateCacheFields()
{
    m_cachePath->setEnabled(model::CacheMode(m_cache->currentData().toInt()) != model::CacheMode::Off);
}

void ModelsDialog::applyPreset(model::Role role)
{
    RoleWidgets &w = m_roles[int(role)];
    const QString id = w.preset->currentData().toString();
    const bool off = id == u"sim" || id == u"none";
    for (QWidget *f : std::initializer_list<QWidget *>{w.urls, w.model, w.keyEnv, w.concurrency})
        f->setEnabled(!off);
    if (off || id == u"custom")
        return;
    const llm::ProviderPreset p = llm::providerPreset(id);
    if (!w.urls->isModified())
        w.urls->setText(p.baseUrl);
    if (w.model->text().isEmpty() && !isEmbedder(role)) // the presets name chat models
        w.model->setText(p.exampleModel);
    w.keyEnv->setText(p.keyEnv);
}

model::RoleConfig ModelsDialog::roleConfig(model::Role role) const
{
    const RoleWidgets &w = m_roles[int(role)];
    model::RoleConfig c = m_settings.role(role);
    const QString id = w.preset->currentData().toString();
    if (id == u"sim" || id == u"none") {
        c.kind = id;
    } else {
        const llm::ProviderPreset p = llm::providerPreset(id);
        // A newly chosen preset brings its endpoint's abilities; the one shown at opening
        // keeps what the project says (the user may have tuned n or JSON mode by hand).
        if (!p.kind.isEmpty() && id != w.shownPreset) {
            c.kind = p.kind;
            c.supportsN = p.supportsN;
            c.jsonMode = p.jsonMode;
        }
        c.baseUrls.clear();
        for (const QString &u : w.urls->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!u.trimmed().isEmpty())
                c.baseUrls.append(u.trimmed());
        c.model = w.model->text().trimmed();
        c.keyEnv = w.keyEnv->text().trimmed();
    }
    if (w.api)
        c.api = w.api->currentData().toString();
    if (w.temperature)
        c.temperature = w.temperature->value();
    c.concurrency = w.concurrency->value();
    return c;
}

model::ProviderSettings ModelsDialog::providerSettings() const
{
    model::ProviderSettings p = m_settings.provider;
    p.cache = model::CacheMode(m_cache->currentData().toInt());
    p.cachePath = m_cachePath->text().trimmed();
    p.budgetUsd = m_budget->value();
    p.timeoutMs = m_timeout->value();
    p.allowInsecureHttp = m_allowHttp->isChecked();
    p.stream = m_stream->isChecked();
    return p;
}

model::ModelSettings ModelsDialog::settings() const
{
    model::ModelSettings s = m_settings;
    for (model::Role role : model::kModelRoles)
        s.role(role) = roleConfig(role);
    s.provider = providerSettings();
    s.simLatencyMs = m_latency->value();
    return s;
}

QStringList ModelsDialog::problems() const
{
    const model::ModelSettings s = settings();
    QStringList out;
    for (model::Role role : s.configuredRoles()) {
        const model::RoleConfig &c = s.role(role);
        if (c.isSim())
            continue;
        const QString name = isEmbedder(role) ? tr("Embedder") : text::role(role);
        if (c.model.isEmpty())
            out << tr("%1: no model name is set").arg(name);
        for (const QString &url : c.baseUrls)
            if (const QString why = llm::checkBaseUrl(url, s.provider.allowInsecureHttp); !why.isEmpty())
                out << tr("%1: %2").arg(name, why);
    }
    if (s.usesCache() && !s.provider.cachePath.isEmpty() && QFileInfo(s.provider.cachePath).isDir())
        out << tr("The cache file %1 is a folder; name a file inside it, e.g. responses.sqlite")
                   .arg(s.provider.cachePath);
    return out;
}

void ModelsDialog::accept()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_problems->setText(found.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

void ModelsDialog::testRole(model::Role role)
{
    QLabel *result = m_roles[int(role)].result;
    result->setText(tr("Testing\u2026"));
    auto lines = std::make_shared<QStringList>();
    QPointer<QLabel> guard(result);
    llm::testConnection(
        role, roleConfig(role), providerSettings(), this,
        [lines](const llm::ConnectionResult &r) {
            lines->append((r.ok ? tr("OK") : tr("Failed")) + QStringLiteral(" \u2014 ") + r.endpoint +
                QStringLiteral(": ") + r.message);
        },
        [guard, lines] {
            if (guard)
                guard->setText(lines->join(QLatin1Char('\n')));
        });
}

} // namespace drpo::ui
