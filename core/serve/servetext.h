// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::serve {

// The translation context of core/serve's user-visible text (the profile server's errors and log lines).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// ServeText::tr("...") lands in the context "drpo::serve" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class ServeText {
    Q_DECLARE_TR_FUNCTIONS(drpo::serve)
};

} // namespace drpo::serve
