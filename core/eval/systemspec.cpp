// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/systemspec.h"

namespace drpo::eval {

using model::Json;
using model::readOptional;

namespace {
struct MethodName {
    Method method;
    const char16_t *key;
    const char16_t *label;
};
constexpr MethodName kMethods[] = {
    {Method::None, u"none", u"no prompt"},
    {Method::Basic, u"basic", u"basic prompt"},
    {Method::Urial, u"urial", u"URIAL-style"},
    {Method::Profile, u"drpo", u"DRPO profile"},
    {Method::ProfilePrompt, u"drpo-prompt", u"DRPO prompt only"},
    {Method::ProfileExamples, u"drpo-examples", u"DRPO examples only"},
    {Method::Custom, u"custom", u"custom prompt"},
    {Method::StoredOutputs, u"outputs", u"stored outputs"},
    {Method::Imported, u"imported", u"published judgements"},
};
} // namespace

QString methodKey(Method m)
{
    for (const MethodName &n : kMethods)
        if (n.method == m)
            return QString::fromUtf16(n.key);
    return {};
}

QString methodLabel(Method m)
{
    for (const MethodName &n : kMethods)
        if (n.method == m)
            return QString::fromUtf16(n.label);
    return {};
}

std::optional<Method> methodFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const MethodName &n : kMethods)
        if (k == QStringView(n.key))
            return n.method;
    if (k == u"profile")
        return Method::Profile;
    return std::nullopt;
}

void to_json(Json &j, const SystemSpec &s)
{
    j = Json{{"name", s.name}, {"method", methodKey(s.method)}, {"model", s.modelName}, {"simulated", s.simulated}};
    if (s.generates()) {
        j["endpoint"] = s.endpoint;
        j["prompt"] = s.prompt;
        j["examples"] = s.examples;
        j["k"] = s.k;
        j["retrieve"] = s.retrieve;
    }
    if (!s.source.isEmpty())
        j["source"] = s.source;
}

void from_json(const Json &j, SystemSpec &s)
{
    s = SystemSpec{};
    j.at("name").get_to(s.name);
    const QString method = model::qs(j.at("method").get<std::string>());
    const std::optional<Method> m = methodFromKey(method);
    if (!m)
        throw std::invalid_argument("unknown method \"" + method.toStdString() + "\"");
    s.method = *m;
    readOptional(j, "model", s.modelName);
    readOptional(j, "simulated", s.simulated);
    readOptional(j, "endpoint", s.endpoint);
    readOptional(j, "prompt", s.prompt);
    readOptional(j, "examples", s.examples);
    readOptional(j, "k", s.k);
    readOptional(j, "retrieve", s.retrieve);
    readOptional(j, "source", s.source);
}

} // namespace drpo::eval
