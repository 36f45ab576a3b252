// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::align {

// The translation context of core/align's user-visible text (the retriever's and embedding fetcher's errors).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// AlignText::tr("...") lands in the context "drpo::align" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class AlignText {
    Q_DECLARE_TR_FUNCTIONS(drpo::align)
};

} // namespace drpo::align
