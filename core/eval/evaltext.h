// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::eval {

// The translation context of core/eval's user-visible text (evaluation errors, progress and report text).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// EvalText::tr("...") lands in the context "drpo::eval" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class EvalText {
    Q_DECLARE_TR_FUNCTIONS(drpo::eval)
};

} // namespace drpo::eval
