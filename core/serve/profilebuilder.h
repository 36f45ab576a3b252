// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/profile.h"
#include "model/runrecord.h"

#include <QList>
#include <QString>

namespace drpo::serve {

// The alignment profile of any prompt of a run (the best node's, or another one the user
// picks to serve or export): the run's optimized examples, its inference K, the base model
// and, for a completion base model, the default assembly template. The same fields the
// engine writes into a finished run's profile.
model::AlignmentProfile profileFor(
    const QString &prompt, const QList<model::Example> &examples, const model::RunInput &input);

} // namespace drpo::serve
