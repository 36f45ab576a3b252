#include "llm/provideroptions.h"

#include <QMutex>

namespace drpo::llm {

namespace {
QMutex g_mutex;
ProviderOptions g_options;
} // namespace

ProviderOptions providerOptions()
{
    QMutexLocker lock(&g_mutex);
    return g_options;
}

void setProviderOptions(const ProviderOptions &options)
{
    QMutexLocker lock(&g_mutex);
    g_options = options;
}

} // namespace drpo::llm
