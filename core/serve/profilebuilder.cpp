// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/profilebuilder.h"

#include "reward/requestbuilder.h"

namespace drpo::serve {

model::AlignmentProfile profileFor(
    const QString &prompt, const QList<model::Example> &examples, const model::RunInput &input)
{
    model::AlignmentProfile p;
    p.systemPrompt = prompt;
    p.examples = examples;
    p.k = input.settings.kInference;
    p.simulated = input.models.allSim();
    p.baseModel = input.models.base.isSim() ? QStringLiteral("sim-base") : input.models.base.model;
    p.assemblyTemplate =
        input.models.base.api == u"completion" ? reward::RequestBuilder::defaultAssemblyTemplate() : QString();
    return p;
}

} // namespace drpo::serve
