// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roleconfig.h"

#include <QString>
#include <QStringList>

namespace drpo::sim {

// Which simulated base model answers. The pretrained-like base (the DRPO demo's subject)
// and an instruct-tuned-like variant for comparisons: safer, but verbose, hedging and
// shallow. Users pick one by model name: --base-kind sim --base-model sim-instruct.
enum class SimVariant { Base, Instruct };

// "sim-base" / "sim-instruct" for the base role; "sim-<role>" for the other roles.
QString simModelName(model::Role role, SimVariant variant);
// The variant a configured model name asks for: empty or "sim-base" is the base,
// "sim-instruct" the instruct-like model. *ok is false for any other name.
SimVariant simVariantFromModel(const QString &model, bool *ok = nullptr);
// The names simVariantFromModel accepts, for error messages and help texts.
QStringList simBaseModelNames();

} // namespace drpo::sim
