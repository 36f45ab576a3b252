// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/project.h"

#include <stdexcept>

namespace drpo::model {

void to_json(Json &j, const Project &p)
{
    j = Json{{"format", "drpo-project"}, {"format_version", Project::kFormatVersion}, {"name", p.name},
        {"description", p.description}, {"simulated", p.simulated}, {"queries", p.queries}, {"criteria", p.criteria},
        {"seed_examples", p.seedExamples}, {"models", p.models}, {"settings", p.settings}, {"runs", p.runs}};
}

void from_json(const Json &j, Project &p)
{
    p = Project{};
    if (j.value("format", std::string()) != "drpo-project")
        throw std::runtime_error("not a DRPO project (\"format\" is not \"drpo-project\")");
    const int version = j.at("format_version").get<int>();
    if (version > Project::kFormatVersion)
        throw std::runtime_error(
            "project format_version " + std::to_string(version) + " is newer than this program understands");
    readOptional(j, "name", p.name);
    readOptional(j, "description", p.description);
    readOptional(j, "simulated", p.simulated);
    j.at("queries").get_to(p.queries);
    j.at("criteria").get_to(p.criteria);
    readOptional(j, "seed_examples", p.seedExamples);
    readOptional(j, "models", p.models);
    readOptional(j, "settings", p.settings);
    readOptional(j, "runs", p.runs);
}

} // namespace drpo::model
