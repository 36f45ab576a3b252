// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::model {

// The translation context of core/model's user-visible text (settings validation errors).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// ModelText::tr("...") lands in the context "drpo::model" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class ModelText {
    Q_DECLARE_TR_FUNCTIONS(drpo::model)
};

} // namespace drpo::model
