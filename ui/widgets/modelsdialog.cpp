#include "widgets/modelsdialog.h"

#include "llm/connectiontest.h"
#include "llm/providerpresets.h"
#include "textformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace drpo::ui {

ModelsDialog::ModelsDialog(const model::ModelSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Models"));
    auto *tabs = new QTabWidget(this);
    for (model::Role role : model::kAllRoles)
        tabs->addTab(buildRolePage(role, settings.role(role)), text::role(role));
    m_latency = new QSpinBox(this);
    m_latency->setRange(0, 10000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setValue(settings.simLatencyMs);
    m_latency->setToolTip(tr("Simulated delay per call, so the demo runs at a watchable pace"));
    auto *keys = new QLabel(tr("API keys are read from the environment variable named for each role, or from the "
                               "system keychain. They are never written into the project file."),
                            this);
    keys->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Simulated latency:"), m_latency);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addLayout(form);
    layout->addWidget(keys);
    layout->addWidget(buttons);
    resize(620, 460);
}

QWidget *ModelsDialog::buildRolePage(model::Role role, const model::RoleConfig &config)
{
    auto *page = new QWidget(this);
    RoleWidgets &w = m_roles[int(role)];
    w.preset = new QComboBox(page);
    w.preset->addItem(tr("Simulated (offline demo)"), QStringLiteral("sim"));
    for (const llm::ProviderPreset &p : llm::providerPresets())
        w.preset->addItem(p.displayName, p.id);
    w.urls = new QLineEdit(config.baseUrls.join(QStringLiteral(", ")), page);
    w.urls->setPlaceholderText(tr("https://host/v1 (several replicas: separate with commas)"));
    w.model = new QLineEdit(config.model, page);
    w.keyEnv = new QLineEdit(config.keyEnv, page);
    w.keyEnv->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    w.api = new QComboBox(page);
    w.api->addItem(tr("Chat"), QStringLiteral("chat"));
    w.api->addItem(tr("Text completion (base models)"), QStringLiteral("completion"));
    w.api->setCurrentIndex(std::max(0, w.api->findData(config.api)));
    w.api->setEnabled(role == model::Role::Base);
    w.temperature = new QDoubleSpinBox(page);
    w.temperature->setRange(0, 2);
    w.temperature->setSingleStep(0.1);
    w.temperature->setValue(config.temperature);
    w.concurrency = new QSpinBox(page);
    w.concurrency->setRange(1, 256);
    w.concurrency->setValue(config.concurrency);
    w.result = new QLabel(page);
    w.result->setTextFormat(Qt::PlainText); // server messages are untrusted
    w.result->setWordWrap(true);
    auto *test = new QPushButton(tr("Test connection"), page);

    // Show the preset matching the stored kind and URL, without overwriting the fields.
    int presetIndex = 0;
    if (!config.isSim()) {
        presetIndex = -1;
        for (int i = 1; i < w.preset->count(); ++i) {
            const llm::ProviderPreset p = llm::providerPreset(w.preset->itemData(i).toString());
            if (p.kind == config.kind && (config.baseUrls.isEmpty() || config.baseUrls.first() == p.baseUrl))
                presetIndex = i;
        }
        if (presetIndex < 0) {
            w.preset->addItem(tr("Custom"), QStringLiteral("custom"));
            presetIndex = w.preset->count() - 1;
        }
    }
    w.preset->setCurrentIndex(presetIndex);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Provider:"), w.preset);
    form->addRow(tr("Base URLs:"), w.urls);
    form->addRow(tr("Model:"), w.model);
    form->addRow(tr("Key from env var:"), w.keyEnv);
    form->addRow(tr("API:"), w.api);
    form->addRow(tr("Temperature:"), w.temperature);
    form->addRow(tr("Parallel calls:"), w.concurrency);
    form->addRow(test, w.result);
    connect(w.preset, &QComboBox::currentIndexChanged, this, [this, role] { applyPreset(role); });
    connect(test, &QPushButton::clicked, this, [this, role] { testRole(role); });
    applyPreset(role);
    return page;
}

void ModelsDialog::applyPreset(model::Role role)
{
    RoleWidgets &w = m_roles[int(role)];
    const QString id = w.preset->currentData().toString();
    const bool sim = id == u"sim";
    for (QWidget *f : std::initializer_list<QWidget *>{w.urls, w.model, w.keyEnv, w.concurrency})
        f->setEnabled(!sim);
    if (sim || id == u"custom")
        return;
    const llm::ProviderPreset p = llm::providerPreset(id);
    if (!w.urls->isModified())
        w.urls->setText(p.baseUrl);
    if (w.model->text().isEmpty())
        w.model->setText(p.exampleModel);
    w.keyEnv->setText(p.keyEnv);
}

model::RoleConfig ModelsDialog::roleConfig(model::Role role) const
{
    const RoleWidgets &w = m_roles[int(role)];
    model::RoleConfig c = m_settings.role(role);
    const QString id = w.preset->currentData().toString();
    if (id == u"sim") {
        c.kind = QStringLiteral("sim");
    } else {
        const llm::ProviderPreset p = llm::providerPreset(id);
        if (!p.kind.isEmpty()) {
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
    c.api = w.api->currentData().toString();
    c.temperature = w.temperature->value();
    c.concurrency = w.concurrency->value();
    return c;
}

model::ModelSettings ModelsDialog::settings() const
{
    model::ModelSettings s = m_settings;
    for (model::Role role : model::kAllRoles)
        s.role(role) = roleConfig(role);
    s.simLatencyMs = m_latency->value();
    return s;
}

void ModelsDialog::testRole(model::Role role)
{
    QLabel *result = m_roles[int(role)].result;
    result->setText(tr("Testing\u2026"));
    auto lines = std::make_shared<QStringList>();
    QPointer<QLabel> guard(result);
    llm::testConnection(
        role, roleConfig(role), m_settings.provider, this,
        [lines](const llm::ConnectionResult &r) {
            lines->append((r.ok ? tr("OK") : tr("Failed")) + QStringLiteral(" \u2014 ") + r.endpoint + QStringLiteral(": ") + r.message);
        },
        [guard, lines] {
            if (guard)
                guard->setText(lines->join(QLatin1Char('\n')));
        });
}

} // namespace drpo::ui
