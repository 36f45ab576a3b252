// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::search {

// The translation context of core/search's user-visible text (the prompt search's log lines and errors).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// SearchText::tr("...") lands in the context "drpo::search" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class SearchText {
    Q_DECLARE_TR_FUNCTIONS(drpo::search)
};

} // namespace drpo::search
