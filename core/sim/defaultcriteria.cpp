#include "sim/defaultcriteria.h"

#include <QFile>

// Resources of a static library must be registered by name before first use (at global
// scope: the macro declares a function of that name).
static void initCoreResources()
{
    Q_INIT_RESOURCE(drpo_core_resources);
}

namespace drpo::sim {

model::CriteriaLibrary defaultCriteria()
{
    initCoreResources();
    QFile f(QStringLiteral(":/drpo/criteria/default.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    model::CriteriaLibrary lib;
    try {
        from_json(model::Json::parse(bytes.constData(), bytes.constData() + bytes.size()), lib);
    } catch (const std::exception &) {
        return {}; // a broken built-in resource is caught by the tests, not at run time
    }
    return lib;
}

} // namespace drpo::sim
