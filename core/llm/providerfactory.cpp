#include "llm/providerfactory.h"

#include "sim/simprovider.h"

#include <QCoreApplication>

namespace drpo::llm {

std::shared_ptr<Provider> makeProvider(model::Role role, const model::RoleConfig &config,
                                       const model::ModelSettings &all, quint64 seed, QString *error)
{
    if (config.kind == u"sim")
        return std::make_shared<sim::SimProvider>(role, seed, all.simLatencyMs);
    if (error)
        *error = QCoreApplication::translate("ProviderFactory", "unknown provider kind \"%1\" for the %2 role (expected sim, openai or anthropic)")
                     .arg(config.kind, model::roleName(role));
    return nullptr;
}

} // namespace drpo::llm
