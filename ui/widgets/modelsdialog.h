#pragma once

#include "model/roleconfig.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace drpo::ui {

// Configures the four model roles: provider preset, base URLs, model name, where the key
// comes from (an environment variable or the keychain; never the project), and a
// "Test connection" per role.
class ModelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelsDialog(const model::ModelSettings &settings, QWidget *parent = nullptr);

    model::ModelSettings settings() const;

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
    };
    QWidget *buildRolePage(model::Role role, const model::RoleConfig &config);
    void applyPreset(model::Role role);
    model::RoleConfig roleConfig(model::Role role) const;
    void testRole(model::Role role);

    model::ModelSettings m_settings;
    RoleWidgets m_roles[std::size(model::kModelRoles)];
    QSpinBox *m_latency;
};

} // namespace drpo::ui
