// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/profile.h"

namespace drpo::model {

void to_json(Json &j, const AlignmentProfile &p)
{
    j = Json{{"format", "drpo-profile"}, {"format_version", 1}, {"system_prompt", p.systemPrompt},
        {"examples", p.examples}, {"k", p.k}, {"assembly_template", p.assemblyTemplate}, {"base_model", p.baseModel},
        {"simulated", p.simulated}};
}

void from_json(const Json &j, AlignmentProfile &p)
{
    p = AlignmentProfile{};
    j.at("system_prompt").get_to(p.systemPrompt);
    readOptional(j, "examples", p.examples);
    readOptional(j, "k", p.k);
    readOptional(j, "assembly_template", p.assemblyTemplate);
    readOptional(j, "base_model", p.baseModel);
    readOptional(j, "simulated", p.simulated);
}

} // namespace drpo::model
