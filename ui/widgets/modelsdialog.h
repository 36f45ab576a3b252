// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QDialog>

#include <iterator>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace drpo::ui {

// Configures the model roles (the four chat roles and the optional embedder for ICL
// retrieval): provider preset, base URLs, model name, where the key comes from (an
// environment variable or the keychain; never the project), a "Test connection" per role,
// and the project's provider settings (response cache, budget, timeout, plain http,
// streaming).
class ModelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelsDialog(const model::ModelSettings &settings, QWidget *parent = nullptr);

    model::ModelSettings settings() const;
    // What keeps the settings from working (one line each), empty when they look sane.
    QStringList problems() const;

public slots:
    void accept() override; // refuses, showing the problems, while there are any

private:
    struct RoleWidgets {
        QComboBox *preset = nullptr;
        QLineEdit *urls = nullptr;
        QLineEdit *model = nullptr;
        QLineEdit *keyEnv = nullptr;
        QComboBox *api = nullptr;
        QDoubleSpinBox *temperature = nullptr;
        QSpinBox *concurrency = nullptr;
        QLabel *result = nullptr;
        QString shownPreset; // the preset that matched the stored settings
    };
    QWidget *buildRolePage(model::Role role, const model::RoleConfig &config);
    QWidget *buildProviderPage(const model::ProviderSettings &provider);
    void applyPreset(model::Role role);
    model::RoleConfig roleConfig(model::Role role) const;
    model::ProviderSettings providerSettings() const;
    void testRole(model::Role role);
    void updateCacheFields();

    model::ModelSettings m_settings;
    RoleWidgets m_roles[std::size(model::kModelRoles)];
    QSpinBox *m_latency = nullptr;
    QComboBox *m_cache = nullptr;
    QLineEdit *m_cachePath = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QCheckBox *m_stream = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace drpo::ui
