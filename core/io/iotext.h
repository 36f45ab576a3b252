// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::io {

// The translation context of core/io's user-visible text (importer, loader and writer errors).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// IoText::tr("...") lands in the context "drpo::io" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class IoText {
    Q_DECLARE_TR_FUNCTIONS(drpo::io)
};

} // namespace drpo::io
